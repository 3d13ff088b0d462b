package kefu.platform;

import java.util.List;

/**
 * One import by one user, as a module supplies it to the {@link ImportFlow}: the checks of a row
 * (with everything they look up loaded once, when the run is made) and the batch save. The flow
 * calls {@link #check} for every row in sheet order, then {@link #save} with the checked rows in
 * chunks, all in one transaction.
 *
 * @param <T> a row as checked and ready to save
 */
public interface ImportRun<T> {

  /**
   * Checks one row; returns what to save, or null after adding its problems. Rows already seen in
   * this run count (e.g. a code repeated in the file).
   */
  T check(SheetRow row, List<FieldProblem> problems);

  /** Saves checked rows, in sheet order, within the caller's transaction. */
  void save(List<T> rows);
}
