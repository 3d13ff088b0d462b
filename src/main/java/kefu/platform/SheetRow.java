package kefu.platform;

import java.util.List;
import java.util.Map;

/**
 * A data row of an uploaded sheet: its 1-based number as the spreadsheet shows it, its cells as
 * text, and the cells that could not be taken as typed (a formula without a value, control
 * characters, too long), by column index with a message key. Such a cell reads as empty.
 */
public record SheetRow(int number, List<String> cells, Map<Integer, String> cellProblems) {

  public SheetRow {
    cells = List.copyOf(cells);
    cellProblems = Map.copyOf(cellProblems);
  }

  public String cell(int i) {
    return i < cells.size() ? cells.get(i) : "";
  }
}
