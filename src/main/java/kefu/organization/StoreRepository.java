package kefu.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StoreRepository extends JpaRepository<Store, Long> {

  Optional<Store> findByCode(String code);

  boolean existsByCode(String code);

  /** Stores the scope admits, optionally filtered by code or name. */
  @Query(
      """
      select s from Store s
      where (:scopeStore is null or s.id = :scopeStore)
        and (:q = '' or lower(s.code) like :q or lower(s.name) like :q)
      order by s.code""")
  Page<Store> search(@Param("scopeStore") Long scopeStore, @Param("q") String q, Pageable page);

  @Query("select s from Store s where (:scopeStore is null or s.id = :scopeStore) order by s.code")
  List<Store> visible(@Param("scopeStore") Long scopeStore);
}
