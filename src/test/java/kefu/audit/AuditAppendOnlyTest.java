package kefu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kefu.organization.AccessScope;
import kefu.organization.Organization;
import kefu.organization.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The audit log records every change with before and after, and nothing can rewrite it. */
@SpringBootTest
@ActiveProfiles("test")
class AuditAppendOnlyTest {

  @Autowired Organization organization;
  @Autowired AuditLog log;

  @Test
  void aChangeIsRecordedWithWhoAndBeforeAndAfter() {
    AccessScope admin = new AccessScope("admin", Role.ADMIN, null, null);
    organization.createStore(admin, "A01", "审计店");
    organization.renameStore(admin, "A01", "审计店二");
    List<AuditEntry> entries = log.forEntity("store", "A01");
    assertThat(entries).hasSize(2);
    AuditEntry update = entries.get(0);
    assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
    assertThat(update.before()).contains("审计店");
    assertThat(update.after()).contains("审计店二");
    assertThat(entries.get(1).action()).isEqualTo(AuditAction.CREATE);
  }

  @Test
  void theAuditApiOnlyAppendsAndReads() {
    // a whitelist: any new public method on the log must be reviewed here first
    assertThat(publicMethods(AuditTrail.class)).containsExactlyInAnyOrder("createdAll");
    assertThat(publicMethods(AuditLog.class)).containsExactlyInAnyOrder("find", "forEntity");
  }

  static List<String> publicMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .map(Method::getName)
        .toList();
  }

  @Test
  void noCodeUpdatesOrDeletesAuditEntries() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      List<Path> offenders =
          files
              .filter(Files::isRegularFile)
              .filter(
                  p -> {
                    try {
                      String text = Files.readString(p).toLowerCase().replaceAll("\\s+", " ");
                      return text.contains("update audit_entry")
                          || text.contains("delete from audit_entry")
                          || text.contains("truncate table audit_entry");
                    } catch (IOException e) {
                      return false;
                    }
                  })
              .toList();
      assertThat(offenders).isEmpty();
    }
  }
}
