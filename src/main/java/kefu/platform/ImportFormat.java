package kefu.platform;

import java.util.List;

/**
 * What an import sheet looks like: its kind (which also names the template file), the prefix of the
 * message keys that label its fields, the message key of its sheet name, and its columns in order.
 */
public record ImportFormat(
    String kind, String labelPrefix, String sheetKey, List<ImportColumn> columns) {

  public ImportFormat {
    columns = List.copyOf(columns);
  }

  /** The same sheet with other columns, e.g. the coded ones labelled for the reader. */
  public ImportFormat withColumns(List<ImportColumn> columns) {
    return new ImportFormat(kind, labelPrefix, sheetKey, columns);
  }

  public List<String> names() {
    return columns.stream().map(ImportColumn::name).toList();
  }

  public String label(String field) {
    return labelPrefix + field;
  }
}
