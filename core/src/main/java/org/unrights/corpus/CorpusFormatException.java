package org.unrights.corpus;

import java.util.Objects;
import java.util.OptionalInt;
import org.unrights.UnrightsException;

/**
 * A corpus could not be loaded: a file is missing, malformed, not UTF-8, or a quote, offset or
 * reference in it does not hold.
 *
 * <p>The message starts with the place, {@code FILE:LINE:COLUMN: }, followed by what was wrong
 * and the value seen, e.g.
 * {@code 000_x.txt:12:40: quote does not match the text at [612,640) ...}. Line and column are
 * 1-based; for JSON files they are Jackson's location, for text files the position of the
 * offset in the text (columns count UTF-16 code units). When no position applies (an empty
 * folder), only the file is named.
 *
 * <p>Loading is all or nothing: when this is thrown, no dossier was returned.
 */
public class CorpusFormatException extends UnrightsException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  /**
   * Creates an exception for a position in a file.
   *
   * @param file  the file name (or path) as the user gave it, not null
   * @param line  the 1-based line, or 0 when not applicable
   * @param column  the 1-based column, or 0 when not applicable
   * @param message  what was wrong and the value seen, not null
   */
  public CorpusFormatException(String file, int line, int column, String message) {
    this(file, line, column, message, null);
  }

  /**
   * Creates an exception for a position in a file, with its cause.
   *
   * @param file  the file name (or path), not null
   * @param line  the 1-based line, or 0 when not applicable
   * @param column  the 1-based column, or 0 when not applicable
   * @param message  what was wrong and the value seen, not null
   * @param cause  the underlying failure, may be null
   */
  public CorpusFormatException(String file, int line, int column, String message, Throwable cause) {
    super(place(file, line, column) + ": " + Objects.requireNonNull(message, "message"), cause);
    this.file = file;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
  }

  private static String place(String file, int line, int column) {
    Objects.requireNonNull(file, "file");
    if (line <= 0) {
      return file;
    }
    return file + ":" + line + (column > 0 ? ":" + column : "");
  }

  /**
   * Returns the file the error is in.
   *
   * @return the file name or path, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line of the error.
   *
   * @return the line, or empty when the error is about the file as a whole
   */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * Returns the 1-based column of the error.
   *
   * @return the column, or empty when not known
   */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }
}
