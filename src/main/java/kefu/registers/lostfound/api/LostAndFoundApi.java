package kefu.registers.lostfound.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.registers.desk.FrontDesk;
import kefu.registers.lostfound.LostAndFound;
import kefu.registers.lostfound.LostItem;
import kefu.registers.lostfound.LostItemStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lost and found over REST; the claimant is masked for everyone but ADMIN and GROUP_CS. */
@RestController
@RequestMapping("/api/v1/lost-found")
@Tag(name = "Registers: lost and found")
class LostAndFoundApi {

  private final LostAndFound register;
  private final CurrentUser currentUser;
  private final Organization organization;

  LostAndFoundApi(LostAndFound register, CurrentUser currentUser, Organization organization) {
    this.register = register;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record ManagerRequest(String managerCode) {}

  record ItemView(
      long id,
      String storeCode,
      String description,
      String foundWhere,
      String foundBy,
      OffsetDateTime foundAt,
      LostItemStatus status,
      OffsetDateTime announcedAt,
      String managerCode,
      OffsetDateTime handedAt,
      String claimantName,
      String claimantIdNumber,
      OffsetDateTime claimedAt) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registers a found item (REGISTERED)")
  ItemView register(@RequestBody LostAndFound.Params params) {
    AccessScope scope = currentUser.scope();
    return view(scope, register.register(scope, params));
  }

  @PostMapping("/{id}/announcement")
  @Operation(summary = "The item was announced (ANNOUNCED; 409 unless just registered)")
  ItemView announce(@PathVariable long id) {
    AccessScope scope = currentUser.scope();
    return view(scope, register.announce(scope, id));
  }

  @PostMapping("/{id}/claim")
  @Operation(summary = "Its owner claimed it with name and ID number (CLAIMED; 409 twice)")
  ItemView claim(@PathVariable long id, @RequestBody(required = false) LostAndFound.Claim body) {
    AccessScope scope = currentUser.scope();
    return view(scope, register.claim(scope, id, body));
  }

  @PostMapping("/{id}/manager")
  @Operation(summary = "Handed to the manager at the end of the day (WITH_MANAGER)")
  ItemView handOver(@PathVariable long id, @RequestBody(required = false) ManagerRequest body) {
    AccessScope scope = currentUser.scope();
    return view(scope, register.handToManager(scope, id, body == null ? null : body.managerCode()));
  }

  @GetMapping("/{id}")
  ItemView get(@PathVariable long id) {
    AccessScope scope = currentUser.scope();
    return view(scope, register.get(scope, id));
  }

  @GetMapping("/unclaimed")
  @Operation(summary = "Items not yet with their owner, oldest first")
  List<ItemView> unclaimed(@RequestParam(required = false) String storeCode) {
    AccessScope scope = currentUser.scope();
    return register.unclaimed(scope, storeCode).stream().map(i -> view(scope, i)).toList();
  }

  private ItemView view(AccessScope scope, LostItem item) {
    ZoneId zone = organization.zone();
    LostAndFound.Seen seen = register.seen(scope, item);
    return new ItemView(
        item.getId(),
        item.getStoreCode(),
        item.getDescription(),
        item.getFoundWhere(),
        item.getFoundBy(),
        FrontDesk.local(item.getFoundAt(), zone),
        item.getStatus(),
        FrontDesk.local(item.getAnnouncedAt(), zone),
        item.getManagerCode(),
        FrontDesk.local(item.getHandedAt(), zone),
        seen.claimantName(),
        seen.claimantIdNumber(),
        FrontDesk.local(item.getClaimedAt(), zone));
  }
}
