package kefu.registers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import kefu.Web;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A store of its own for a register test, made over the API: a store manager (SM), a CS manager
 * (CM), a supervisor (SV), three CS agents (A1–A3), a front-desk custodian (CU), and logins for the
 * managers and the supervisor. Codes start with the store's, so tests in any order never meet.
 */
public final class RegisterStaff {

  private static final AtomicInteger SEQ =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 9000));

  public static final String PASSWORD = "registers-test-pw-2026";

  public final String store;
  private final MockMvc mvc;

  private RegisterStaff(MockMvc mvc, String store) {
    this.mvc = mvc;
    this.store = store;
  }

  /** The employee code of one of the store's people: {@code code("CM")}. */
  public String code(String who) {
    return store + who;
  }

  /** The login of the store's CS manager, store manager or supervisor. */
  public RequestPostProcessor login(String who) {
    String role =
        switch (who) {
          case "SM" -> "STORE_MANAGER";
          case "CM" -> "CS_MANAGER";
          default -> "STAFF";
        };
    return user((store + who).toLowerCase()).roles(role);
  }

  public static RegisterStaff create(MockMvc mvc, String prefix) throws Exception {
    RegisterStaff s = new RegisterStaff(mvc, prefix + SEQ.incrementAndGet());
    s.admin("/api/v1/stores", "{\"code\":\"%s\",\"name\":\"登记测试%s\"}".formatted(s.store, s.store));
    s.employee("SM", "STORE_MANAGER");
    s.employee("CM", "CS_MANAGER");
    s.employee("SV", "SUPERVISOR");
    s.employee("A1", "CS_AGENT");
    s.employee("A2", "CS_AGENT");
    s.employee("A3", "CS_AGENT");
    s.employee("CU", "FRONT_DESK");
    s.account("SM", "STORE_MANAGER");
    s.account("CM", "CS_MANAGER");
    s.account("SV", "STAFF");
    return s;
  }

  /** Another employee of the store, in the post given. */
  public String employee(String who, String position) throws Exception {
    admin(
        "/api/v1/employees",
        ("{\"code\":\"%s\",\"name\":\"员工%s\",\"storeCode\":\"%s\",\"position\":\"%s\","
                + "\"level\":\"JUNIOR\",\"hiredOn\":\"2025-01-06\",\"baseSalary\":3000.00}")
            .formatted(code(who), who, store, position));
    return code(who);
  }

  private void account(String who, String role) throws Exception {
    admin(
        "/api/v1/users",
        "{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"%s\",\"employeeCode\":\"%s\"}"
            .formatted((store + who).toLowerCase(), PASSWORD, role, code(who)));
  }

  private void admin(String path, String body) throws Exception {
    mvc.perform(Web.json(post(path), Web.ADMIN, body)).andExpect(status().isCreated());
  }
}
