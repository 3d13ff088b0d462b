package kefu.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kefu.audit.AuditEntry;
import org.springframework.context.MessageSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry as a person reads it: the time in the group's zone, the object named in the
 * reader's language ("员工 E001 张三" rather than a table name), and of its values only those that
 * changed, each with its field's label, old value and new value.
 */
record AuditView(
    long id,
    String time,
    String actor,
    String action,
    String object,
    List<Change> changes,
    String detail) {

  /** One changed field; {@code before} is null for a creation, {@code after} for a deletion. */
  record Change(String field, String before, String after) {}

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** What reads an entry: the zone, the reader's language and the labels. */
  record Reader(ZoneId zone, Locale locale, MessageSource messages, JsonMapper json) {

    AuditView read(AuditEntry e) {
      Map<String, Object> before = values(e.before());
      Map<String, Object> after = values(e.after());
      return new AuditView(
          e.id(),
          TIME.format(e.occurredAt().atZone(zone)),
          e.actor(),
          text("audit.action." + e.action(), e.action().name()),
          object(e.entityType(), e.entityId(), after != null ? after : before),
          changes(e.entityType(), before, after),
          e.detail());
    }

    private String object(String type, String id, Map<String, Object> values) {
      StringBuilder s = new StringBuilder(text("audit.entity." + type, type));
      if (id != null) {
        s.append(' ').append(id);
      }
      Object name = values == null ? null : values.get("name");
      if (name instanceof String n && !n.isBlank() && !n.equals(id)) {
        s.append(' ').append(n);
      }
      return s.toString();
    }

    private List<Change> changes(
        String type, Map<String, Object> before, Map<String, Object> after) {
      Set<String> fields = new LinkedHashSet<>();
      if (before != null) {
        fields.addAll(before.keySet());
      }
      if (after != null) {
        fields.addAll(after.keySet());
      }
      List<Change> changes = new ArrayList<>();
      for (String field : fields) {
        Object old = before == null ? null : before.get(field);
        Object now = after == null ? null : after.get(field);
        if (before != null && after != null && Objects.equals(old, now)) {
          continue;
        }
        if (old == null && now == null) {
          continue;
        }
        changes.add(
            new Change(
                label(type, field),
                before == null ? null : value(type, field, old),
                after == null ? null : value(type, field, now)));
      }
      return changes;
    }

    private String label(String type, String field) {
      return first(
          field, "audit.field." + type + "." + field, type + "." + field, "audit.field." + field);
    }

    private String value(String type, String field, Object v) {
      if (v == null) {
        return "—";
      }
      if (v instanceof List<?> list) {
        return String.join("; ", list.stream().map(String::valueOf).toList());
      }
      String s = String.valueOf(v);
      return first(s, type + "." + field + "." + s, field + "." + s);
    }

    /** The first of the message keys that has a text, else {@code fallback}. */
    private String first(String fallback, String... keys) {
      for (String key : keys) {
        String t = messages.getMessage(key, null, null, locale);
        if (t != null) {
          return t;
        }
      }
      return fallback;
    }

    private String text(String key, String fallback) {
      return messages.getMessage(key, null, fallback, locale);
    }

    private Map<String, Object> values(String jsonText) {
      if (jsonText == null || jsonText.isBlank()) {
        return null;
      }
      try {
        Object read = json.readValue(jsonText, Object.class);
        if (read instanceof Map<?, ?>) {
          return json.readValue(jsonText, MAP);
        }
        return Map.of("value", read);
      } catch (RuntimeException e) {
        return Map.of("value", jsonText);
      }
    }
  }
}
