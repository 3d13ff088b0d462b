package kefu.registers.members;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long> {

  /** The files that stand (none corrected them), by number; {@code like} matches number or name. */
  @Query(
      "select m from Member m where (:store is null or m.storeCode = :store)"
          + " and (:like = '' or lower(m.memberNo) like :like or lower(m.name) like :like)"
          + " and not exists (select c from Member c where c.correctsId = m.id)"
          + " order by m.storeCode, m.memberNo, m.id")
  List<Member> standing(@Param("store") String store, @Param("like") String like);

  @Query(
      "select count(m) > 0 from Member m where m.storeCode = :store and m.memberNo = :no"
          + " and not exists (select c from Member c where c.correctsId = m.id)")
  boolean numberTaken(@Param("store") String store, @Param("no") String memberNo);

  boolean existsByCorrectsId(long id);
}
