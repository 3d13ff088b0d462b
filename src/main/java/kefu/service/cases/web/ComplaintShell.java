package kefu.service.cases.web;

import java.util.ArrayList;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.Organization;
import kefu.platform.Message;
import kefu.platform.NavItem;
import kefu.platform.TodoList;
import kefu.platform.TodoList.Todo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Complaints in the shell: the menu entries, and the home-page to-dos of whoever a late complaint
 * was escalated to (the store's CS manager, its store manager, group CS) while it is still open,
 * and of group CS for explanations waiting for a decision. One COUNT each.
 */
@Configuration
class ComplaintShell {

  private static final String READERS =
      "hasAnyRole('ADMIN','GROUP_CS','EXECUTIVE','STORE_MANAGER','CS_MANAGER')";

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final Organization organization;

  ComplaintShell(JdbcClient jdbc, CurrentUser currentUser, Organization organization) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @Bean
  NavItem complaintsNavItem() {
    return new NavItem("complaints", "/complaints", "nav.complaints", READERS, 40, "serviceCases");
  }

  @Bean
  NavItem complaintReportNavItem() {
    return new NavItem(
        "complaint-report",
        "/complaints/report",
        "nav.complaintReport",
        READERS,
        41,
        "serviceCases");
  }

  @Bean
  NavItem dailyCallsNavItem() {
    return new NavItem("calls", "/calls/daily", "nav.calls", READERS, 42, "serviceCases");
  }

  @Bean
  TodoList complaintTodos() {
    return () -> {
      AccessScope scope = currentUser.scope();
      String post =
          switch (scope.role()) {
            case CS_MANAGER -> "CS_MANAGER";
            case STORE_MANAGER -> "STORE_MANAGER";
            case GROUP_CS -> "GROUP_CS";
            default -> null;
          };
      List<Todo> todos = new ArrayList<>();
      if (post == null) {
        return todos;
      }
      String store = organization.codes(scope).storeCode();
      boolean groupCs = scope.role() == kefu.organization.Role.GROUP_CS;
      // one statement for both counts: the home page is the most opened page of all
      long[] counts =
          jdbc.sql(
                  """
                  select
                    (select count(distinct e.complaint_id) from complaint_escalation e
                     join complaint c on c.id = e.complaint_id
                     where e.notify = :post and c.status in ('RECEIVED', 'ACKNOWLEDGED', 'PAUSED')
                       and (cast(:store as varchar) is null or e.store_code = :store)),
                    (select count(*) from complaint where :groupCs
                       and explanation is not null and explanation_accepted is null)""")
              .param("post", post)
              .param("store", store)
              .param("groupCs", groupCs)
              .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
              .single();
      if (counts[0] > 0) {
        todos.add(
            new Todo(new Message("service.complaint.todo.escalated", counts[0]), "/complaints"));
      }
      if (counts[1] > 0) {
        todos.add(
            new Todo(new Message("service.complaint.todo.explanations", counts[1]), "/complaints"));
      }
      return todos;
    };
  }
}
