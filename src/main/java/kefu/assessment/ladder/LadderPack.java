package kefu.assessment.ladder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kefu.policy.Adoption;
import kefu.policy.PolicyCatalog;
import org.springframework.stereotype.Component;

/**
 * The ladder in force at a store on a day: that of the latest adoption in force there whose pack
 * has a {@code ladder} section. A store without one has no ladder (and its people no level pay).
 */
@Component
record LadderPack(PolicyCatalog catalog) {

  /** The ladder's figures and the pack version they come from, for a line to cite. */
  record InForce(LadderTerms terms, String packId, int packVersion) {}

  /** A reader over the adoptions as they are now, for many lookups at once. */
  Lookup lookup() {
    List<Adoption> ladders =
        catalog.adoptions().stream()
            .filter(a -> a.pack().section(LadderTerms.class).isPresent())
            .sorted(Comparator.comparing(Adoption::effectiveFrom).reversed())
            .toList();
    return (storeCode, day) ->
        ladders.stream()
            .filter(a -> a.inForce(storeCode, day))
            .findFirst()
            .map(
                a ->
                    new InForce(
                        a.pack().section(LadderTerms.class).orElseThrow(),
                        a.pack().id(),
                        a.pack().version()));
  }

  /** The ladder of a store on a day, if one is in force. */
  interface Lookup {
    Optional<InForce> at(String storeCode, LocalDate day);

    /** Whether a post at the store on the day is on the ladder. */
    default Optional<InForce> forPost(String storeCode, String position, LocalDate day) {
      return at(storeCode, day).filter(l -> l.terms().positions().contains(position));
    }
  }
}
