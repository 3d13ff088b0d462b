package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.organization.Assignments;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.Forbidden;
import kefu.platform.RuleRefused;
import kefu.policy.Adoption;
import kefu.policy.Adoptions;
import kefu.policy.BuiltInPacks;
import kefu.policy.PolicyCatalog;
import kefu.policy.PolicyPack;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recording an incident without HTTP and without Spring: the ledger's collaborators are mocks, the
 * policy pack is the real built-in one adopted group-wide from 1 September 2026.
 */
class RecordIncidentTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = Instant.parse("2026-10-02T01:00:00Z");
  static final PolicyPack ECOMMERCE = BuiltInPacks.byId("ecommerce-cs-10pt").orElseThrow();
  static final AccessScope S01_CS = new AccessScope("s01cs", Role.CS_MANAGER, 1L, null);

  final IncidentRepository incidents = mock(IncidentRepository.class);
  final IncidentLedger ledger = mock(IncidentLedger.class);
  final Organization organization = mock(Organization.class);
  final Assignments assignments = mock(Assignments.class);
  final PolicyCatalog catalog = mock(PolicyCatalog.class);
  final RecordIncident recordIncident =
      new RecordIncident(incidents, ledger, organization, assignments, catalog);

  @BeforeEach
  void theGroup() {
    Adoption groupWide = new Adoption(ECOMMERCE, LocalDate.of(2026, 9, 1), null);
    when(catalog.adoptions()).thenReturn(List.of(groupWide));
    when(catalog.inForce()).thenReturn(new Adoptions(List.of(groupWide)));
    when(organization.zone()).thenReturn(SHANGHAI);
    when(organization.storeId("S01")).thenReturn(Optional.of(1L));
    when(organization.storeId("S02")).thenReturn(Optional.of(2L));
    when(ledger.now()).thenReturn(NOW);
    when(assignments.positionAt("E104", "S01", LocalDate.of(2026, 10, 1)))
        .thenReturn(Optional.of("CS_STAFF"));
    when(incidents.save(any())).thenAnswer(call -> call.getArgument(0));
  }

  static RecordIncident.Params complaint(String store, String employee, String occurredAt) {
    return new RecordIncident.Params(
        " ATTITUDE_COMPLAINT ",
        store,
        employee,
        OffsetDateTime.parse(occurredAt),
        null,
        null,
        null,
        " 顾客投诉态度 ");
  }

  @Test
  void anIncidentIsSavedWithItsDayInTheGroupsZoneAndThePackAndClauseInForce() {
    // half past midnight in Shanghai is still 30 September in UTC: the group's day counts
    Incident saved =
        recordIncident.record(S01_CS, complaint("S01", "E104", "2026-10-01T00:30:00+08:00"));

    assertThat(saved.getType()).isEqualTo("ATTITUDE_COMPLAINT");
    assertThat(saved.getOccurredOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(saved.getOccurredAt()).isEqualTo("2026-09-30T16:30:00Z");
    assertThat(saved.getQuantity()).isEqualTo(1);
    assertThat(saved.getNote()).isEqualTo("顾客投诉态度");
    assertThat(saved.getPackId()).isEqualTo(ECOMMERCE.id());
    assertThat(saved.getPackVersion()).isEqualTo(ECOMMERCE.version());
    assertThat(saved.getClause())
        .isEqualTo(ECOMMERCE.type("ATTITUDE_COMPLAINT").orElseThrow().clause());
    verify(ledger).requireOpen(YearMonth.of(2026, 10));
    verify(incidents).save(saved);
  }

  /** Store S01's CS manager recording a complaint. */
  private ThrowingCallable recording(String store, String employee, String occurredAt) {
    return () -> recordIncident.record(S01_CS, complaint(store, employee, occurredAt));
  }

  @Test
  void aClosedMonthRefusesTheIncidentAndNothingIsSaved() {
    doThrow(new Conflict("month.locked")).when(ledger).requireOpen(YearMonth.of(2026, 10));

    assertThatThrownBy(recording("S01", "E104", "2026-10-01T00:30:00+08:00"))
        .isInstanceOf(Conflict.class);
    verify(incidents, never()).save(any());
  }

  @Test
  void anEmployeeWhoHeldNoPostInTheStoreThatDayIsRefusedOnTheEmployeeField() {
    assertThatThrownBy(recording("S01", "E999", "2026-10-01T10:00:00+08:00"))
        .isInstanceOfSatisfying(
            RuleRefused.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new FieldProblem("employeeCode", "incident.employeeNotInStore")));
    verify(incidents, never()).save(any());
  }

  @Test
  void aRuleThatNeedsAnEmployeeRefusesAnIncidentWithoutOne() {
    assertThatThrownBy(recording("S01", " ", "2026-10-01T10:00:00+08:00"))
        .isInstanceOfSatisfying(
            RuleRefused.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).contains("employeeCode"));
    verify(incidents, never()).save(any());
  }

  @Test
  void anotherStoreThanTheManagersOwnIsForbidden() {
    assertThatThrownBy(recording("S02", "E104", "2026-10-01T10:00:00+08:00"))
        .isInstanceOf(Forbidden.class);
    verify(incidents, never()).save(any());
  }

  @Test
  void everyMissingOrImpossibleFieldIsNamedAtOnceBeforeAnythingIsLookedUp() {
    RecordIncident.Params nothing =
        new RecordIncident.Params(null, "", null, null, 0, 10_000, new BigDecimal("0.125"), null);

    assertThatThrownBy(() -> recordIncident.record(S01_CS, nothing))
        .isInstanceOfSatisfying(
            BadInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactlyInAnyOrder(
                        "type", "storeCode", "occurredAt", "quantity", "minutes", "points"));
    verify(ledger, never()).requireOpen(any());
    verify(incidents, never()).save(any());
  }
}
