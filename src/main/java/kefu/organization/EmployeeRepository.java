package kefu.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

  Optional<Employee> findByCode(String code);

  boolean existsByCode(String code);

  List<Employee> findByCodeIn(Collection<String> codes);

  /** What the search reads and filters, for the page's rows and their count alike. */
  String SEARCH =
      """
      from Employee e join e.assignments a
      where a.validFrom = coalesce(
            (select max(a2.validFrom) from Assignment a2
             where a2.employee = e and a2.validFrom <= :today),
            (select min(a3.validFrom) from Assignment a3 where a3.employee = e))
        and (:scopeStore is null or a.store.id = :scopeStore)
        and (:scopeEmployee is null or e.id = :scopeEmployee)
        and (:storeId is null or a.store.id = :storeId)
        and (:position is null or a.position = :position)
        and (:level is null or exists (
            select 1 from PayTerms p where p.employee = e and p.level = :level
              and p.validFrom = coalesce(
                (select max(p2.validFrom) from PayTerms p2
                 where p2.employee = e and p2.validFrom <= :today),
                (select min(p3.validFrom) from PayTerms p3 where p3.employee = e))))
        and (:q = '' or lower(e.code) like :q or lower(e.name) like :q)
        and (:includeLeft = true or e.leftOn is null or e.leftOn >= :today)
      """;

  /**
   * Employees filtered by their post and level on {@code today} (see {@link Employee#postOn} and
   * {@link Employee#payOn}), restricted by the caller's scope in the same query so that nothing
   * outside the scope ever leaves the database.
   */
  @Query(value = "select e " + SEARCH, countQuery = "select count(e) " + SEARCH)
  Page<Employee> search(
      @Param("scopeStore") Long scopeStore,
      @Param("scopeEmployee") Long scopeEmployee,
      @Param("storeId") Long storeId,
      @Param("position") Position position,
      @Param("level") Level level,
      @Param("q") String q,
      @Param("includeLeft") boolean includeLeft,
      @Param("today") LocalDate today,
      Pageable page);
}
