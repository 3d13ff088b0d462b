package kefu.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kefu.policy.Adoption;
import kefu.policy.EmployeeRequirement;
import kefu.policy.PolicyCatalog;
import org.springframework.stereotype.Component;

/** The deadlines of the packs the group adopted, as the compliance work reads them. */
@Component
record DeadlineCatalog(PolicyCatalog catalog) {

  /** Each adoption's deadlines with the day and stores it is in force from and for. */
  List<ExpectedWork.DeadlinesInForce> inForce() {
    return catalog.adoptions().stream()
        .filter(a -> a.pack().section(Deadlines.class).isPresent())
        .map(
            a ->
                new ExpectedWork.DeadlinesInForce(
                    a.pack().section(Deadlines.class).orElseThrow(),
                    a.effectiveFrom(),
                    a::coversStore))
        .toList();
  }

  /** The deadline as the latest adoption in force at the store on the day defines it. */
  Optional<Deadline> forStore(String storeCode, String code, LocalDate day) {
    return catalog.adoptions().stream()
        .filter(a -> a.inForce(storeCode, day))
        .sorted(Comparator.comparing(Adoption::effectiveFrom).reversed())
        .map(a -> a.pack().section(Deadlines.class).flatMap(d -> d.byCode(code)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Whether any adopted pack defines the code, in force or not. */
  Optional<Deadline> anyPack(String code) {
    return catalog.adoptions().stream()
        .sorted(Comparator.comparing(Adoption::effectiveFrom).reversed())
        .map(a -> a.pack().section(Deadlines.class).flatMap(d -> d.byCode(code)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Whether incidents of the type may name the responsible employee (store-level ones do not). */
  boolean namesEmployee(String incidentType) {
    return catalog.adoptions().stream()
        .map(a -> a.pack().type(incidentType))
        .flatMap(Optional::stream)
        .findFirst()
        .map(t -> t.employee() != EmployeeRequirement.NONE)
        .orElse(true);
  }
}
