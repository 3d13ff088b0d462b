package kefu.organization.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kefu.organization.ApiToken;
import kefu.organization.ApiTokens;
import kefu.organization.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal API tokens: any user makes, lists and revokes their own; an administrator, anyone's. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens")
record TokenApi(ApiTokens tokens, CurrentUser currentUser) {

  record TokenRequest(@NotBlank @Size(max = 100) String name, LocalDate expiresOn) {}

  /** The only answer that carries the secret. */
  record CreatedToken(Long id, String name, String token, Instant createdAt, LocalDate expiresOn) {}

  record TokenView(
      Long id,
      String name,
      String username,
      Instant createdAt,
      Instant lastUsedAt,
      LocalDate expiresOn) {
    static TokenView of(ApiToken t) {
      return new TokenView(
          t.getId(),
          t.getName(),
          t.getUsername(),
          t.getCreatedAt(),
          t.getLastUsedAt(),
          t.getExpiresOn());
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CreatedToken create(@Valid @RequestBody TokenRequest req) {
    ApiTokens.Created created = tokens.create(currentUser.scope(), req.name(), req.expiresOn());
    ApiToken t = created.token();
    return new CreatedToken(
        t.getId(), t.getName(), created.secret(), t.getCreatedAt(), t.getExpiresOn());
  }

  @GetMapping
  List<TokenView> list() {
    return tokens.visible(currentUser.scope()).stream().map(TokenView::of).toList();
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable long id) {
    tokens.revoke(currentUser.scope(), id);
  }
}
