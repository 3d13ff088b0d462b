package kefu.registers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Role;
import kefu.platform.NotFound;
import org.springframework.stereotype.Component;

/** {@link People} as the organization knows them. */
@Component
class OrganizationPeople implements People {

  /** Looking someone up to check an entry is not limited by the recording user's scope. */
  private static final AccessScope LOOKUP = new AccessScope("registers", Role.ADMIN, null, null);

  private final Organization organization;

  OrganizationPeople(Organization organization) {
    this.organization = organization;
  }

  @Override
  public Optional<Post> postOn(String employeeCode, LocalDate day) {
    if (employeeCode == null || employeeCode.isBlank()) {
      return Optional.empty();
    }
    String code = employeeCode.trim();
    // asked first so that an unknown code throws nothing inside the caller's transaction
    if (organization.employeeNames(List.of(code)).isEmpty()) {
      return Optional.empty();
    }
    try {
      return organization
          .employee(LOOKUP, code)
          .assignmentOn(day)
          .map(a -> new Post(a.getStore().getCode(), a.getPosition().name()));
    } catch (NotFound e) {
      return Optional.empty();
    }
  }

  @Override
  public Map<String, String> names(Collection<String> codes) {
    return organization.employeeNames(codes);
  }
}
