package kefu.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kefu.organization.Accounts.AccountForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database: the group settings, the built-in administrator and, unless {@code
 * KEFU_DEMO=false}, a small demo group: three stores (the third without a CS manager), a head
 * office for the group staff, people in every post and level, and one login per role.
 */
@Component
@Order(10)
class StartupData implements ApplicationRunner {

  static final String DEMO_PASSWORD = "kefu-demo-2026";
  private static final Logger log = LoggerFactory.getLogger(StartupData.class);
  private static final AccessScope SYSTEM = new AccessScope("system", Role.ADMIN, null, null);

  private final Organization organization;
  private final Accounts accounts;
  private final GroupSettingsRepository settings;
  private final StoreRepository stores;
  private final boolean demo;
  private final String adminPassword;

  StartupData(
      Organization organization,
      Accounts accounts,
      GroupSettingsRepository settings,
      StoreRepository stores,
      @Value("${kefu.demo:true}") boolean demo,
      @Value("${kefu.admin-password:}") String adminPassword) {
    this.organization = organization;
    this.accounts = accounts;
    this.settings = settings;
    this.stores = stores;
    this.demo = demo;
    this.adminPassword = adminPassword;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    boolean empty = settings.count() == 0 && stores.count() == 0;
    if (settings.count() == 0) {
      settings.save(new GroupSettings(demo ? "演示集团" : "Kefu", ZoneId.of("Asia/Shanghai")));
    }
    String password = adminPassword;
    boolean generated = password == null || password.isBlank();
    if (generated) {
      password = Accounts.randomPassword();
    }
    if (accounts.ensureAdmin(password) && generated) {
      log.warn("Created user 'admin' with the generated password: {}", password);
      log.warn("Set KEFU_ADMIN_PASSWORD to choose it; this password is not shown again.");
    }
    if (demo && empty) {
      loadDemo();
      log.info("Loaded the demo group; demo users share the password '{}'", DEMO_PASSWORD);
    }
  }

  private void loadDemo() {
    organization.createStore(SYSTEM, "S01", "一店");
    organization.createStore(SYSTEM, "S02", "二店");
    organization.createStore(SYSTEM, "S03", "三店");
    // group staff sit at the head office, not inside a store's CS department
    organization.createHeadOffice(SYSTEM, "HQ", "集团总部");
    LocalDate start = LocalDate.of(2025, 1, 2);
    String[][] people = {
      {"E001", "周敏", "HQ", "GROUP_CS", "SENIOR", "6000"},
      {"E002", "吴总", "HQ", "EXECUTIVE", "SENIOR", "12000"},
      {"E101", "郑强", "S01", "STORE_MANAGER", "SENIOR", "8000"},
      {"E102", "王芳", "S01", "CS_MANAGER", "RESERVE_SUPERVISOR", "5000"},
      {"E103", "李娜", "S01", "SUPERVISOR", "SENIOR", "4200"},
      {"E104", "张伟", "S01", "CS_AGENT", "JUNIOR", "3000"},
      {"E105", "刘洋", "S01", "CS_AGENT", "INTERMEDIATE", "3200"},
      {"E106", "陈静", "S01", "CS_AGENT", "TRAINEE", "2600"},
      {"E107", "杨磊", "S01", "CS_AGENT", "SENIOR", "3600"},
      {"E108", "赵丽", "S01", "FRONT_DESK", "JUNIOR", "2800"},
      {"E201", "黄勇", "S02", "STORE_MANAGER", "SENIOR", "8000"},
      {"E202", "周婷", "S02", "CS_MANAGER", "RESERVE_SUPERVISOR", "5000"},
      {"E203", "徐涛", "S02", "SUPERVISOR", "SENIOR", "4200"},
      {"E204", "孙悦", "S02", "CS_AGENT", "JUNIOR", "3000"},
      {"E205", "马超", "S02", "CS_AGENT", "INTERMEDIATE", "3200"},
      {"E206", "朱琳", "S02", "CS_AGENT", "TRAINEE", "2600"},
      {"E207", "胡萍", "S02", "FRONT_DESK", "JUNIOR", "2800"},
      {"E208", "郭峰", "S02", "CS_AGENT", "JUNIOR", "3000"},
      {"E301", "何军", "S03", "STORE_MANAGER", "SENIOR", "7500"},
      {"E302", "高洁", "S03", "SUPERVISOR", "INTERMEDIATE", "4000"},
      {"E303", "林晨", "S03", "CS_AGENT", "JUNIOR", "3000"},
      {"E304", "罗兰", "S03", "CS_AGENT", "TRAINEE", "2600"},
      {"E305", "梁宇", "S03", "CS_AGENT", "INTERMEDIATE", "3200"},
      {"E306", "宋佳", "S03", "FRONT_DESK", "JUNIOR", "2800"},
      {"E307", "谢明", "S03", "CS_AGENT", "SENIOR", "3600"},
    };
    for (int i = 0; i < people.length; i++) {
      String[] p = people[i];
      EmployeeForm f = new EmployeeForm();
      f.setCode(p[0]);
      f.setName(p[1]);
      f.setStoreCode(p[2]);
      f.setPosition(Position.valueOf(p[3]));
      f.setLevel(Level.valueOf(p[4]));
      f.setBaseSalary(new BigDecimal(p[5]));
      f.setHiredOn(start.plusDays(7L * i));
      f.setPhone("1380000" + String.format("%04d", i));
      organization.createEmployee(SYSTEM, f);
    }
    accounts.createSharingPassword(
        SYSTEM,
        List.of(
            demoUser("groupcs", Role.GROUP_CS, null, "E001"),
            demoUser("boss", Role.EXECUTIVE, null, "E002"),
            demoUser("s01manager", Role.STORE_MANAGER, "S01", "E101"),
            demoUser("s01cs", Role.CS_MANAGER, "S01", "E102"),
            demoUser("s02cs", Role.CS_MANAGER, "S02", "E202"),
            demoUser("staff", Role.STAFF, null, "E104")),
        DEMO_PASSWORD);
  }

  private static AccountForm demoUser(
      String username, Role role, String storeCode, String employeeCode) {
    return new AccountForm(username, role, storeCode, employeeCode, true);
  }
}
