package kefu.platform;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kefu.platform.ExcelImport.SheetRow;

/**
 * The rows of an uploaded sheet between its preview and the user's confirmation, kept in the user's
 * session under a token so that what is saved is exactly what was previewed.
 */
public final class PendingImports {

  private PendingImports() {}

  public static String hold(HttpSession session, String kind, List<SheetRow> rows) {
    String token = UUID.randomUUID().toString();
    session.setAttribute(key(kind, token), List.copyOf(rows));
    return token;
  }

  @SuppressWarnings("unchecked")
  public static Optional<List<SheetRow>> rows(HttpSession session, String kind, String token) {
    return Optional.ofNullable((List<SheetRow>) session.getAttribute(key(kind, token)));
  }

  public static void release(HttpSession session, String kind, String token) {
    session.removeAttribute(key(kind, token));
  }

  private static String key(String kind, String token) {
    return "import:" + kind + ":" + token;
  }
}
