package org.unrights.corpus;

/** A 1-based line and column in a text; columns count UTF-16 code units. */
final class TextPosition {

  private final int line;
  private final int column;

  private TextPosition(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** Returns the position of a character offset (clamped to the text). */
  static TextPosition of(CharSequence text, int offset) {
    int end = Math.max(0, Math.min(offset, text.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new TextPosition(line, end - lineStart + 1);
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
