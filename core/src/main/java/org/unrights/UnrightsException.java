package org.unrights;

/**
 * The root of the SDK's exceptions: every error the SDK throws on bad input is one of these.
 *
 * <p>Messages say what was wrong, where (file, line, column, or field) and the value seen.
 */
public class UnrightsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message  what went wrong, where, and the value seen; not null
   */
  public UnrightsException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message  what went wrong, where, and the value seen; not null
   * @param cause  the underlying failure, may be null
   */
  public UnrightsException(String message, Throwable cause) {
    super(message, cause);
  }
}
