package kefu.registers.hazmat.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.registers.ApprovalKind;
import kefu.registers.Registers;
import kefu.registers.hazmat.HazmatMovement;
import kefu.registers.hazmat.HazmatRegister;
import kefu.registers.hazmat.HazmatStock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The hazardous-materials register over REST, as API.md states it. */
@RestController
@RequestMapping("/api/v1/hazmat")
@Tag(name = "Registers: hazardous materials")
class HazmatApi {

  private final HazmatRegister hazmat;
  private final CurrentUser currentUser;
  private final Registers registers;

  HazmatApi(HazmatRegister hazmat, CurrentUser currentUser, Registers registers) {
    this.hazmat = hazmat;
    this.currentUser = currentUser;
    this.registers = registers;
  }

  record MovementView(
      long id,
      HazmatMovement.Kind kind,
      String storeCode,
      String item,
      BigDecimal quantity,
      OffsetDateTime at,
      String personCode,
      String approverCode,
      ApprovalKind approval,
      Long drawId,
      BigDecimal balance) {}

  @PostMapping("/stock")
  @ResponseStatus(HttpStatus.CREATED)
  MovementView receive(@RequestBody HazmatRegister.NewReceipt body) {
    return view(hazmat.receive(currentUser.scope(), body));
  }

  @GetMapping("/stock")
  List<HazmatStock> stock(@RequestParam(required = false) String storeCode) {
    return hazmat.stock(currentUser.scope(), storeCode);
  }

  @PostMapping("/draws")
  @ResponseStatus(HttpStatus.CREATED)
  MovementView draw(@RequestBody HazmatRegister.NewDraw body) {
    return view(hazmat.draw(currentUser.scope(), body));
  }

  @PostMapping("/draws/{id}/returns")
  @ResponseStatus(HttpStatus.CREATED)
  MovementView giveBack(@PathVariable long id, @RequestBody HazmatRegister.NewReturn body) {
    return view(hazmat.giveBack(currentUser.scope(), id, body));
  }

  @GetMapping("/movements")
  List<MovementView> movements(@RequestParam(required = false) String storeCode) {
    return hazmat.movements(currentUser.scope(), storeCode).stream()
        .map(m -> view(new HazmatRegister.Moved(m, null)))
        .toList();
  }

  private MovementView view(HazmatRegister.Moved moved) {
    HazmatMovement m = moved.movement();
    return new MovementView(
        m.id(),
        m.kind(),
        m.storeCode(),
        m.item(),
        m.quantity(),
        m.at().atZone(registers.zone()).toOffsetDateTime(),
        m.personCode(),
        m.approverCode(),
        m.approval(),
        m.drawId(),
        moved.balance());
  }
}
