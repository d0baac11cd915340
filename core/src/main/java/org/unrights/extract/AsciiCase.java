package org.unrights.extract;

/**
 * Case-insensitive comparison of a text with a lower-case ASCII word, with the answer of
 * {@link String#regionMatches(boolean, int, String, int, int)} and without its per-character
 * case mapping: ASCII characters are compared directly, and at the first other character the
 * comparison is left to {@code regionMatches} itself (some non-ASCII characters match ASCII
 * letters there, e.g. the long s matches {@code s}).
 *
 * <p>This class is stateless and thread-safe.
 */
final class AsciiCase {

  private AsciiCase() {}

  /**
   * Tells whether the text at an offset starts with a word, ignoring case; the same answer as
   * {@code text.regionMatches(true, at, word, 0, word.length())}.
   *
   * @param text  the text, not null
   * @param at  the offset in the text (out of range: false)
   * @param word  a word in lower-case ASCII, not null
   * @return whether the word is at {@code at}
   */
  static boolean regionMatches(String text, int at, String word) {
    int n = word.length();
    if (at < 0 || at > text.length() - n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      char c = text.charAt(at + k);
      char w = word.charAt(k);
      if (c == w) {
        continue;
      }
      if (c >= 128) {
        return text.regionMatches(true, at, word, 0, n);
      }
      if (c < 'A' || c > 'Z' || c + 32 != w) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds a word between two offsets, ignoring case as {@link #regionMatches} does.
   *
   * @param text  the text, not null
   * @param word  a word in lower-case ASCII, not null
   * @param from  the first offset the word may start at
   * @param to  the offset the word must end by
   * @return the offset of the first occurrence that lies wholly between them, or -1
   */
  static int indexOf(String text, String word, int from, int to) {
    for (int i = Math.max(0, from), last = Math.min(to, text.length()) - word.length(); i <= last; i++) {
      if (regionMatches(text, i, word)) {
        return i;
      }
    }
    return -1;
  }
}
