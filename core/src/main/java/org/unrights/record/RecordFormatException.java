package org.unrights.record;

import org.unrights.UnrightsException;

/**
 * Thrown when a record file cannot be read or fails validation: it names the file, the entry or
 * field (or line and column for malformed JSON), the rule broken and the value seen.
 */
public class RecordFormatException extends UnrightsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a rule broken by a record's fact.
   *
   * @param file  the record file's name, not null
   * @param where  the entry id and field, e.g. {@code ga-res-69-188.adopted}, not null
   * @param value  the value seen, may be null
   * @param rule  the rule broken, not null
   */
  public RecordFormatException(String file, String where, Object value, String rule) {
    super(file + ": " + where + " " + rule + ", was: " + value);
  }

  /**
   * Creates an exception for a file that cannot be read or parsed.
   *
   * @param message  what went wrong, where, and the value seen; not null
   * @param cause  the underlying failure, may be null
   */
  public RecordFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
