package org.unrights.extract;

/**
 * The first pipeline stage: rewrites a text so that later stages see one form of quotes, dashes
 * and white space, while every offset stays valid in the original text.
 *
 * <p>The rewrite is character for character, so the normalised text has exactly the original's
 * length and an offset in one is the same offset in the other: curly and other typographic quotes
 * become {@code '} or {@code "}, every dash and minus sign becomes {@code -}, every Unicode space
 * (no-break, thin, ideographic...) becomes a plain space, and control characters other than line
 * breaks and tabs (as found in binary junk) become spaces, as do format characters (a byte order
 * mark, a zero-width space); the carriage return of a Windows line end (CR LF) becomes a space, so
 * that the line end is one line break and not a blank line, and a lone CR is a line break.
 *
 * <p>This class is stateless and thread-safe.
 */
final class TextNormalizer {

  private TextNormalizer() {}

  /**
   * Normalises a text character for character.
   *
   * @param text  the text, not null
   * @return the normalised text, of the same length, not null
   */
  static String normalize(CharSequence text) {
    int n = text.length();
    if (text instanceof String) {
      String str = (String) text;
      int i = 0;
      while (i < n) {
        char c = str.charAt(i);
        if (c >= 0x20 && c < 0x7F || c == '\n') {
          i++;
        } else {
          break;
        }
      }
      if (i == n) {
        return str; // plain printable ASCII: already normal, no copy
      }
      // the printable ASCII prefix is already normal: copy it, rewrite from the first other character
      char[] out = str.toCharArray();
      for (int k = i; k < n; k++) {
        char c = out[k];
        if (c < 0x20 || c >= 0x7F) {
          // a Windows line end (CR LF) is one line break, not two: the CR becomes a space
          out[k] = c == '\r' && k + 1 < n && out[k + 1] == '\n' ? ' ' : normalize(c);
        }
      }
      return new String(out);
    }
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // a Windows line end (CR LF) is one line break, not two: the CR becomes a space
      out[i] = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? ' ' : normalize(c);
    }
    return new String(out);
  }

  /**
   * A text normalised by {@link #normalize(CharSequence)}, with its lower case and its characters.
   *
   * @param text  the normalised text: the input itself when that was already normal
   * @param lower  the normalised text lower-cased one character at a time ({@link
   *     AsciiCase#lower(char)}), so that an offset into it is an offset into {@code text}
   * @param chars  the characters of {@code text}, to be read, never written
   */
  record Normalized(String text, String lower, char[] chars) {}

  /**
   * {@link #normalize(CharSequence)} and the lower case of its result, made in one pass.
   *
   * @param text  the text, not null
   * @return the normal text, its lower case and its characters, not null
   */
  static Normalized normalizeAndLower(CharSequence text) {
    String str = text.toString();
    int n = str.length();
    char[] out = str.toCharArray();
    char[] low = new char[n];
    boolean changed = false;
    for (int k = 0; k < n; k++) {
      char c = out[k];
      if (c < 0x7F && (c >= 0x20 || c == '\n')) {
        low[k] = AsciiCase.lower(c);
        continue;
      }
      // a Windows line end (CR LF) is one line break, not two: the CR becomes a space
      char normal = c == '\r' && k + 1 < n && out[k + 1] == '\n' ? ' ' : normalize(c);
      changed |= normal != c;
      out[k] = normal;
      low[k] = AsciiCase.lower(normal);
    }
    return new Normalized(changed ? new String(out) : str, new String(low), out);
  }

  /**
   * Normalises one character.
   *
   * @param c  the character
   * @return its normal form
   */
  static char normalize(char c) {
    if (c < 0x80) {
      if (c < 0x20 && c != '\n' && c != '\t') {
        return c == '\r' ? '\n' : ' ';
      }
      return c == '\t' ? ' ' : c;
    }
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u00B4':
      case '\u02BC': case '\uFF07':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
      case '\u2033': case '\uFF02':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
        return '-';
      case '\u2026':
        return '.';
      case '\u2028': case '\u2029': case '\u0085':
        return '\n';
      default:
        if (Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\uFFFD'
            || Character.getType(c) == Character.FORMAT) { // a byte order mark, a zero-width space
          return ' ';
        }
        return c;
    }
  }
}
