package org.unrights.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.unrights.UnrightsException;

/**
 * Reads the extractor's data files: UTF-8, tab-separated, {@code #} comment lines and blank lines
 * skipped, the first remaining line a header, every row with the same number of cells.
 */
final class DataTable {

  /** One data row and the line it stands on, for error messages. */
  record Row(int line, String[] cells) {}

  private DataTable() {}

  /**
   * Reads a table from the class path, next to this class.
   *
   * @param resource  the file name, e.g. {@code bodies.tsv}
   * @param columns  the number of cells each row must have
   * @return the data rows, header excluded
   * @throws UnrightsException  if the file is missing or a row has the wrong number of cells
   */
  static List<Row> read(String resource, int columns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UnrightsException("missing class-path resource " + path(resource));
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = false;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new UnrightsException(path(resource) + " line " + lineNumber
              + ": expected " + columns + " tab-separated cells, was " + cells.length + ": '"
              + line + "'");
        }
        if (!header) {
          header = true;
          continue;
        }
        rows.add(new Row(lineNumber, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path(resource), e);
    }
    return rows;
  }

  /**
   * Returns the resource's path, for messages.
   *
   * @param resource  the file name
   * @return {@code org/unrights/extract/<resource>}
   */
  static String path(String resource) {
    return "org/unrights/extract/" + resource;
  }
}
