package org.unrights.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;

/**
 * The pipeline stage that finds UN document symbols: candidate tokens ("A/RES/69/188",
 * "A/C.3/69/L.28/Rev.1", "S/2014/348", "S/RES/2139 (2014)") checked with
 * {@link DocumentSymbol#tryParse}, and resolution numbers written in prose ("resolution 2139
 * (2014)", "resolution 69/188", "resolution 25/25") completed by the body that adopted them.
 *
 * <p>This class is stateless and thread-safe.
 */
final class SymbolFinder {

  /**
   * A symbol found in the text.
   *
   * @param start  the offset of the first character
   * @param end  the offset just past the last character
   * @param symbol  the parsed symbol
   */
  record Found(int start, int end, DocumentSymbol symbol) {}

  // Each pattern below is searched only from the positions its *_STARTS (below) allow:
  // a pattern that gains an alternative opening with another word must have its starts widened.
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![\\p{L}\\d/])(?:A|S|E|GA|SC)/[A-Za-z0-9.\\-/]{1,60}(?:\\s?\\((?:\\d{4}|[IVXLS\\-]{1,8})\\))?");
  private static final Pattern SC_RESOLUTION = Pattern.compile(
      "\\b[Rr]esolutions?\\s+(\\d{1,4})\\s*\\(((?:19|20)\\d\\d)\\)");
  private static final Pattern SESSION_RESOLUTION = Pattern.compile(
      "\\b[Rr]esolutions?\\s+(S-)?(\\d{1,2}|(?:19|20)\\d\\d)/(\\d{1,3})\\b");

  // where each pattern's matches may begin: CANDIDATE where candidateStart holds, the prose
  // patterns where resolutionStart does (see StartFilteredMatcher); the offsets to test are found
  // from the slashes and "esolution"s of the sentence (see candidateStarts, resolutionStarts)

  private SymbolFinder() {}

  /**
   * Finds the symbols of one sentence.
   *
   * @param text  the normalised text, not null
   * @param from  the sentence's start
   * @param to  the sentence's end
   * @param body  the body the sentence is about, used to complete prose resolution numbers
   * @return the symbols in text order, not null
   */
  static List<Found> find(String text, int from, int to, Optional<Body> body) {
    List<Found> out = new ArrayList<>();
    // the sentence is copied first: String.indexOf finds a character or a word in it far faster
    // than a loop over the characters, and only in the sentence
    String s = text.substring(from, to);
    boolean slash = s.indexOf('/') >= 0;
    if (!slash && s.indexOf('(') < 0) {
      return out;
    }
    int[] resolutions = resolutionStarts(s);
    boolean prose = resolutions.length > 0; // "resolution" or "Resolution"
    int[] candidates = slash ? candidateStarts(s) : new int[0];
    StartFilteredMatcher f = StartFilteredMatcher.at(CANDIDATE, s, candidates, candidates.length);
    while (slash && f.find()) {
      Matcher m = f.matcher();
      String candidate = m.group();
      int end = m.end();
      while (!candidate.isEmpty()) {
        Optional<DocumentSymbol> parsed = DocumentSymbol.tryParse(candidate);
        if (parsed.isPresent()) {
          out.add(new Found(from + m.start(), from + m.start() + candidate.length(), parsed.get()));
          break;
        }
        int cut = Math.max(candidate.lastIndexOf('.'), Math.max(candidate.lastIndexOf(','),
            Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('/'))));
        if (cut <= 1) {
          break;
        }
        candidate = candidate.substring(0, cut);
      }
      if (end <= 0) {
        break;
      }
    }
    f = StartFilteredMatcher.at(SC_RESOLUTION, s, resolutions, resolutions.length);
    while (prose && f.find()) {
      Matcher sc = f.matcher();
      Optional<DocumentSymbol> sym = DocumentSymbol.tryParse("S/RES/" + sc.group(1) + " (" + sc.group(2) + ")");
      if (sym.isPresent()) {
        add(out, from, sc, sym.get());
      }
    }
    f = StartFilteredMatcher.at(SESSION_RESOLUTION, s, resolutions, resolutions.length);
    while (prose && slash && f.find()) {
      Matcher m = f.matcher();
      String session = (m.group(1) == null ? "" : m.group(1)) + m.group(2);
      String number = m.group(3);
      Optional<String> symbol = Optional.empty();
      Body b = body.orElse(null);
      if (m.group(2).length() == 4) {
        symbol = Optional.of("E/CN.4/RES/" + session + "/" + number);
      } else if (b == Body.HRC) {
        symbol = Optional.of("A/HRC/RES/" + session + "/" + number);
      } else if (b == Body.GA || b == Body.GA_THIRD_COMMITTEE) {
        symbol = Optional.of("A/RES/" + session + "/" + number);
      }
      Optional<DocumentSymbol> parsed = symbol.flatMap(DocumentSymbol::tryParse);
      if (parsed.isPresent()) {
        add(out, from, m, parsed.get());
      }
    }
    out.sort((a, b2) -> Integer.compare(a.start(), b2.start()));
    return out;
  }

  /**
   * The offsets where {@link #CANDIDATE} may begin: one or two characters before a slash, where
   * {@link #candidateStart} holds.
   *
   * @param s  the sentence
   * @return the offsets, ascending
   */
  private static int[] candidateStarts(String s) {
    int[] out = new int[8];
    int n = 0;
    for (int j = s.indexOf('/'); j >= 0; j = s.indexOf('/', j + 1)) {
      for (int i = Math.max(0, j - 2); i < j; i++) {
        if ((n == 0 || out[n - 1] < i) && candidateStart(s, i)) {
          if (n == out.length) {
            out = Arrays.copyOf(out, 2 * n);
          }
          out[n++] = i;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The offsets where the prose patterns may begin: an "r" or "R" before "esolution", which they
   * need in lower case.
   *
   * @param s  the sentence
   * @return the offsets, ascending
   */
  private static int[] resolutionStarts(String s) {
    int[] out = new int[0];
    for (int j = s.indexOf("esolution", 1); j >= 0; j = s.indexOf("esolution", j + 1)) {
      if (resolutionStart(s, j - 1)) {
        out = Arrays.copyOf(out, out.length + 1);
        out[out.length - 1] = j - 1;
      }
    }
    return out;
  }

  /** Where {@link #CANDIDATE} may match: "A/", "S/", "E/", "GA/" or "SC/". */
  private static boolean candidateStart(CharSequence s, int i) {
    char c = s.charAt(i);
    int n = s.length();
    if ((c == 'A' || c == 'S' || c == 'E') && i + 1 < n && s.charAt(i + 1) == '/') {
      return true;
    }
    return (c == 'G' && i + 2 < n && s.charAt(i + 1) == 'A' || c == 'S' && i + 2 < n && s.charAt(i + 1) == 'C')
        && s.charAt(i + 2) == '/';
  }

  /** Where the prose patterns may match: "resolution" or "Resolution". */
  private static boolean resolutionStart(CharSequence s, int i) {
    char c = s.charAt(i);
    return (c == 'r' || c == 'R') && StartFilteredMatcher.startsWithIgnoreCase(s, i + 1, "esolution");
  }

  private static void add(List<Found> out, int from, Matcher m, DocumentSymbol symbol) {
    int start = from + m.start();
    int end = from + m.end();
    for (Found f : out) {
      if (f.start() < end && start < f.end()) {
        return;
      }
    }
    out.add(new Found(start, end, symbol));
  }
}
