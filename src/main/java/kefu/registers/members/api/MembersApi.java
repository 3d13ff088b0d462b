package kefu.registers.members.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.registers.desk.FrontDesk;
import kefu.registers.members.Member;
import kefu.registers.members.Members;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Member files over REST, with their callbacks; the phone is always shown masked. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Registers: members")
class MembersApi {

  private final Members members;
  private final CurrentUser currentUser;
  private final Organization organization;

  MembersApi(Members members, CurrentUser currentUser, Organization organization) {
    this.members = members;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  record CallbackView(OffsetDateTime calledAt, String calledBy, String outcome) {}

  record MemberView(
      long id,
      String storeCode,
      String memberNo,
      String name,
      String phone,
      LocalDate joinedOn,
      Long corrects,
      List<CallbackView> callbacks) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Opens a member's file",
      description =
          "`memberNo` is unique in the store (409). `corrects` cites a file of the same store that"
              + " this one replaces; the corrected file is no longer listed.")
  MemberView open(@RequestBody Members.Params params) {
    return view(members.open(currentUser.scope(), params));
  }

  @PostMapping("/{id}/callbacks")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Adds a callback to the member's file")
  MemberView callBack(
      @PathVariable long id, @RequestBody(required = false) Members.CallbackParams body) {
    return view(members.callBack(currentUser.scope(), id, body));
  }

  @GetMapping("/{id}")
  MemberView get(@PathVariable long id) {
    return view(members.get(currentUser.scope(), id));
  }

  @GetMapping
  @Operation(summary = "The member files that stand; `q` matches part of a number or name")
  List<MemberView> search(
      @RequestParam(required = false) String storeCode, @RequestParam(required = false) String q) {
    return members.search(currentUser.scope(), storeCode, q).stream().map(this::view).toList();
  }

  private MemberView view(Member m) {
    ZoneId zone = organization.zone();
    return new MemberView(
        m.getId(),
        m.getStoreCode(),
        m.getMemberNo(),
        m.getName(),
        m.getMaskedPhone(),
        m.getJoinedOn(),
        m.getCorrectsId(),
        m.getCallbacks().stream()
            .map(
                c ->
                    new CallbackView(
                        FrontDesk.local(c.getCalledAt(), zone), c.getCalledBy(), c.getOutcome()))
            .toList());
  }
}
