package kefu.registers.dutylog.web;

import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.platform.Message;
import kefu.platform.NavItem;
import kefu.platform.TodoList;
import kefu.platform.TodoList.Todo;
import kefu.registers.dutylog.DutyLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The duty log in the page shell: a menu entry and a to-do for the reports that are overdue. */
@Configuration
class DutyLogShell {

  @Bean
  static NavItem dutyLogNav() {
    return new NavItem("duty-log", "/duty-log", "dutylog.title", "isAuthenticated()", 61, "desk");
  }

  @Bean
  TodoList missingDutyReports(DutyLog log, CurrentUser currentUser) {
    return () -> {
      AccessScope scope = currentUser.scope();
      if (!scope.canWrite()) {
        return List.of();
      }
      int missing = log.reportsMissing(scope, null).size();
      return missing == 0
          ? List.of()
          : List.of(new Todo(new Message("dutylog.todo.missing", missing), "/duty-log"));
    };
  }
}
