package org.unrights.model;

import org.unrights.UnrightsException;

/**
 * Thrown when a UN document symbol cannot be parsed; the message names the offending part.
 */
public class InvalidSymbolException extends UnrightsException {
  private static final long serialVersionUID = 1L;
  private final String symbol;

  /**
   * Creates the exception.
   *
   * @param symbol  the text that failed to parse, not null
   * @param message  which part is wrong and why, not null
   */
  public InvalidSymbolException(String symbol, String message) {
    super("invalid document symbol '" + symbol + "': " + message);
    this.symbol = symbol;
  }

  /**
   * Returns the text that failed to parse.
   *
   * @return the symbol as given, not null
   */
  public String symbol() {
    return symbol;
  }
}
