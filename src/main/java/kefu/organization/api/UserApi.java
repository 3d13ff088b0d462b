package kefu.organization.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import kefu.organization.Accounts;
import kefu.organization.Accounts.AccountForm;
import kefu.organization.CurrentUser;
import kefu.organization.Role;
import kefu.organization.UserAccount;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Logins, for administrators: a store role takes the store of the employee it is linked to. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
record UserApi(Accounts accounts, CurrentUser currentUser) {

  record UserRequest(
      @NotBlank @Size(max = 64) String username,
      @NotBlank @Size(max = 200) String password,
      @NotNull Role role,
      @Size(max = 32) String storeCode,
      @Size(max = 32) String employeeCode) {}

  record UserView(Long id, String username, Role role, boolean enabled) {
    static UserView of(UserAccount u) {
      return new UserView(u.getId(), u.getUsername(), u.getRole(), u.isEnabled());
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserView create(@Valid @RequestBody UserRequest req) {
    return UserView.of(
        accounts.create(
            currentUser.scope(),
            new AccountForm(req.username(), req.role(), req.storeCode(), req.employeeCode(), true),
            req.password()));
  }

  @GetMapping
  List<UserView> list() {
    return accounts.all(currentUser.scope()).stream().map(UserView::of).toList();
  }
}
