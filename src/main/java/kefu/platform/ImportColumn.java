package kefu.platform;

import java.util.List;

/**
 * A column of an import sheet: its field name (labelled in the sheet by the message key {@code
 * <labelPrefix><name>}), the example shown in the template, and the fixed set of values it takes,
 * if any (offered as a drop-down in the template).
 */
public record ImportColumn(String name, String example, List<String> values) {

  public ImportColumn {
    values = List.copyOf(values);
  }

  public static ImportColumn of(String name, String example) {
    return new ImportColumn(name, example, List.of());
  }

  public static ImportColumn oneOf(String name, String example, List<String> values) {
    return new ImportColumn(name, example, values);
  }
}
