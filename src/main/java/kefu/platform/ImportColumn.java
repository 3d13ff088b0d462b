package kefu.platform;

import java.util.List;

/**
 * A column of an import sheet: its field name (labelled in the sheet by the message key {@code
 * <labelPrefix><name>}), the example shown in the template, and the fixed set of values it takes,
 * if any (offered as a drop-down in the template). A coded column also knows the labels of its
 * codes, so the preview shows {@code 客服专员 (CS_AGENT)} whatever was typed; a time column is shown in
 * the group's zone as {@code 2026-11-03 09:20}.
 */
public record ImportColumn(
    String name, String example, List<String> values, CodeLabels labels, boolean time) {

  public ImportColumn {
    values = List.copyOf(values);
  }

  public static ImportColumn of(String name, String example) {
    return new ImportColumn(name, example, List.of(), null, false);
  }

  public static ImportColumn oneOf(String name, String example, List<String> values) {
    return new ImportColumn(name, example, values, null, false);
  }

  /** A column of codes: its drop-down and example show each code with its label. */
  public static ImportColumn coded(String name, String exampleCode, CodeLabels labels) {
    return new ImportColumn(name, labels.display(exampleCode), labels.choices(), labels, false);
  }

  /** A local date and time in the group's zone. */
  public static ImportColumn time(String name, String example) {
    return new ImportColumn(name, example, List.of(), null, true);
  }
}
