package kefu.registers;

import java.util.ArrayList;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Role;
import kefu.platform.Message;
import kefu.platform.TodoList;
import kefu.platform.TodoList.Todo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registers' home-page to-dos for a store's CS manager and store manager: the store's keys
 * still out on loan (SPEC §8.4: the unreturned keys at the end of each day) and its handovers left
 * unsigned for more than a day, from the counts {@link RegisterWaiting} keeps.
 */
@Configuration
class RegisterTodos {

  private final CurrentUser currentUser;
  private final Registers registers;
  private final RegisterWaiting waiting;

  RegisterTodos(CurrentUser currentUser, Registers registers, RegisterWaiting waiting) {
    this.currentUser = currentUser;
    this.registers = registers;
    this.waiting = waiting;
  }

  @Bean
  TodoList registerTodoList() {
    return () -> {
      AccessScope scope = currentUser.scope();
      Role role = scope.role();
      List<Todo> todos = new ArrayList<>();
      String store = registers.ownStoreCode(scope);
      if ((role != Role.CS_MANAGER && role != Role.STORE_MANAGER) || store == null) {
        return todos;
      }
      RegisterWaiting.Waiting w = waiting.in(store);
      if (w.keysOut() > 0) {
        todos.add(new Todo(new Message("registers.todo.keysOut", w.keysOut()), "/registers/keys"));
      }
      if (w.unsignedHandovers() > 0) {
        todos.add(
            new Todo(
                new Message("registers.todo.unsignedHandovers", w.unsignedHandovers()),
                "/handovers"));
      }
      return todos;
    };
  }
}
