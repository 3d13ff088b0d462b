package kefu.registers.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.FieldProblem;
import kefu.platform.InputRules;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import kefu.registers.desk.FrontDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Member files at the front desk and the callbacks made to members. */
@Service
@Transactional
public class Members {

  private final MemberRepository members;
  private final FrontDesk desk;
  private final Clock clock;

  Members(MemberRepository members, FrontDesk desk, Clock clock) {
    this.members = members;
    this.desk = desk;
    this.clock = clock;
  }

  public record Params(
      String storeCode,
      String memberNo,
      String name,
      String phone,
      LocalDate joinedOn,
      Long corrects) {}

  public record CallbackParams(OffsetDateTime calledAt, String outcome) {}

  public Member open(AccessScope scope, Params p) {
    List<FieldProblem> shape = new ArrayList<>();
    FrontDesk.required(shape, "storeCode", p.storeCode());
    FrontDesk.required(shape, "memberNo", p.memberNo());
    FrontDesk.required(shape, "name", p.name());
    if (p.joinedOn() == null) {
      shape.add(new FieldProblem("joinedOn", "validation.required"));
    }
    InputRules.checkText(shape, "memberNo", p.memberNo(), 32, false);
    InputRules.checkText(shape, "name", p.name(), 100, false);
    InputRules.checkText(shape, "phone", p.phone(), 32, false);
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    String store = desk.recordingStore(scope, p.storeCode(), null, "member.notYourStore");
    String number = p.memberNo().strip();
    Member corrected = p.corrects() == null ? null : get(scope, p.corrects());
    if (corrected != null) {
      if (!corrected.getStoreCode().equals(store)) {
        throw new RuleRefused("corrects", "member.correctsOtherStore");
      }
      if (members.existsByCorrectsId(corrected.getId())) {
        throw new Conflict("member.alreadyCorrected");
      }
    }
    boolean renumbering = corrected == null || !corrected.getMemberNo().equals(number);
    if (renumbering && members.numberTaken(store, number)) {
      throw new Conflict("member.numberTaken");
    }
    return members.save(
        new Member(
            store,
            number,
            p.name().strip(),
            FrontDesk.text(p.phone()),
            p.joinedOn(),
            p.corrects(),
            scope.username(),
            clock.instant()));
  }

  public Member callBack(AccessScope scope, long id, CallbackParams p) {
    CallbackParams c = p == null ? new CallbackParams(null, null) : p;
    List<FieldProblem> shape = new ArrayList<>();
    if (c.calledAt() == null) {
      shape.add(new FieldProblem("calledAt", "validation.required"));
    }
    FrontDesk.required(shape, "outcome", c.outcome());
    InputRules.checkText(shape, "outcome", c.outcome(), 1000, true);
    if (!shape.isEmpty()) {
      throw new BadInput("problem.invalid", shape);
    }
    Member m = get(scope, id);
    desk.recordingStore(scope, m.getStoreCode(), null, "member.notYourStore");
    if (c.calledAt().toInstant().isAfter(clock.instant())) {
      throw new RuleRefused("calledAt", "member.inTheFuture");
    }
    m.calledBack(
        new MemberCallback(c.calledAt().toInstant(), scope.username(), c.outcome().strip()),
        scope.username(),
        clock.instant());
    return members.save(m);
  }

  @Transactional(readOnly = true)
  public Member get(AccessScope scope, long id) {
    Member m = members.findById(id).orElseThrow(() -> new NotFound("member " + id));
    desk.requireVisible(scope, m.getStoreCode(), "member " + id);
    return m;
  }

  /** The files that stand, matching {@code q} (number or name, any part) when given. */
  @Transactional(readOnly = true)
  public List<Member> search(AccessScope scope, String storeCode, String q) {
    String like = q == null || q.isBlank() ? "" : "%" + q.strip().toLowerCase() + "%";
    return members.standing(desk.listStore(scope, storeCode), like);
  }
}
