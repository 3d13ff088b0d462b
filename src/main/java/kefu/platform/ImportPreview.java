package kefu.platform;

import java.util.List;

/**
 * What an uploaded sheet would import: how many rows it has and how many have errors, the first
 * rows with errors (or, when there are none, the first rows) for the page, and the token that
 * confirms it when every row is valid.
 */
public record ImportPreview(
    ImportFormat format, int rowCount, int errorCount, List<Row> shown, String token) {

  /** A row as the page shows it: its number, its cells and its problems. */
  public record Row(int number, List<String> cells, List<FieldProblem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public boolean valid() {
    return rowCount > 0 && errorCount == 0;
  }

  /** Whether rows were left out of {@link #shown()}. */
  public boolean truncated() {
    return shown.size() < (valid() ? rowCount : errorCount);
  }
}
