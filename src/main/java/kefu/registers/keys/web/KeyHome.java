package kefu.registers.keys.web;

import java.time.LocalDate;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.HomeCard;
import kefu.platform.Message;
import kefu.platform.TodoList;
import kefu.platform.TodoList.Todo;
import kefu.registers.keys.KeyRegister;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys on the CS manager's home page: how many of the store's keys are out now, and a to-do
 * when keys were still out at the end of yesterday.
 */
@Configuration
class KeyHome {

  static final String CS_MANAGER = "hasRole('CS_MANAGER')";

  private final KeyRegister keys;
  private final CurrentUser currentUser;
  private final Organization organization;

  KeyHome(KeyRegister keys, CurrentUser currentUser, Organization organization) {
    this.keys = keys;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @Bean
  HomeCard keysOutCard() {
    return new HomeCard(
        "home.card.keys",
        "/registers/keys",
        CS_MANAGER,
        40,
        () -> new Message("home.card.keys.out", out(organization.today())));
  }

  @Bean
  TodoList keysNotReturned() {
    return () -> {
      AccessScope scope = currentUser.scope();
      if (!scope.role().storeScoped()) {
        return List.of();
      }
      LocalDate yesterday = organization.today().minusDays(1);
      int out = out(yesterday);
      return out == 0
          ? List.of()
          : List.of(
              new Todo(
                  new Message("home.todo.keys", out, yesterday.toString()),
                  "/registers/keys?date=" + yesterday));
    };
  }

  private int out(LocalDate day) {
    AccessScope scope = currentUser.scope();
    String store = organization.codes(scope).storeCode();
    return store == null ? 0 : keys.unreturned(scope, store, day).size();
  }
}
