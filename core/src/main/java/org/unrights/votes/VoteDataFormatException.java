package org.unrights.votes;

import org.unrights.UnrightsException;

/**
 * A roll-call or veto table that cannot be read: names the file, the line, the column and the
 * value seen.
 *
 * <p>Lines and columns count from 1; the line is where the offending row starts. Loaders are
 * all-or-nothing: when this is thrown nothing was loaded.
 */
public class VoteDataFormatException extends UnrightsException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final int column;
  private final String columnName;
  private final String value;

  /**
   * Creates an exception naming where the table is malformed.
   *
   * @param file  the file name, not null
   * @param line  the line, from 1
   * @param column  the column, from 1; 0 when the whole row is at fault
   * @param columnName  the column's header name, or empty
   * @param value  the value seen, or empty
   * @param rule  what was expected, not null
   * @param cause  the underlying error, may be null
   */
  public VoteDataFormatException(String file, long line, int column, String columnName, String value,
      String rule, Throwable cause) {
    super(file + " line " + line + (column > 0 ? ", column " + column
        + (columnName.isEmpty() ? "" : " (" + columnName + ")") : "") + ": " + rule
        + (value.isEmpty() ? "" : ", was '" + value + "'"), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.columnName = columnName;
    this.value = value;
  }

  /**
   * Returns the name of the file.
   *
   * @return the file name, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the line where the offending row starts.
   *
   * @return the line, from 1
   */
  public long line() {
    return line;
  }

  /**
   * Returns the offending column.
   *
   * @return the column, from 1; 0 when the whole row is at fault
   */
  public int column() {
    return column;
  }

  /**
   * Returns the offending column's header name.
   *
   * @return the name, or an empty string when not known
   */
  public String columnName() {
    return columnName;
  }

  /**
   * Returns the value seen.
   *
   * @return the value, or an empty string
   */
  public String value() {
    return value;
  }
}
