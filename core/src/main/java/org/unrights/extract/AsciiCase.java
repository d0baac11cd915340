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

  /**
   * Finds where a word may be in a sentence, looked up in the sentence's lower-case text when
   * there is one ({@link String#indexOf(String, int)}, far faster than comparing at each offset):
   * called again from the offset after each answer, it returns every offset where the word is in
   * ASCII letters of any case, and perhaps others (where a non-ASCII letter lower-cases to an
   * ASCII one, or, without the lower-case text, where {@link #regionMatches} holds), so the caller
   * checks each answer.
   *
   * @param text  the text, not null
   * @param lowerSentence  the sentence lower-cased character by character (each character at its
   *     offset in the sentence), or null to compare in the text
   * @param sentenceStart  the sentence's start in the text
   * @param sentenceEnd  the sentence's end in the text
   * @param word  a word in lower-case ASCII, not null
   * @param from  the first offset in the text the word may start at
   * @return an offset in the text, at or after {@code from}, where the word ends by the sentence's
   *     end, or -1
   */
  static int indexOf(String text, String lowerSentence, int sentenceStart, int sentenceEnd, String word,
      int from) {
    if (lowerSentence == null) {
      return indexOf(text, word, from, sentenceEnd);
    }
    int r = lowerSentence.indexOf(word, from - sentenceStart);
    return r < 0 ? -1 : sentenceStart + r;
  }

  /**
   * Lower-cases part of a text character by character (ASCII letters directly, others with
   * {@link Character#toLowerCase(char)}), so each character keeps its offset: the lower-case
   * sentence {@link #indexOf(String, String, int, int, String, int)} looks words up in.
   *
   * @param text  the text, not null
   * @param from  the start of the part
   * @param to  the end of the part
   * @return the part, lower-cased, as long as it is
   */
  static String lowerCase(String text, int from, int to) {
    char[] chars = new char[to - from];
    for (int i = from; i < to; i++) {
      chars[i - from] = lower(text.charAt(i));
    }
    return new String(chars);
  }
  /**
   * One character lower-cased as {@link #lowerCase} lowers it: ASCII letters directly, others with
   * {@link Character#toLowerCase(char)}.
   *
   * @param c  the character
   * @return its lower case
   */
  static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c >= 128 ? Character.toLowerCase(c) : c;
  }

}
