package kefu.registers.uniforms.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.registers.ApprovalKind;
import kefu.registers.Registers;
import kefu.registers.uniforms.UniformDamage;
import kefu.registers.uniforms.UniformMovement;
import kefu.registers.uniforms.UniformPlan;
import kefu.registers.uniforms.UniformRegister;
import kefu.registers.uniforms.UniformStock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The uniform register over REST, as API.md states it. */
@RestController
@RequestMapping("/api/v1/uniforms")
@Tag(name = "Registers: uniforms")
class UniformApi {

  private final UniformRegister uniforms;
  private final CurrentUser currentUser;
  private final Registers registers;

  UniformApi(UniformRegister uniforms, CurrentUser currentUser, Registers registers) {
    this.uniforms = uniforms;
    this.currentUser = currentUser;
    this.registers = registers;
  }

  record MovementView(
      long id,
      UniformMovement.Kind kind,
      String item,
      String size,
      int quantity,
      LocalDate on,
      String employeeCode,
      String approverCode,
      ApprovalKind approval,
      String note,
      Long planId,
      Integer balance) {
    static MovementView of(UniformMovement m, Integer balance) {
      return new MovementView(
          m.id(),
          m.kind(),
          m.item(),
          m.size(),
          m.quantity(),
          m.on(),
          m.employeeCode(),
          m.approverCode(),
          m.approval(),
          m.note(),
          m.planId(),
          balance);
    }
  }

  record DamageView(
      long id,
      String employeeCode,
      String item,
      String size,
      UniformDamage.Kind kind,
      boolean personalFault,
      BigDecimal compensation,
      LocalDate reportedOn,
      String note,
      String packId,
      Integer packVersion,
      String clause) {
    static DamageView of(UniformDamage d) {
      return new DamageView(
          d.id(),
          d.employeeCode(),
          d.item(),
          d.size(),
          d.kind(),
          d.personalFault(),
          d.compensation() == null ? null : d.compensation().amount(),
          d.reportedOn(),
          d.note(),
          d.packId(),
          d.packVersion(),
          d.clause());
    }
  }

  record PlanView(
      long id,
      String item,
      String size,
      String style,
      String colour,
      String material,
      int quantity,
      BigDecimal budget,
      String status,
      String approverCode,
      ApprovalKind approval,
      LocalDate decidedOn,
      int accepted) {
    static PlanView of(UniformPlan p) {
      return new PlanView(
          p.id(),
          p.item(),
          p.size(),
          p.style(),
          p.colour(),
          p.material(),
          p.quantity(),
          p.budget().amount(),
          p.status(),
          p.approverCode(),
          p.approval(),
          p.decidedOn(),
          p.accepted());
    }
  }

  record EntitlementView(String employeeCode, int newHireSets, int issued, int outstanding) {}

  @PostMapping("/stock")
  @ResponseStatus(HttpStatus.CREATED)
  MovementView receive(@RequestBody UniformRegister.NewReceipt body) {
    return view(uniforms.receive(currentUser.scope(), body));
  }

  @GetMapping("/stock")
  List<UniformStock> stock() {
    return uniforms.stock(currentUser.scope());
  }

  @PostMapping("/issues")
  @ResponseStatus(HttpStatus.CREATED)
  MovementView issue(@RequestBody UniformRegister.NewIssue body) {
    return view(uniforms.issue(currentUser.scope(), body));
  }

  @PostMapping("/scraps")
  @ResponseStatus(HttpStatus.CREATED)
  MovementView scrap(@RequestBody UniformRegister.NewScrap body) {
    return view(uniforms.scrap(currentUser.scope(), body));
  }

  @GetMapping("/movements")
  List<MovementView> movements() {
    return uniforms.movements(currentUser.scope()).stream()
        .map(m -> MovementView.of(m, null))
        .toList();
  }

  @PostMapping("/damages")
  @ResponseStatus(HttpStatus.CREATED)
  DamageView damage(@RequestBody UniformRegister.NewDamage body) {
    return DamageView.of(uniforms.reportDamage(currentUser.scope(), body));
  }

  @GetMapping("/damages")
  List<DamageView> damages() {
    return uniforms.damages(currentUser.scope()).stream().map(DamageView::of).toList();
  }

  @PostMapping("/plans")
  @ResponseStatus(HttpStatus.CREATED)
  PlanView plan(@RequestBody UniformRegister.NewPlan body) {
    return PlanView.of(uniforms.plan(currentUser.scope(), body));
  }

  @GetMapping("/plans")
  List<PlanView> plans() {
    return uniforms.plans(currentUser.scope()).stream().map(PlanView::of).toList();
  }

  @PostMapping("/plans/{id}/approval")
  PlanView decide(@PathVariable long id, @RequestBody UniformRegister.NewDecision body) {
    return PlanView.of(uniforms.decide(currentUser.scope(), id, body));
  }

  @PostMapping("/plans/{id}/acceptance")
  @ResponseStatus(HttpStatus.CREATED)
  MovementView accept(@PathVariable long id, @RequestBody UniformRegister.NewAcceptance body) {
    return view(uniforms.accept(currentUser.scope(), id, body));
  }

  @GetMapping("/entitlements/{employeeCode}")
  EntitlementView entitlement(@PathVariable String employeeCode) {
    UniformRegister.Entitlement e = uniforms.entitlement(currentUser.scope(), employeeCode);
    return new EntitlementView(e.employeeCode(), e.newHireSets(), e.issued(), e.outstanding());
  }

  @GetMapping("/renewals-due")
  List<UniformRegister.RenewalDue> renewalsDue(@RequestParam(required = false) LocalDate asOf) {
    return uniforms.renewalsDue(currentUser.scope(), asOf == null ? registers.today() : asOf);
  }

  private static MovementView view(UniformRegister.Moved moved) {
    return MovementView.of(moved.movement(), moved.balance());
  }
}
