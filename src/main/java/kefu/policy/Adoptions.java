package kefu.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The packs a group has adopted, and which of them governs what. A new version never changes an
 * earlier date: among the adoptions in force at a store on a day that define a type, the one with
 * the latest {@code effectiveFrom} governs.
 */
public final class Adoptions {
  // Latest first; ties broken by pack id then version so the answer never depends on input order.
  private static final Comparator<Adoption> LATEST_FIRST =
      Comparator.comparing(Adoption::effectiveFrom)
          .thenComparing(a -> a.pack().id())
          .thenComparingInt(a -> a.pack().version())
          .reversed();

  private final List<Adoption> adoptions;

  public Adoptions(Collection<Adoption> adoptions) {
    this.adoptions = adoptions.stream().sorted(LATEST_FIRST).toList();
  }

  /** The adoption whose pack decides the consequence of this incident, if any. */
  public Optional<Adoption> governing(String typeCode, String storeCode, LocalDate date) {
    return adoptions.stream()
        .filter(a -> a.inForce(storeCode, date) && a.pack().defines(typeCode))
        .findFirst();
  }

  /**
   * The points scale for someone in {@code position} at {@code storeCode} during {@code month}:
   * from the latest adoption in force there by the month's end whose pack has a scale covering the
   * position.
   */
  public Optional<PointsScale> scaleFor(String storeCode, String position, YearMonth month) {
    LocalDate end = month.atEndOfMonth();
    return adoptions.stream()
        .filter(a -> a.inForce(storeCode, end))
        .map(a -> a.pack().scale())
        .flatMap(Optional::stream)
        .filter(scale -> scale.covers(position))
        .findFirst();
  }
}
