package org.unrights.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The second pipeline stage: splits a normalised text into sentences.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} (with any closing quotes and brackets)
 * followed by white space and a capital letter, digit, quote or bracket; at a blank line; and at a
 * line break that follows terminal punctuation or precedes a list item ({@code -}, {@code *},
 * {@code •}, {@code 1.}, {@code (a)}). It does not end after an abbreviation ("Dec.", "No. 5",
 * "Mr.", "Art."), after an initial or an initialism ("U.N.", "U.S.", "D.P.R.K.", "B.") or inside
 * a decimal number. A single line break inside a paragraph is treated as a space, so wrapped
 * text stays whole. Sentences longer than {@value #MAX_SENTENCE} characters are cut, so a text
 * without punctuation cannot make one huge sentence.
 *
 * <p>This class is stateless and thread-safe; one pass, no regular expressions.
 */
final class SentenceSplitter {

  /** The longest sentence returned; longer runs are cut at a space. */
  static final int MAX_SENTENCE = 2000;

  private static final Set<String> ABBREVIATIONS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "no", "nos", "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "amb", "art",
      "arts", "para", "paras", "vol", "inc", "ltd", "co", "jr", "sr", "vs", "approx", "cf", "fig",
      "e.g", "i.e", "rev", "corr", "add", "op", "pp", "p", "lt", "col", "gov", "hon", "ref",
      "res", "doc", "sess", "messrs", "ca", "mt", "ft", "est", "dept", "univ");

  /** The characters the loop of {@link #split} stops at, as bits of a mask of the first 64. */
  private static final long STOPS = 1L << '\n' | 1L << '.' | 1L << '!' | 1L << '?' | 1L << ' ';
  /** {@link #STOPS} without the space, which acts only once a sentence is {@value #MAX_SENTENCE} long. */
  private static final long STOPS_BUT_SPACE = STOPS & ~(1L << ' ');

  /** The length of the buffer {@link #split} reads the text through. */
  private static final int CHUNK = 512;

  private SentenceSplitter() {}

  /**
   * Splits a text into sentences.
   *
   * @param text  the normalised text, not null
   * @return the sentences in text order, not null
   */
  static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    boolean paragraph = true;
    int i = start;
    // the loop reads the text through a small buffer, not a copy of the whole text (array reads: no
    // bounds and coder checks of String.charAt per character); it holds the text from bufStart
    char[] buf = new char[Math.min(n, CHUNK)];
    int bufStart = 0;
    int bufEnd = 0;
    while (i < n) {
      if (i >= bufEnd) {
        bufStart = i;
        bufEnd = Math.min(n, i + buf.length);
        text.getChars(bufStart, bufEnd, buf, 0);
      }
      // most characters are none of '\n', '.', '!', '?' and ' ', the only ones the loop acts on; a
      // space acts only from the offset where the sentence reaches MAX_SENTENCE, so before it the
      // loop passes over spaces too
      int k = i - bufStart;
      int end = bufEnd - bufStart;
      int cut = start + MAX_SENTENCE - bufStart;
      long stops = STOPS;
      if (k < cut) {
        stops = STOPS_BUT_SPACE;
        end = Math.min(end, cut);
      }
      // without a branch on the kind of character (a letter, a space, a digit follow each other in
      // no order a predictor can learn): a character of 64 or more masks its bit of stops to 0
      char c;
      while (k < end && ((stops >>> (c = buf[k])) & ((c - 64) >>> 31)) == 0) {
        k++;
      }
      i = bufStart + k;
      if (k == end) {
        continue;
      }
      c = buf[k];
      if (c == '\n') {
        int j = i + 1;
        boolean blank = false;
        while (j < n && Character.isWhitespace(text.charAt(j))) {
          if (text.charAt(j) == '\n') {
            blank = true;
          }
          j++;
        }
        int prev = lastNonSpace(text, start, i);
        boolean endsClause = prev >= start && isTerminal(text.charAt(prev));
        if (blank || endsClause || isListItem(text, j)) {
          emit(out, text, start, i, paragraph);
          paragraph = blank;
          start = j;
          i = j;
          continue;
        }
        i = j;
        continue;
      }
      if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i)) {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        j = skipCitations(text, j);
        emit(out, text, start, j, paragraph);
        paragraph = false;
        start = skipSpace(text, j);
        i = start;
        continue;
      }
      if (i - start >= MAX_SENTENCE && c == ' ') {
        emit(out, text, start, i, paragraph);
        paragraph = false;
        start = skipSpace(text, i);
        i = start;
        continue;
      }
      i++;
    }
    emit(out, text, start, n, paragraph);
    return out;
  }

  /** Skips citation markers after a sentence's end: "interference\u201d.[9][10] By contrast". */
  private static int skipCitations(String text, int j) {
    int n = text.length();
    while (j + 2 < n && text.charAt(j) == '[') {
      int k = j + 1;
      while (k < n && k - j <= 3 && Character.isDigit(text.charAt(k))) {
        k++;
      }
      if (k == j + 1 || k >= n || text.charAt(k) != ']') {
        break;
      }
      j = k + 1;
    }
    return j;
  }

  private static boolean endsSentence(String text, int start, int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n && isCloser(text.charAt(j))) {
      j++;
    }
    j = skipCitations(text, j);
    if (j < n && !Character.isWhitespace(text.charAt(j))) {
      return false; // "U.N.", "3.5", "A/RES/69/188."
    }
    int k = j;
    while (k < n && text.charAt(k) == ' ') {
      k++;
    }
    if (k >= n || text.charAt(k) == '\n') {
      return true;
    }
    char next = text.charAt(k);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\''
        || next == '(' || next == '[')) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    // the word before the period
    int w = i;
    while (w > start && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '('
        && text.charAt(w - 1) != '"') {
      w--;
    }
    String word = text.substring(w, i);
    if (word.isEmpty()) {
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "Sheila B. Keetharuth"
    }
    if (isInitialism(word)) {
      // "U.S." before a capital: usually "U.S. President"; before a digit or quote, an end
      return !Character.isUpperCase(next);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("no") && Character.isUpperCase(next) && k + 1 < n && Character.isLowerCase(text.charAt(k + 1))) {
      return true; // "No. She wrote ...": the answer, not "No. 5"
    }
    if (ABBREVIATIONS.contains(lower)) {
      return false;
    }
    return true;
  }

  /** "U.S", "U.N", "D.P.R.K": letters separated by periods (the last period is the one seen). */
  private static boolean isInitialism(String word) {
    if (word.length() < 3) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      boolean letterSlot = k % 2 == 0;
      if (letterSlot ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return word.length() % 2 == 1;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean isListItem(String text, int j) {
    int n = text.length();
    if (j >= n) {
      return false;
    }
    char c = text.charAt(j);
    if ((c == '-' || c == '*' || c == '\u2022') && j + 1 < n && text.charAt(j + 1) == ' ') {
      return true;
    }
    int k = j;
    while (k < n && k - j < 3 && Character.isDigit(text.charAt(k))) {
      k++;
    }
    if (k > j && k < n && (text.charAt(k) == '.' || text.charAt(k) == ')')) {
      return true;
    }
    return c == '(' && j + 2 < n && Character.isLetterOrDigit(text.charAt(j + 1))
        && (text.charAt(j + 2) == ')' || j + 3 < n && text.charAt(j + 3) == ')')
        || datedEntry(text, j);
  }

  /**
   * True for a line that opens with a date and a dash or colon: an entry of a list of dated events
   * ("2019 – resolution 42/25 – adopted", "October 2016 - The Council ...", "5 July 2012: ...").
   * Reads at most the first 24 characters of the line.
   */
  static boolean datedEntry(String text, int j) {
    int n = text.length();
    int end = Math.min(n, j + 24);
    int k = j;
    while (k < end && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == ' '
        || text.charAt(k) == ',')) {
      k++;
    }
    // the date part ends with a four-digit year and a space before the dash or colon
    int e = k;
    while (e > j && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (k >= end || e - j < 4 || !(text.charAt(k) == '-' || text.charAt(k) == '\u2013'
        || text.charAt(k) == '\u2014' || text.charAt(k) == ':')) {
      return false;
    }
    for (int y = e - 4; y < e; y++) {
      if (!Character.isDigit(text.charAt(y))) {
        return false;
      }
    }
    char first = text.charAt(e - 4);
    return (first == '1' || first == '2') && (e - 4 == j || text.charAt(e - 5) == ' ')
        && (text.charAt(k) == ':' || e < k); // "2019 - ..." (a space before a dash: not "2019-20")
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastNonSpace(String text, int start, int end) {
    int k = end - 1;
    while (k >= start && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k;
  }

  private static void emit(List<Sentence> out, String text, int start, int end, boolean paragraph) {
    int s = skipSpace(text, start);
    int e = lastNonSpace(text, s, Math.min(end, text.length())) + 1;
    if (e > s) {
      out.add(new Sentence(s, e, paragraph));
    }
  }
}
