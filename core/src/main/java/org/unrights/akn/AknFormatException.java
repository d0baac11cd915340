package org.unrights.akn;

import org.unrights.UnrightsException;

/**
 * An AKN4UN or data-extract file that cannot be read: malformed or truncated XML, a forbidden
 * DOCTYPE, invalid JSON, or a required element or field missing or unreadable.
 *
 * <p>The message names the file, the line and column (1-based; 0 when unknown) and the value seen.
 */
public class AknFormatException extends UnrightsException {
  private static final long serialVersionUID = 1L;

  /** The file that could not be read. */
  private final String file;
  /** The 1-based line, 0 when unknown. */
  private final int line;
  /** The 1-based column, 0 when unknown. */
  private final int column;

  /**
   * Creates an exception.
   *
   * @param file  the file name, not null
   * @param line  the 1-based line, 0 when unknown
   * @param column  the 1-based column, 0 when unknown
   * @param problem  what is wrong, with the value seen, not null
   * @param cause  the underlying failure, may be null
   */
  public AknFormatException(String file, int line, int column, String problem, Throwable cause) {
    super(file + ":" + line + ":" + column + ": " + problem, cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * Creates an exception without a cause.
   *
   * @param file  the file name, not null
   * @param line  the 1-based line, 0 when unknown
   * @param column  the 1-based column, 0 when unknown
   * @param problem  what is wrong, with the value seen, not null
   */
  public AknFormatException(String file, int line, int column, String problem) {
    this(file, line, column, problem, null);
  }

  /**
   * Returns the file that could not be read.
   *
   * @return the file name, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the 1-based line, 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem.
   *
   * @return the 1-based column, 0 when unknown
   */
  public int column() {
    return column;
  }
}
