package org.unrights.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular-expression search that tries only the positions where a match can begin: the same
 * matches, in the same order, as {@link Matcher#find()} over the whole input, provided that every
 * match of the pattern begins at a position the {@link Start} test accepts.
 *
 * <p>{@code find()} tries a pattern at every position of a sentence; a pattern that opens with a
 * word boundary, a lookbehind or an alternation of words ("\b(?:one|two|...|\d{1,3})") spends
 * most of its time failing at positions where nothing can start. A cheap test of the character
 * there (a digit, the first letters of the alternatives, no word character before a {@code \b})
 * spares those attempts; a table of the ASCII characters a match may begin with spares most
 * calls of the test itself. Each accepted position is tried with {@link Matcher#lookingAt()} on a
 * region from it to the end, with transparent and non-anchoring bounds, so look-behinds and word
 * boundaries see the text before it exactly as {@code find()} does.
 *
 * <pre>{@code
 * StartFilteredMatcher f = StartFilteredMatcher.of(PATTERN, s, Starts.of("0123456789", (x, i) -> true));
 * while (f.find()) {
 *   f.matcher().group(1);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one instance per search, like a {@link Matcher}.
 */
final class StartFilteredMatcher {

  /**
   * Where a pattern's matches may begin: one of a set of ASCII characters (or any non-ASCII
   * character), where a {@link Start} test then agrees. The set is read from a table, so most
   * positions are passed over without calling the test.
   */
  static final class Starts {
    private final boolean[] ascii = new boolean[128];
    private final Start test;
    /** The words of {@link #words}, lower case; null for starts made by {@link #of}. */
    private final String[] lowerWords;

    private Starts(String firsts, Start test, String[] lowerWords) {
      for (int k = 0; k < firsts.length(); k++) {
        ascii[firsts.charAt(k)] = true;
      }
      this.test = test;
      this.lowerWords = lowerWords;
    }

    /**
     * Creates the starts of a pattern.
     *
     * @param firsts  every ASCII character a match may begin with
     * @param test  the test of a position whose character may begin a match, not null
     * @return the starts, not null
     */
    static Starts of(String firsts, Start test) {
      return new Starts(firsts, test, null);
    }

    /**
     * The starts of a pattern that opens with {@code \\b(?:word|word|...)}: a word start that one
     * of the words opens, in either case.
     *
     * @param lowerWords  the pattern's opening words (or their first letters and more), lower case
     * @return the starts, not null
     */
    static Starts words(String... lowerWords) {
      StringBuilder firsts = new StringBuilder();
      for (String w : lowerWords) {
        firsts.append(w.charAt(0)).append(Character.toUpperCase(w.charAt(0)));
      }
      return new Starts(firsts.toString(), (x, i) -> wordStart(x, i) && startsWithIgnoreCase(x, i, lowerWords),
          lowerWords.clone());
    }

    /**
     * Tells whether a match may begin at a position: its character is in the table and the test
     * agrees.
     *
     * @param s  the input
     * @param i  the position, {@code 0 <= i < s.length()}
     * @return false only when no match begins at {@code i}
     */
    boolean allow(CharSequence s, int i) {
      char c = s.charAt(i);
      return (c >= 128 || ascii[c]) && test.canStart(s, i);
    }
  }

  /** Tells whether a match may begin at a position. */
  @FunctionalInterface
  interface Start {
    /**
     * Tells whether a match may begin at a position.
     *
     * @param s  the input
     * @param i  the position, {@code 0 <= i < s.length()}
     * @return false only when no match of the pattern begins at {@code i}
     */
    boolean canStart(CharSequence s, int i);
  }

  /** The pattern, for a matcher made at the first possible start; null when given a matcher. */
  private final Pattern pattern;
  private Matcher matcher;
  private final CharSequence input;
  private final int end;
  private final boolean[] firsts;
  private final Start start;
  /** The positions to try, in ascending order, when the caller listed them; else null. */
  private final int[] positions;
  private final int positionCount;
  private int cursor;
  private int next;

  /**
   * Wraps a matcher over its whole input.
   *
   * @param matcher  a new matcher, not null; its bounds become transparent and non-anchoring
   * @param input  the matcher's input, not null
   * @param starts  where matches may begin, not null
   */
  StartFilteredMatcher(Matcher matcher, CharSequence input, Starts starts) {
    this(matcher, input, 0, input.length(), starts);
  }

  /**
   * Wraps a matcher over a region of its input, as {@code matcher.region(from, to)} with
   * transparent, non-anchoring bounds would search it.
   *
   * @param matcher  a new matcher, not null; its bounds become transparent and non-anchoring
   * @param input  the matcher's input, not null
   * @param from  the start of the region
   * @param to  the end of the region
   * @param starts  where matches may begin, not null
   */
  StartFilteredMatcher(Matcher matcher, CharSequence input, int from, int to, Starts starts) {
    this.pattern = null;
    this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
    this.input = input;
    this.end = to;
    this.next = from;
    this.firsts = starts.ascii;
    this.start = starts.test;
    this.positions = null;
    this.positionCount = 0;
  }

  /**
   * Creates a search of a pattern over an input.
   *
   * @param pattern  the pattern, not null
   * @param input  the input, not null
   * @param starts  where matches may begin, not null
   * @return the search, not null
   */
  static StartFilteredMatcher of(Pattern pattern, CharSequence input, Starts starts) {
    return new StartFilteredMatcher(pattern, input, starts);
  }

  /**
   * {@link #of} over an input with no ASCII capital (a lower-cased sentence). Where the starts are
   * {@link Starts#words words}, the positions to try are found with {@link #startsOf} ({@link
   * String#indexOf(String, int)}, vectorised) and tested as {@link #of} tests them, instead of a
   * test at every character: in such an input a word begins "in either case" only where it begins
   * as written. The same matches, in the same order.
   *
   * @param pattern  the pattern, not null
   * @param lowerInput  the input, without ASCII capitals, not null
   * @param starts  where matches may begin, not null
   * @return the search, not null
   */
  static StartFilteredMatcher ofLowerCase(Pattern pattern, String lowerInput, Starts starts) {
    if (starts.lowerWords == null) {
      return of(pattern, lowerInput, starts);
    }
    int[] positions = startsOf(lowerInput, lowerInput, starts.lowerWords, starts::allow);
    return new StartFilteredMatcher(pattern, lowerInput, positions, positions.length);
  }

  /**
   * The offsets of words in a sentence (found in its lower-case form) where a test holds,
   * ascending, each once.
   *
   * @param s  the sentence, not null
   * @param lowerSentence  the sentence lower-cased character by character, or null to compare in it
   * @param words  the words, lower-case ASCII, not null
   * @param test  the test of each offset a word is found at, not null
   * @return the offsets, not null
   */
  static int[] startsOf(String s, String lowerSentence, String[] words, Start test) {
    int[] out = new int[0];
    for (String w : words) {
      for (int i = AsciiCase.indexOf(s, lowerSentence, 0, s.length(), w, 0); i >= 0;
          i = AsciiCase.indexOf(s, lowerSentence, 0, s.length(), w, i + 1)) {
        if (test.canStart(s, i)) {
          out = addStart(out, i);
        }
      }
    }
    return out;
  }

  /**
   * Adds an offset to ascending offsets, in its place, unless it is there already.
   *
   * @param starts  the offsets, ascending, not null
   * @param i  the offset
   * @return the offsets with {@code i}, ascending (the array given when it held {@code i})
   */
  static int[] addStart(int[] starts, int i) {
    int p = starts.length;
    while (p > 0 && starts[p - 1] > i) {
      p--;
    }
    if (p > 0 && starts[p - 1] == i) {
      return starts;
    }
    int[] out = new int[starts.length + 1];
    System.arraycopy(starts, 0, out, 0, p);
    out[p] = i;
    System.arraycopy(starts, p, out, p + 1, starts.length - p);
    return out;
  }

  /**
   * Creates a search of a pattern over an input that tries only positions the caller has listed,
   * e.g. from one scan of the input that served several patterns: the same matches, in the same
   * order, as {@link Matcher#find()}, provided that every match begins at a listed position.
   *
   * @param pattern  the pattern, not null
   * @param input  the input, not null
   * @param positions  the positions a match may begin at, ascending, each {@code < input.length()}
   * @param count  how many of {@code positions} to read
   * @return the search, not null
   */
  static StartFilteredMatcher at(Pattern pattern, CharSequence input, int[] positions, int count) {
    return new StartFilteredMatcher(pattern, input, positions, count);
  }

  /** A search whose matcher is made only when a position may start a match: making one costs. */
  private StartFilteredMatcher(Pattern pattern, CharSequence input, Starts starts) {
    this.pattern = pattern;
    this.input = input;
    this.end = input.length();
    this.firsts = starts.ascii;
    this.start = starts.test;
    this.positions = null;
    this.positionCount = 0;
  }

  private StartFilteredMatcher(Pattern pattern, CharSequence input, int[] positions, int count) {
    this.pattern = pattern;
    this.input = input;
    this.end = input.length();
    this.firsts = null;
    this.start = null;
    this.positions = positions;
    this.positionCount = count;
  }

  /**
   * Finds the next match, as {@link Matcher#find()} would.
   *
   * @return true when a match was found; its groups are in {@link #matcher()}
   */
  boolean find() {
    if (positions != null) {
      while (cursor < positionCount) {
        int i = positions[cursor++];
        if (i >= next && tryAt(i)) {
          return true;
        }
      }
      next = end;
      return false;
    }
    if (input instanceof String) {
      // the same loop on a String, whose charAt the compiler inlines (CharSequence's is an interface call)
      String text = (String) input;
      for (int i = next; i < end; i++) {
        char c = text.charAt(i);
        if ((c >= 128 || firsts[c]) && start.canStart(text, i) && tryAt(i)) {
          return true;
        }
      }
    } else {
      for (int i = next; i < end; i++) {
        char c = input.charAt(i);
        if ((c >= 128 || firsts[c]) && start.canStart(input, i) && tryAt(i)) {
          return true;
        }
      }
    }
    next = end;
    return false;
  }

  /** Tries the pattern at one position; on a match, the search goes on after it. */
  private boolean tryAt(int i) {
    if (matcher == null) {
      matcher = pattern.matcher(input).useTransparentBounds(true).useAnchoringBounds(false);
    }
    matcher.region(i, end);
    if (matcher.lookingAt()) {
      next = matcher.end() == i ? i + 1 : matcher.end();
      return true;
    }
    return false;
  }

  /**
   * Returns the matcher holding the last match.
   *
   * @return the matcher, not null after {@link #find()} returned true
   */
  Matcher matcher() {
    return matcher;
  }

  /**
   * True when the character before {@code i} cannot end a word, so a {@code \b} before a word
   * character at {@code i} may hold: not an ASCII letter, digit or underscore. (Any other
   * character is left to the pattern, which is exact for every JDK's definition of {@code \b}.)
   *
   * @param s  the input
   * @param i  the position
   * @return false only when {@code \b} cannot hold before a word character at {@code i}
   */
  static boolean wordStart(CharSequence s, int i) {
    if (i == 0) {
      return true;
    }
    char c = s.charAt(i - 1);
    return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
  }

  /**
   * True for the white space {@code \s} means in a pattern: space, tab, line feed, vertical tab,
   * form feed, carriage return.
   *
   * @param c  the character
   * @return whether it is such white space
   */
  static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * True when the text at {@code i} holds the words in order, one or more white-space characters
   * ({@link #space}) apart, ignoring ASCII case: where {@code word1\s+word2\s+...} of a
   * {@link Pattern#CASE_INSENSITIVE} pattern may match.
   *
   * @param s  the input
   * @param i  the position
   * @param lowerWords  lower-case ASCII words
   * @return whether they are at {@code i}
   */
  static boolean words(CharSequence s, int i, String... lowerWords) {
    int k = i;
    for (int w = 0; w < lowerWords.length; w++) {
      if (w > 0) {
        int gap = k;
        while (k < s.length() && space(s.charAt(k))) {
          k++;
        }
        if (k == gap) {
          return false;
        }
      }
      if (!startsWithIgnoreCase(s, k, lowerWords[w])) {
        return false;
      }
      k += lowerWords[w].length();
    }
    return true;
  }

  /**
   * True when an ASCII digit is at {@code i}.
   *
   * @param s  the input
   * @param i  the position
   * @return whether {@code s.charAt(i)} is 0-9
   */
  static boolean digit(CharSequence s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  /**
   * True when the text at {@code i} starts with one of the prefixes, ignoring ASCII case (as a
   * {@link Pattern#CASE_INSENSITIVE} pattern does).
   *
   * @param s  the input
   * @param i  the position
   * @param lowerPrefixes  lower-case ASCII prefixes
   * @return whether one of them is at {@code i}
   */
  static boolean startsWithIgnoreCase(CharSequence s, int i, String... lowerPrefixes) {
    for (String p : lowerPrefixes) {
      int n = p.length();
      if (i + n > s.length()) {
        continue;
      }
      int k = 0;
      while (k < n) {
        char c = s.charAt(i + k);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if (c != p.charAt(k)) {
          break;
        }
        k++;
      }
      if (k == n) {
        return true;
      }
    }
    return false;
  }
}
