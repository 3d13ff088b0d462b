package kefu.registers.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.Forbidden;
import org.junit.jupiter.api.Test;

/** The handover's own rules, without Spring: who signs, once, and what a refusal needs. */
class HandoverTest {

  private static final Instant HANDED = Instant.parse("2026-10-08T10:00:00Z");
  private static final Instant LATER = Instant.parse("2026-10-08T10:05:00Z");

  private static Handover handedFromE105ToE104() {
    return new Handover(
        "S01",
        "E105",
        "E104",
        HANDED,
        LocalDate.of(2026, 10, 8),
        List.of(new ChecklistMark("钥匙", true, null), new ChecklistMark("现金", false, "少 5 元")),
        null,
        "e105",
        HANDED);
  }

  @Test
  void theIncomingPersonSignsAndTheHandoverAnnouncesItWithBeforeAndAfter() {
    Handover h = handedFromE105ToE104();
    h.clearDomainEvents();

    h.sign("E104", "staff", LATER);

    assertThat(h.getStatus()).isEqualTo(HandoverStatus.SIGNED);
    assertThat(h.getDecidedBy()).isEqualTo("staff");
    assertThat(h.getDecidedAt()).isEqualTo(LATER);
    assertThat(h.domainEvents())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.change()).isEqualTo("SIGNED");
              assertThat(e.auditRecord().entityType()).isEqualTo("handover");
              assertThat(e.before()).containsEntry("status", "PENDING");
              assertThat(e.after()).containsEntry("status", "SIGNED");
            });
  }

  @Test
  void nobodyButTheIncomingPersonSignsOrRefuses() {
    Handover h = handedFromE105ToE104();

    assertThatThrownBy(() -> h.sign("E105", "outgoing", LATER))
        .isInstanceOf(Forbidden.class)
        .hasMessage("handover.onlyIncoming");
    assertThatThrownBy(() -> h.sign(null, "admin", LATER)).isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> h.refuse("E102", "不对", "manager", LATER))
        .isInstanceOf(Forbidden.class);
    assertThat(h.getStatus()).isEqualTo(HandoverStatus.PENDING);
  }

  @Test
  void aHandoverIsSignedOrRefusedOnlyOnce() {
    Handover h = handedFromE105ToE104();
    h.sign("E104", "staff", LATER);

    assertThatThrownBy(() -> h.sign("E104", "staff", LATER))
        .isInstanceOf(Conflict.class)
        .hasMessage("handover.alreadyDecided");
    assertThatThrownBy(() -> h.refuse("E104", "现金不对", "staff", LATER)).isInstanceOf(Conflict.class);
    assertThat(h.getStatus()).isEqualTo(HandoverStatus.SIGNED);
  }

  @Test
  void aRefusalNeedsAReasonOnItsField() {
    Handover h = handedFromE105ToE104();

    assertThatThrownBy(() -> h.refuse("E104", "  ", "staff", LATER))
        .isInstanceOfSatisfying(
            BadInput.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));
    h.refuse("E104", " 现金少 5 元 ", "staff", LATER);

    assertThat(h.getStatus()).isEqualTo(HandoverStatus.REFUSED);
    assertThat(h.getRefusalReason()).isEqualTo("现金少 5 元");
  }

  @Test
  void theLeadReviewsOnce() {
    Handover h = handedFromE105ToE104();
    h.review(" 已核对 ", "s01cs", LATER);

    assertThat(h.getReviewedBy()).isEqualTo("s01cs");
    assertThat(h.getReviewNote()).isEqualTo("已核对");
    assertThatThrownBy(() -> h.review(null, "s01cs", LATER))
        .isInstanceOf(Conflict.class)
        .hasMessage("handover.alreadyReviewed");
  }

  @Test
  void aPendingHandoverIsUnsignedOnlyOnceItIsOlderThanTheCutoff() {
    Handover h = handedFromE105ToE104();

    assertThat(h.unsignedSince(HANDED.plusSeconds(1))).isTrue();
    assertThat(h.unsignedSince(HANDED)).isFalse();
    h.sign("E104", "staff", LATER);
    assertThat(h.unsignedSince(LATER.plusSeconds(86_400))).isFalse();
  }

  @Test
  void aNewHandoverAnnouncesItselfWithItsMarks() {
    Handover h = handedFromE105ToE104();

    assertThat(h.domainEvents())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.after())
                    .containsEntry("items", List.of("✓ 钥匙", "× 现金 (少 5 元)"))
                    .containsEntry("status", "PENDING"));
  }
}
