package org.unrights.corpus;

import java.nio.charset.CharacterCodingException;

/**
 * Bytes that are not UTF-8, with where the first malformed byte sequence begins: its byte offset,
 * and the 1-based line and column (UTF-16 code units) of the character it would have started.
 */
public final class MalformedUtf8Exception extends CharacterCodingException {

  private static final long serialVersionUID = 1L;

  private final int badByte;
  private final int byteOffset;
  private final int line;
  private final int column;

  MalformedUtf8Exception(int badByte, int byteOffset, int line, int column) {
    this.badByte = badByte;
    this.byteOffset = byteOffset;
    this.line = line;
    this.column = column;
  }

  /** @return the first malformed byte, 0-255 */
  public int badByte() {
    return badByte;
  }

  /** @return its offset in the bytes, from 0 */
  public int byteOffset() {
    return byteOffset;
  }

  /** @return the 1-based line it is on */
  public int line() {
    return line;
  }

  /** @return the 1-based column (UTF-16 code units) it is at */
  public int column() {
    return column;
  }

  /** @return "malformed byte 0xF4 at byte offset 10" */
  @Override
  public String getMessage() {
    return String.format(java.util.Locale.ROOT, "malformed byte 0x%02X at byte offset %d", badByte, byteOffset);
  }
}
