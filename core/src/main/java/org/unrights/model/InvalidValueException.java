package org.unrights.model;

import org.unrights.UnrightsException;

/**
 * Thrown when a model value would break one of its invariants; the message names the type, the
 * field and the value seen.
 */
public class InvalidValueException extends UnrightsException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message  the type, field and value at fault; not null
   */
  public InvalidValueException(String message) {
    super(message);
  }

  /**
   * Fails with an {@code InvalidValueException} unless the condition holds.
   *
   * @param condition  the invariant
   * @param type  the value type's simple name
   * @param field  the field at fault
   * @param value  the value seen
   * @param rule  what the field must be, e.g. "must not be negative"
   * @throws InvalidValueException  if {@code condition} is false
   */
  public static void check(boolean condition, String type, String field, Object value, String rule) {
    if (!condition) {
      throw of(type, field, value, rule);
    }
  }

  /**
   * The exception for a field that breaks its rule, for a check whose message is costly to make
   * (a value to box or copy): {@code if (bad) throw InvalidValueException.of(...)} makes it only
   * when the check fails.
   *
   * @param type  the value type's simple name
   * @param field  the field at fault
   * @param value  the value seen
   * @param rule  what the field must be, e.g. "must not be negative"
   * @return the exception, not null
   */
  public static InvalidValueException of(String type, String field, Object value, String rule) {
    return new InvalidValueException(type + "." + field + " " + rule + ", was: " + value);
  }
}
