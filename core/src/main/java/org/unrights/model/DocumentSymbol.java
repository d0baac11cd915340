package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A United Nations document symbol, such as {@code A/RES/69/188}, parsed into its parts.
 *
 * <p>A symbol is read with {@link #parse(CharSequence)} and printed by {@link #toString()} in
 * the canonical UN form, so that {@code parse(s.toString()).equals(s)} always holds. Two symbols
 * are equal when their canonical texts are equal.
 *
 * <p>The grammar, element by element, separated by {@code /}:
 * <pre>
 *   symbol   = organ "/" body* [prefix "/"] [period "/"] document suffix*
 *   organ    = "A" | "S" | "E"                  (documents; the GA, the SC, ECOSOC)
 *            | "GA" | "SC"                      (press releases, see below)
 *   n        = digits, no leading zero          (at most 9 digits)
 *   body     = ("C" | "CN" | "Sub" | "WG" | "AC" | "CONF") "." n
 *            | "HRC" | "AC" | "BUR" | "SPC"      e.g. C.3, HRC, HRC/WG.6, CN.4/Sub.2
 *   prefix   = "RES" | "DEC" | "INF"            (A, E; INF only for A)
 *            | "RES" | "PRST"                   (S)
 *   period   = session | "S-" n | "ES-" n       (A: regular, special, emergency special session)
 *            | year                             (S and E: 1940 to 2099)
 *   document = n                                a plain numbered document (REPORT)
 *            | ("L" | "PV" | "SR" | "CRP" | "INF") "." n
 *            | CODE "/" n                       e.g. PRK/1 (working group) or NGO/12 (OTHER)
 *   suffix   = "/Add." n | "/Corr." n | "/Rev." n
 * </pre>
 *
 * <p>Examples: General Assembly and Human Rights Council documents carry a session:
 * {@code A/RES/69/188}, {@code A/C.3/69/L.28/Rev.1}, {@code A/69/PV.73}, {@code A/HRC/RES/25/25},
 * {@code A/HRC/25/CRP.1}, {@code A/HRC/WG.6/6/PRK/1}, special sessions {@code A/RES/S-27/2},
 * {@code A/HRC/RES/S-1/1} and emergency special sessions {@code A/RES/ES-10/19}. Security Council
 * and ECOSOC documents carry a year: {@code S/2014/872}, {@code S/PRST/2014/1},
 * {@code E/CN.4/RES/2004/13}, {@code E/2019/L.1}.
 *
 * <p>Three forms put a parenthesis on the number. A Security Council resolution has its year:
 * {@code S/RES/2504 (2020)}; the year is required, because the number alone is not the symbol.
 * Early General Assembly and ECOSOC resolutions have their session as a roman numeral, with no
 * space: {@code A/RES/377(V)}, {@code E/RES/1503(XLVIII)}, and for special and emergency special
 * sessions {@code A/RES/1875(S-IV)}, {@code A/RES/997(ES-I)}. A resumed Security Council meeting
 * has its resumption: {@code S/PV.7353 (Resumption 1)}.
 *
 * <p>Meeting records ({@code PV}, {@code SR}) may omit the period, as Security Council records
 * and pre-1976 documents do: {@code S/PV.7353}, {@code A/PV.2000}, {@code A/C.3/SR.1000}. A plain
 * number may omit it only directly after the organ, as in the old forms {@code A/9999} and
 * {@code S/25704}, and only when it cannot be read as a session or year: {@code A/69} and
 * {@code S/2014} are rejected as incomplete. Every other document needs its session or year.
 *
 * <p>Body elements come from a fixed vocabulary, so that a typing error such as
 * {@code A/RSE/69/188} is rejected rather than read as a report of an unknown body "RSE".
 *
 * <p>Press releases are modelled with organ {@code GA} or {@code SC}, an optional committee
 * code ({@code SHC}, {@code EF}, {@code L}, {@code DIS}, {@code AB}, {@code SPD}, {@code PAL},
 * {@code COL}) as the body, and a number, series {@link SymbolSeries#PRESS_RELEASE}:
 * {@code GA/11604}, {@code SC/11720}, {@code GA/SHC/4120} (the Third Committee's releases). Other
 * issuers, such as treaty bodies ({@code CCPR/C/...}), the Secretariat ({@code ST/...}) or UN
 * Geneva's Human Rights Council releases, are not supported.
 *
 * <p>Input is normalised where that is unambiguous, and only there: surrounding white space and
 * white space around {@code /} are dropped, keywords and letters are upper-cased ({@code Sub},
 * {@code Add}, {@code Corr}, {@code Rev} keep their UN casing), {@code S/RES/2504(2020)} becomes
 * {@code S/RES/2504 (2020)}, {@code A/RES/377 (V)} becomes {@code A/RES/377(V)} and
 * {@code Rev. 1} becomes {@code Rev.1}. Nothing is guessed: numbers with leading zeros, a Security
 * Council resolution without its year, an unknown organ, body, series or suffix are rejected with an
 * {@link InvalidSymbolException} naming the offending part.
 *
 * <p>The natural order compares canonical texts with runs of digits compared as numbers, so
 * {@code A/RES/69/99} sorts before {@code A/RES/69/188}; it is consistent with {@code equals}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentSymbol implements Comparable<DocumentSymbol> {

  /**
   * A suffix after a symbol's document number: an addendum, a corrigendum or a revision.
   *
   * <p>Printed as {@code Add.1}, {@code Corr.1}, {@code Rev.1}. This record is immutable and
   * thread-safe.
   *
   * @param kind  the kind of suffix, not null
   * @param number  the suffix number, at least 1
   */
  public record Suffix(Kind kind, int number) {

    /** The kind of a {@link Suffix}. */
    public enum Kind {
      /** An addendum, {@code Add.n}. */
      ADD("Add"),
      /** A corrigendum, {@code Corr.n}. */
      CORR("Corr"),
      /** A revision, {@code Rev.n}, which replaces the document it revises. */
      REV("Rev");

      private final String label;

      Kind(String label) {
        this.label = label;
      }

      /**
       * Returns the label as printed in a symbol.
       *
       * @return {@code "Add"}, {@code "Corr"} or {@code "Rev"}, not null
       */
      public String label() {
        return label;
      }
    }

    /**
     * Creates a suffix.
     *
     * @param kind  the kind of suffix, not null
     * @param number  the suffix number, at least 1
     * @throws NullPointerException  if {@code kind} is null
     * @throws InvalidValueException  if {@code number} is less than 1
     */
    public Suffix {
      Objects.requireNonNull(kind, "kind");
      InvalidValueException.check(number >= 1, "Suffix", "number", number, "must be at least 1");
    }

    /**
     * Returns the suffix as printed in a symbol, without the leading {@code /}.
     *
     * @return the suffix, e.g. {@code "Rev.1"}, not null
     */
    @Override
    public String toString() {
      return kind.label() + "." + number;
    }
  }

  private static final int ABSENT = 0;

  private final String organ;
  private final String body;
  private final SymbolSeries series;
  private final int session;
  private final int specialSession;
  private final int emergencySpecialSession;
  private final int year;
  private final int resumption;
  private final String number;
  private final String baseText;
  private final List<Suffix> suffixes;
  private final String text;

  private DocumentSymbol(Parser p, List<Suffix> suffixes) {
    this.organ = p.organ;
    this.body = p.body.isEmpty() ? null : String.join("/", p.body);
    this.series = p.series;
    this.session = p.session;
    this.specialSession = p.specialSession;
    this.emergencySpecialSession = p.emergencySpecialSession;
    this.year = p.year;
    this.resumption = p.resumption;
    this.number = p.number;
    this.baseText = String.join("/", p.canonical);
    this.suffixes = List.copyOf(suffixes);
    this.text = render(baseText, this.suffixes);
  }

  private DocumentSymbol(DocumentSymbol base, List<Suffix> suffixes) {
    this.organ = base.organ;
    this.body = base.body;
    this.series = base.series;
    this.session = base.session;
    this.specialSession = base.specialSession;
    this.emergencySpecialSession = base.emergencySpecialSession;
    this.year = base.year;
    this.resumption = base.resumption;
    this.number = base.number;
    this.baseText = base.baseText;
    this.suffixes = List.copyOf(suffixes);
    this.text = render(baseText, this.suffixes);
  }

  private static String render(String baseText, List<Suffix> suffixes) {
    StringBuilder sb = new StringBuilder(baseText);
    for (Suffix suffix : suffixes) {
      sb.append('/').append(suffix);
    }
    return sb.toString();
  }

  //-----------------------------------------------------------------------
  /**
   * Parses a document symbol, such as {@code A/C.3/69/L.28/Rev.1} or {@code S/RES/2504 (2020)}.
   *
   * <p>The grammar and the normalisation applied are described in the class documentation.
   *
   * @param text  the text to parse, not null
   * @return the parsed symbol, not null
   * @throws NullPointerException  if {@code text} is null
   * @throws InvalidSymbolException  if the text is not a supported symbol; the message names the
   *     offending part
   */
  public static DocumentSymbol parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Parser parser = new Parser(text.toString());
    parser.parse();
    return new DocumentSymbol(parser, parser.suffixes);
  }

  /**
   * Parses a document symbol, returning empty instead of throwing if it is not valid.
   *
   * @param text  the text to parse, not null
   * @return the parsed symbol, or empty if the text is not a supported symbol, not null
   * @throws NullPointerException  if {@code text} is null
   */
  public static Optional<DocumentSymbol> tryParse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      return Optional.of(parse(text));
    } catch (InvalidSymbolException ex) {
      return Optional.empty();
    }
  }

  /**
   * Reads a symbol from its JSON string form.
   *
   * @param text  the JSON string, not null
   * @return the parsed symbol, not null
   * @throws InvalidSymbolException  if the text is not a supported symbol
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static DocumentSymbol fromJson(String text) {
    return parse(text);
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the organ, the first element of the symbol.
   *
   * @return {@code "A"} (General Assembly and its subsidiary bodies, including the Human Rights
   *     Council), {@code "S"} (Security Council), {@code "E"} (ECOSOC and its commissions), or for
   *     press releases {@code "GA"} or {@code "SC"}; not null
   */
  public String organ() {
    return organ;
  }

  /**
   * Returns the body path between the organ and the rest of the symbol.
   *
   * @return the body, e.g. {@code "C.3"}, {@code "HRC"}, {@code "HRC/WG.6"}, {@code "CN.4"},
   *     {@code "SHC"} for a press release; empty for a plenary document such as
   *     {@code A/RES/69/188}; not null
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns the series, the kind of document the symbol names.
   *
   * @return the series, not null
   */
  public SymbolSeries series() {
    return series;
  }

  /**
   * Returns the regular session, for General Assembly, Human Rights Council and early ECOSOC
   * symbols.
   *
   * @return the session, e.g. 69 for {@code A/RES/69/188} and 5 for {@code A/RES/377(V)}; empty
   *     for a special or emergency special session and for symbols that carry a year; not null
   */
  public OptionalInt session() {
    return optional(session);
  }

  /**
   * Returns the special session, for symbols such as {@code A/RES/S-27/2}.
   *
   * @return the special session number, e.g. 27, or empty; not null
   */
  public OptionalInt specialSession() {
    return optional(specialSession);
  }

  /**
   * Returns the emergency special session, for symbols such as {@code A/RES/ES-10/19}.
   *
   * @return the emergency special session number, e.g. 10, or empty; not null
   */
  public OptionalInt emergencySpecialSession() {
    return optional(emergencySpecialSession);
  }

  /**
   * Checks whether the symbol belongs to a special session, such as {@code A/HRC/RES/S-1/1}.
   *
   * <p>Emergency special sessions are not special sessions in this sense; see
   * {@link #isEmergencySpecialSession()}.
   *
   * @return true if the symbol names a special session
   */
  public boolean isSpecialSession() {
    return specialSession != ABSENT;
  }

  /**
   * Checks whether the symbol belongs to an emergency special session of the General Assembly,
   * such as {@code A/RES/ES-10/19}.
   *
   * @return true if the symbol names an emergency special session
   */
  public boolean isEmergencySpecialSession() {
    return emergencySpecialSession != ABSENT;
  }

  /**
   * Returns the year the symbol carries.
   *
   * @return the year, e.g. 2020 for {@code S/RES/2504 (2020)}, 2014 for {@code S/2014/872}, 2004
   *     for {@code E/CN.4/RES/2004/13}; empty for symbols with a session or no period; not null
   */
  public OptionalInt year() {
    return optional(year);
  }

  /**
   * Returns the resumption of a resumed meeting, as in {@code S/PV.7353 (Resumption 1)}.
   *
   * @return the resumption number, or empty; not null
   */
  public OptionalInt resumption() {
    return optional(resumption);
  }

  /**
   * Returns the document number, without series prefix or suffixes.
   *
   * @return the number, e.g. {@code "188"} for {@code A/RES/69/188}, {@code "28"} for
   *     {@code A/C.3/69/L.28/Rev.1}, {@code "7353"} for {@code S/PV.7353}, {@code "PRK/1"} for
   *     {@code A/HRC/WG.6/6/PRK/1}; not null
   */
  public String number() {
    return number;
  }

  /**
   * Returns the document number as an integer, when it is a plain number.
   *
   * @return the number, or empty for a number such as {@code "PRK/1"}; not null
   */
  public OptionalInt numberAsInt() {
    for (int i = 0; i < number.length(); i++) {
      if (!Character.isDigit(number.charAt(i))) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(Integer.parseInt(number));
  }

  /**
   * Returns the suffixes, in the order they appear.
   *
   * @return the suffixes, e.g. {@code [Rev.1, Corr.1]}; empty if none; not null, unmodifiable
   */
  public List<Suffix> suffixes() {
    return suffixes;
  }

  /**
   * Returns the number of the last revision suffix.
   *
   * @return the revision, e.g. 1 for {@code A/C.3/69/L.28/Rev.1} and for
   *     {@code S/2023/123/Rev.1/Corr.1}; empty if there is no {@code Rev.} suffix; not null
   */
  public OptionalInt revision() {
    for (int i = suffixes.size() - 1; i >= 0; i--) {
      if (suffixes.get(i).kind() == Suffix.Kind.REV) {
        return OptionalInt.of(suffixes.get(i).number());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Checks whether the symbol names a draft: a document of limited distribution ({@code L.}),
   * including its revisions, addenda and corrigenda.
   *
   * @return true if the series is {@link SymbolSeries#L}
   */
  public boolean isDraft() {
    return series == SymbolSeries.L;
  }

  /**
   * Checks whether the symbol names a resolution.
   *
   * @return true if the series is {@link SymbolSeries#RES}
   */
  public boolean isResolution() {
    return series == SymbolSeries.RES;
  }

  /**
   * Checks whether the symbol names a meeting record, verbatim ({@code PV}) or summary
   * ({@code SR}).
   *
   * @return true if the series is {@link SymbolSeries#PV} or {@link SymbolSeries#SR}
   */
  public boolean isMeetingRecord() {
    return series == SymbolSeries.PV || series == SymbolSeries.SR;
  }

  /**
   * Checks whether the symbol has any suffix.
   *
   * @return true if there is at least one {@code Add.}, {@code Corr.} or {@code Rev.} suffix
   */
  public boolean hasSuffixes() {
    return !suffixes.isEmpty();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the symbol without its suffixes.
   *
   * @return the base symbol, e.g. {@code A/C.3/69/L.28} for {@code A/C.3/69/L.28/Rev.1/Corr.1};
   *     this symbol if it has no suffixes; not null
   */
  public DocumentSymbol base() {
    return suffixes.isEmpty() ? this : new DocumentSymbol(this, List.of());
  }

  /**
   * Returns a copy naming the given revision of the document this symbol revises.
   *
   * <p>The last {@code Rev.} suffix and everything after it (a corrigendum or addendum to that
   * revision) are replaced by {@code Rev.revision}; with no {@code Rev.} suffix, it is appended.
   * So {@code A/C.3/69/L.28} and {@code A/C.3/69/L.28/Rev.1/Corr.1} both become
   * {@code A/C.3/69/L.28/Rev.2} for revision 2, and {@code A/HRC/25/63/Add.1} becomes
   * {@code A/HRC/25/63/Add.1/Rev.1} for revision 1.
   *
   * @param revision  the revision number, at least 1
   * @return the revised symbol, not null
   * @throws InvalidValueException  if {@code revision} is less than 1
   */
  public DocumentSymbol withRevision(int revision) {
    InvalidValueException.check(
        revision >= 1, "DocumentSymbol", "revision", revision, "must be at least 1");
    int keep = suffixes.size();
    for (int i = suffixes.size() - 1; i >= 0; i--) {
      if (suffixes.get(i).kind() == Suffix.Kind.REV) {
        keep = i;
        break;
      }
    }
    List<Suffix> revised = new ArrayList<>(suffixes.subList(0, keep));
    revised.add(new Suffix(Suffix.Kind.REV, revision));
    return new DocumentSymbol(this, revised);
  }

  //-----------------------------------------------------------------------
  /**
   * Compares symbols in natural order: canonical texts, with runs of digits compared as numbers.
   *
   * <p>So {@code A/RES/69/99} sorts before {@code A/RES/69/188}, and {@code A/RES/69/188} before
   * {@code A/RES/69/188/Corr.1}. The order is consistent with {@code equals}.
   *
   * @param other  the other symbol, not null
   * @return negative, zero or positive as this symbol sorts before, with or after the other
   */
  @Override
  public int compareTo(DocumentSymbol other) {
    String a = text;
    String b = other.text;
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isAsciiDigit(ca) && isAsciiDigit(cb)) {
        int ei = endOfDigits(a, i);
        int ej = endOfDigits(b, j);
        // canonical numbers have no leading zeros, so a longer run is a larger number
        int cmp = ei - i != ej - j
            ? Integer.compare(ei - i, ej - j)
            : a.substring(i, ei).compareTo(b.substring(j, ej));
        if (cmp != 0) {
          return cmp;
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int cmp = Integer.compare(a.length() - i, b.length() - j);
    return cmp != 0 ? cmp : a.compareTo(b);
  }

  private static int endOfDigits(String s, int from) {
    int end = from;
    while (end < s.length() && isAsciiDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Checks whether this symbol equals another: whether their canonical texts are equal.
   *
   * @param obj  the object to compare to, null returns false
   * @return true if the other object is a symbol with the same canonical text
   */
  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof DocumentSymbol && ((DocumentSymbol) obj).text.equals(text));
  }

  /**
   * Returns a hash code of the canonical text.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the symbol in canonical UN form, which is also its JSON form.
   *
   * @return the symbol, e.g. {@code "S/RES/2504 (2020)"}, not null
   */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  private static OptionalInt optional(int value) {
    return value == ABSENT ? OptionalInt.empty() : OptionalInt.of(value);
  }

  //-----------------------------------------------------------------------
  /** One {@code /}-separated element, with its trailing parenthesis split off. */
  private static final class Token {
    final String raw;
    final String core;
    final String paren;

    Token(String raw, String core, String paren) {
      this.raw = raw;
      this.core = core;
      this.paren = paren;
    }
  }

  /** A single-use parser; its fields are the parts of the symbol being read. */
  private static final class Parser {
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern GA_SESSION = Pattern.compile("[1-9][0-9]{0,2}");
    private static final Pattern GA_SPECIAL = Pattern.compile("(ES|S)-([1-9][0-9]{0,2})");
    private static final Pattern YEAR = Pattern.compile("19[4-9][0-9]|20[0-9]{2}");
    private static final Pattern BODY = Pattern.compile("([A-Z]+)(?:\\.([0-9]+))?");
    private static final Pattern DOTTED = Pattern.compile("([A-Z]+)\\.\\s*(.*)");
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,5}");
    private static final Pattern WORD = Pattern.compile("[A-Z]+");
    private static final Pattern PAREN = Pattern.compile("([^()]*?)\\s*\\(([^()]*)\\)");
    private static final Pattern ROMAN_SESSION = Pattern.compile("(ES-|S-)?([IVXLCDM]+)");
    private static final Pattern RESUMPTION = Pattern.compile("RESUMPTION\\s*([1-9][0-9]{0,2})");
    private static final List<String> DOTTED_SERIES = List.of("L", "PV", "SR", "CRP", "INF");
    /** Body elements written with a number, e.g. C.3, CN.4, Sub.2, WG.6, AC.109, CONF.177. */
    private static final List<String> DOTTED_BODIES =
        List.of("C", "CN", "SUB", "WG", "AC", "CONF");
    /** Body elements written alone, e.g. HRC, HRC/AC (the Advisory Committee), BUR. */
    private static final List<String> BARE_BODIES = List.of("HRC", "AC", "BUR", "SPC");
    /** Press release series of General Assembly bodies, e.g. GA/SHC for the Third Committee. */
    private static final List<String> PRESS_BODIES =
        List.of("SHC", "EF", "L", "DIS", "AB", "SPD", "PAL", "COL");
    private static final List<String> KEYWORDS =
        List.of("RES", "DEC", "INF", "PRST", "ADD", "CORR", "REV");

    private final String input;
    private final List<Token> tokens = new ArrayList<>();
    private boolean trailingSlash;
    private int pos;

    String organ;
    final List<String> body = new ArrayList<>();
    final List<String> canonical = new ArrayList<>();
    final List<Suffix> suffixes = new ArrayList<>();
    SymbolSeries series;
    String prefix;
    String number;
    int session;
    int specialSession;
    int emergencySpecialSession;
    int year;
    int resumption;

    Parser(String input) {
      this.input = input;
    }

    void parse() {
      split();
      Token first = tokens.get(0);
      if (first.paren != null) {
        throw fail("unexpected '(" + first.paren + ")' after organ '" + first.core + "'");
      }
      organ = upper(first.core);
      canonical.add(organ);
      pos = 1;
      switch (organ) {
        case "A":
        case "S":
        case "E":
          document();
          break;
        case "GA":
        case "SC":
          pressRelease();
          break;
        default:
          throw fail("unknown organ '" + first.raw + "' (expected A, S, E, GA or SC)");
      }
      suffixes();
      if (trailingSlash) {
        throw fail("trailing '/' after '" + tokens.get(tokens.size() - 1).raw + "'");
      }
    }

    private void split() {
      String s = input.strip();
      if (s.isEmpty()) {
        throw fail("empty symbol");
      }
      String[] parts = s.split("/", -1);
      for (int k = 0; k < parts.length; k++) {
        String raw = parts[k].strip();
        if (raw.isEmpty()) {
          if (k == 0) {
            throw fail("missing organ before '/'");
          }
          if (k == parts.length - 1) {
            trailingSlash = true;
            continue;
          }
          throw fail("empty part after '" + String.join("/", rawsUpTo(parts, k)) + "/'");
        }
        tokens.add(token(raw));
      }
    }

    private static List<String> rawsUpTo(String[] parts, int end) {
      List<String> out = new ArrayList<>();
      for (int k = 0; k < end; k++) {
        out.add(parts[k].strip());
      }
      return out;
    }

    private Token token(String raw) {
      if (raw.indexOf('(') < 0 && raw.indexOf(')') < 0) {
        return new Token(raw, raw, null);
      }
      Matcher m = PAREN.matcher(raw);
      if (!m.matches() || m.group(1).isEmpty()) {
        throw fail("unbalanced or misplaced parentheses in '" + raw + "'");
      }
      return new Token(raw, m.group(1).strip(), m.group(2).strip());
    }

    //-------------------------------------------------------------------
    private void document() {
      while (pos < tokens.size() && isBody(tokens.get(pos))) {
        String b = canonicalBody(tokens.get(pos).core);
        body.add(b);
        canonical.add(b);
        pos++;
      }
      if (pos < tokens.size() && looksLikeUnknownBody(tokens.get(pos))) {
        throw fail("unknown body '" + tokens.get(pos).raw + "' after '"
            + tokens.get(pos - 1).raw + "/' (expected one of C.n, CN.n, Sub.n, WG.n, AC.n, "
            + "CONF.n, HRC, AC, BUR, SPC)");
      }
      if (pos < tokens.size() && tokens.get(pos).paren == null && isPrefix(tokens.get(pos).core)) {
        prefix = upper(tokens.get(pos).core);
        canonical.add(prefix);
        pos++;
      }
      if (pos == tokens.size()) {
        throw missing("number");
      }
      Token t = tokens.get(pos);
      if ("S".equals(organ) && "RES".equals(prefix)) {
        securityCouncilResolution(t);
        pos++;
      } else if ("RES".equals(prefix) && t.paren != null) {
        romanSessionResolution(t);
        pos++;
      } else if (t.paren == null && isPeriod(t.core) && pos + 1 < tokens.size()) {
        period(t.core);
        pos++;
        documentPart(true);
      } else if (prefix != null) {
        if (t.paren == null && isPeriod(t.core)) {
          pos++;
          throw missing("number");
        }
        throw fail("expected " + periodName() + " after '" + prefix + "/', was '" + t.raw + "'");
      } else {
        documentPart(false);
      }
    }

    private boolean isBody(Token t) {
      if (t.paren != null) {
        return false;
      }
      Matcher m = BODY.matcher(upper(t.core));
      if (!m.matches()) {
        return false;
      }
      boolean dotted = m.group(2) != null;
      String letters = m.group(1);
      return dotted ? DOTTED_BODIES.contains(letters) : BARE_BODIES.contains(letters);
    }

    /** Whether a token after the bodies has the shape of a body element but is not one. */
    private boolean looksLikeUnknownBody(Token t) {
      Matcher m = BODY.matcher(upper(t.core));
      if (t.paren != null || !m.matches() || KEYWORDS.contains(m.group(1))) {
        return false;
      }
      return m.group(2) == null || !DOTTED_SERIES.contains(m.group(1));
    }

    private static String canonicalBody(String core) {
      String body = upper(core);
      return body.startsWith("SUB.") ? "Sub" + body.substring(3) : body;
    }

    private boolean isPrefix(String core) {
      String word = upper(core);
      switch (organ) {
        case "A":
          return word.equals("RES") || word.equals("DEC") || word.equals("INF");
        case "E":
          return word.equals("RES") || word.equals("DEC");
        default:
          return word.equals("RES") || word.equals("PRST");
      }
    }

    private boolean isPeriod(String core) {
      if ("A".equals(organ)) {
        return GA_SESSION.matcher(core).matches() || GA_SPECIAL.matcher(upper(core)).matches();
      }
      return YEAR.matcher(core).matches();
    }

    private String periodName() {
      return "A".equals(organ) ? "a session" : "a year";
    }

    private void period(String core) {
      if (!"A".equals(organ)) {
        year = Integer.parseInt(core);
        canonical.add(core);
        return;
      }
      Matcher special = GA_SPECIAL.matcher(upper(core));
      if (special.matches()) {
        int n = Integer.parseInt(special.group(2));
        if (special.group(1).equals("ES")) {
          emergencySpecialSession = n;
        } else {
          specialSession = n;
        }
        canonical.add(special.group(1) + "-" + n);
      } else {
        session = Integer.parseInt(core);
        canonical.add(core);
      }
    }

    private void securityCouncilResolution(Token t) {
      series = SymbolSeries.RES;
      number = requireNumber(t.core, "a resolution number after 'RES/'");
      if (t.paren == null) {
        throw fail("a Security Council resolution needs its year in parentheses, e.g. 'S/RES/"
            + number + " (2020)'");
      }
      if (!YEAR.matcher(t.paren).matches()) {
        throw fail("year '(" + t.paren + ")' after '" + number + "' must be a year from 1940 to 2099");
      }
      year = Integer.parseInt(t.paren);
      canonical.add(number + " (" + year + ")");
    }

    private void romanSessionResolution(Token t) {
      series = SymbolSeries.RES;
      number = requireNumber(t.core, "a resolution number after 'RES/'");
      Matcher m = ROMAN_SESSION.matcher(upper(t.paren));
      int value = m.matches() ? fromRoman(m.group(2)) : ABSENT;
      String kind = m.matches() && m.group(1) != null ? m.group(1) : "";
      if (value == ABSENT || (!kind.isEmpty() && !"A".equals(organ))) {
        throw fail("session '(" + t.paren + ")' after '" + number
            + "' must be a roman numeral, e.g. 'A/RES/377(V)'");
      }
      if (kind.equals("ES-")) {
        emergencySpecialSession = value;
      } else if (kind.equals("S-")) {
        specialSession = value;
      } else {
        session = value;
      }
      canonical.add(number + "(" + kind + toRoman(value) + ")");
    }

    private void documentPart(boolean hasPeriod) {
      Token t = tokens.get(pos);
      String after = tokens.get(pos - 1).raw + "/";
      String core = upper(t.core);
      if (prefix != null) {
        rejectParen(t);
        series = SymbolSeries.valueOf(prefix);
        number = requireNumber(t.core, "a number after '" + after + "'");
        canonical.add(number);
        pos++;
        return;
      }
      if (DIGITS.matcher(core).matches()) {
        rejectParen(t);
        if (!hasPeriod && isPeriod(t.core) && pos + 1 == tokens.size()) {
          // S/2014 or A/69: a session or year without its document number, never an old symbol
          pos++;
          throw missing("number");
        }
        if (!hasPeriod && !body.isEmpty()) {
          throw fail("expected " + periodName() + " before '" + t.raw + "'");
        }
        number = requireNumber(core, "a document number after '" + after + "'");
        series = isWorkingGroup() ? SymbolSeries.WG : SymbolSeries.REPORT;
        canonical.add(number);
        pos++;
        return;
      }
      Matcher dotted = DOTTED.matcher(core);
      if (dotted.matches()) {
        String letters = dotted.group(1);
        if (suffixKind(letters) != null) {
          throw fail("missing document number before '" + t.raw + "'");
        }
        if (!DOTTED_SERIES.contains(letters)) {
          throw fail("unknown series '" + t.raw + "' (expected L., PV., SR., CRP. or INF.)");
        }
        if (!NUMBER.matcher(dotted.group(2)).matches()) {
          throw fail("series '" + t.raw + "' needs a number, e.g. '" + letters + ".1'");
        }
        series = SymbolSeries.valueOf(letters);
        if (!hasPeriod && series != SymbolSeries.PV && series != SymbolSeries.SR) {
          throw fail("expected " + periodName() + " before '" + t.raw + "'");
        }
        number = dotted.group(2);
        String printed = letters + "." + number;
        if (t.paren != null) {
          Matcher r = RESUMPTION.matcher(upper(t.paren));
          if (series != SymbolSeries.PV || !r.matches()) {
            throw fail("unexpected '(" + t.paren + ")' after '" + printed + "'");
          }
          resumption = Integer.parseInt(r.group(1));
          printed += " (Resumption " + resumption + ")";
        }
        canonical.add(printed);
        pos++;
        return;
      }
      if (hasPeriod && t.paren == null && CODE.matcher(core).matches() && !KEYWORDS.contains(core)
          && pos + 1 < tokens.size()) {
        Token next = tokens.get(pos + 1);
        rejectParen(next);
        number = core + "/" + requireNumber(next.core, "a number after '" + t.raw + "/'");
        series = isWorkingGroup() ? SymbolSeries.WG : SymbolSeries.OTHER;
        canonical.add(number);
        pos += 2;
        return;
      }
      if (t.core.endsWith(".")) {
        throw fail("series '" + t.raw + "' needs a number");
      }
      throw fail("expected a document number after '" + after + "', was '" + t.raw + "'");
    }

    private boolean isWorkingGroup() {
      return !body.isEmpty() && body.get(body.size() - 1).startsWith("WG.");
    }

    //-------------------------------------------------------------------
    private void pressRelease() {
      while (pos < tokens.size() && tokens.get(pos).paren == null
          && PRESS_BODIES.contains(upper(tokens.get(pos).core))) {
        String b = upper(tokens.get(pos).core);
        body.add(b);
        canonical.add(b);
        pos++;
      }
      if (pos == tokens.size()) {
        throw missing("number");
      }
      Token t = tokens.get(pos);
      rejectParen(t);
      series = SymbolSeries.PRESS_RELEASE;
      number = requireNumber(t.core,
          "a press release number after '" + tokens.get(pos - 1).raw + "/'");
      canonical.add(number);
      pos++;
    }

    //-------------------------------------------------------------------
    private void suffixes() {
      for (; pos < tokens.size(); pos++) {
        Token t = tokens.get(pos);
        rejectParen(t);
        String core = upper(t.core);
        Matcher dotted = DOTTED.matcher(core);
        Suffix.Kind kind = suffixKind(dotted.matches() ? dotted.group(1) : core);
        if (kind == null) {
          if (WORD.matcher(core).matches() || dotted.matches()) {
            throw fail("unknown suffix '" + t.raw + "' (expected Add.n, Corr.n or Rev.n)");
          }
          throw fail("unexpected '" + t.raw + "' after '" + tokens.get(pos - 1).raw + "/'");
        }
        if (!dotted.matches() || !NUMBER.matcher(dotted.group(2)).matches()) {
          throw fail("suffix '" + t.raw + "' needs a number, e.g. '" + kind.label() + ".1'");
        }
        suffixes.add(new Suffix(kind, Integer.parseInt(dotted.group(2))));
      }
    }

    private static Suffix.Kind suffixKind(String letters) {
      switch (letters) {
        case "ADD":
          return Suffix.Kind.ADD;
        case "CORR":
          return Suffix.Kind.CORR;
        case "REV":
          return Suffix.Kind.REV;
        default:
          return null;
      }
    }

    //-------------------------------------------------------------------
    private String requireNumber(String core, String what) {
      if (NUMBER.matcher(core).matches()) {
        return core;
      }
      if (DIGITS.matcher(core).matches()) {
        throw fail("number '" + core + "' must not have leading zeros or more than 9 digits");
      }
      throw fail("expected " + what + ", was '" + core + "'");
    }

    private void rejectParen(Token t) {
      if (t.paren != null) {
        throw fail("unexpected '(" + t.paren + ")' after '" + t.core + "'");
      }
    }

    private InvalidSymbolException missing(String what) {
      String last = tokens.get(Math.min(pos, tokens.size()) - 1).raw;
      return fail("missing " + what + " after '" + last + (trailingSlash ? "/'" : "'"));
    }

    private InvalidSymbolException fail(String message) {
      return new InvalidSymbolException(input, message);
    }

    private static String upper(String s) {
      return s.toUpperCase(Locale.ROOT);
    }

    //-------------------------------------------------------------------
    private static final int[] ROMAN_VALUES = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    /** Returns the value of a canonical roman numeral from I to CXCIX, or ABSENT. */
    private static int fromRoman(String roman) {
      int value = 0;
      int i = 0;
      for (int k = 0; k < ROMAN_VALUES.length; k++) {
        while (roman.startsWith(ROMAN_DIGITS[k], i)) {
          value += ROMAN_VALUES[k];
          i += ROMAN_DIGITS[k].length();
        }
      }
      if (i != roman.length() || value == 0 || !toRoman(value).equals(roman)) {
        return ABSENT;
      }
      return value;
    }

    private static String toRoman(int value) {
      StringBuilder sb = new StringBuilder();
      int rest = value;
      for (int k = 0; k < ROMAN_VALUES.length; k++) {
        while (rest >= ROMAN_VALUES[k]) {
          sb.append(ROMAN_DIGITS[k]);
          rest -= ROMAN_VALUES[k];
        }
      }
      return sb.toString();
    }
  }
}
