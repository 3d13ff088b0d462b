package kefu.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one spreadsheet import may take, so that a single upload cannot exhaust the heap: the
 * file's size and the size of the text it unpacks into memory (shared strings, styles), the number
 * of data rows, and the length of one cell.
 *
 * @param maxBytes largest upload, and largest part of it that is held in memory once unpacked
 * @param maxRows most data rows after the header
 * @param maxCellChars longest text in one cell
 */
@ConfigurationProperties("kefu.import")
public record ImportLimits(long maxBytes, int maxRows, int maxCellChars) {

  public ImportLimits {
    if (maxBytes <= 0) {
      maxBytes = 20L * 1024 * 1024;
    }
    if (maxRows <= 0) {
      maxRows = 50_000;
    }
    if (maxCellChars <= 0) {
      maxCellChars = 1_000;
    }
  }
}
