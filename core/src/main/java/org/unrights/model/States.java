package org.unrights.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The registry of states: the 193 UN member states, the 2 observer states and the former members
 * that appear in UN voting records, with their codes, UN names, aliases and demonyms.
 *
 * <p>The registry is the project's own table {@code org/unrights/model/states.tsv}, read from the
 * class path once, lazily, on first use. Every lookup is exact: an unknown name gives
 * {@code Optional.empty()}, never a guess.
 *
 * <p>Name lookups ({@link #byName}, {@link #byDemonym}, {@link #byCapital}) compare normalised
 * text: accents are removed (Unicode NFD, combining marks dropped), case is ignored, runs of
 * white space count as one space, {@code ’ ‘ `} count as {@code '}, {@code &} counts as
 * {@code and}, spaces around a hyphen are ignored ("Congo - Brazzaville") and a leading "the" is
 * dropped. So "Côte d’Ivoire", "cote d'ivoire" and "COTE D'IVOIRE" are the same name.
 *
 * <pre>{@code
 * States.require("North Korea");        // PRK
 * States.byCode("KP");                  // Optional[PRK]
 * States.byName("TÜRKİYE");             // Optional[TUR]
 * States.byCapital("Pyongyang");        // Optional[PRK], metonymy made explicit
 * States.byName("Pyongyang");           // Optional.empty(): capitals are not names
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class States {

  /** The class-path location of the registry's table. */
  static final String RESOURCE = "states.tsv";

  private static final List<String> HEADER = List.of(
      "alpha3", "alpha2", "m49", "status", "short_name", "formal_name", "capital", "aliases",
      "demonyms");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern SPACED_HYPHEN = Pattern.compile(" ?- ?");
  private static final Pattern LETTERS_2 = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern LETTERS_3 = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}");

  private States() {}

  /** Holder idiom: the JVM loads the table once, on first use, with safe publication. */
  private static final class Registry {
    static final Registry INSTANCE = load();

    final List<State> all;
    final List<State> members;
    final List<State> observers;
    final List<State> formerMembers;
    final List<State> permanent;
    final Map<String, State> alpha3 = new HashMap<>();
    final Map<String, State> alpha2 = new HashMap<>();
    final Map<String, State> m49 = new HashMap<>();
    final Map<String, State> names = new HashMap<>();
    final Map<String, State> demonyms = new HashMap<>();
    final Map<String, State> capitals = new HashMap<>();

    private Registry(List<State> states) {
      this.all = List.copyOf(states);
      this.members = withStatus(StateStatus.MEMBER);
      this.observers = withStatus(StateStatus.OBSERVER);
      this.formerMembers = withStatus(StateStatus.FORMER_MEMBER);
      for (State state : all) {
        putUnique(alpha3, "alpha3", state.alpha3(), state);
        state.alpha2().ifPresent(code -> putUnique(alpha2, "alpha2", code, state));
        state.m49().ifPresent(code -> putUnique(m49, "m49", code, state));
        putName(names, "name", state.shortName(), state);
        putName(names, "name", state.formalName(), state);
        state.aliases().forEach(alias -> putName(names, "name", alias, state));
        state.demonyms().forEach(demonym -> putName(demonyms, "demonym", demonym, state));
      }
      // current states first, so "Moscow" is the Russian Federation's capital, not the USSR's
      for (State state : all) {
        if (state.status() != StateStatus.FORMER_MEMBER) {
          state.capital().ifPresent(capital -> putName(capitals, "capital", capital, state));
        }
      }
      for (State state : formerMembers) {
        state.capital().ifPresent(capital -> capitals.putIfAbsent(normalize(capital), state));
      }
      this.permanent = List.of(alpha3.get("CHN"), alpha3.get("FRA"), alpha3.get("RUS"),
          alpha3.get("GBR"), alpha3.get("USA"));
    }

    private List<State> withStatus(StateStatus status) {
      return all.stream().filter(s -> s.status() == status)
          .collect(Collectors.toUnmodifiableList());
    }

    private static void putUnique(Map<String, State> index, String kind, String key, State state) {
      State previous = index.putIfAbsent(key, state);
      if (previous != null && previous != state) {
        throw new InvalidValueException(RESOURCE + ": " + kind + " '" + key + "' is used by both "
            + previous + " and " + state);
      }
    }

    private static void putName(Map<String, State> index, String kind, String name, State state) {
      putUnique(index, kind, normalize(name), state);
    }

    private static Registry load() {
      try (InputStream in = States.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing class-path resource org/unrights/model/"
              + RESOURCE);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new Registry(parse(reader));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read org/unrights/model/" + RESOURCE, e);
      }
    }

    private static List<State> parse(BufferedReader reader) throws IOException {
      List<State> states = new ArrayList<>();
      boolean header = false;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = Arrays.asList(line.split("\t", -1));
        if (!header) {
          if (!cells.equals(HEADER)) {
            throw new InvalidValueException(RESOURCE + " line " + lineNumber
                + ": header must be " + HEADER + ", was: " + cells);
          }
          header = true;
          continue;
        }
        if (cells.size() != HEADER.size()) {
          throw new InvalidValueException(RESOURCE + " line " + lineNumber + ": expected "
              + HEADER.size() + " tab-separated cells, was: " + cells.size());
        }
        try {
          states.add(new State(
              cells.get(0),
              optional(cells.get(1)),
              optional(cells.get(2)),
              StateStatus.fromId(cells.get(3)),
              cells.get(4),
              cells.get(5),
              optional(cells.get(6)),
              list(cells.get(7)),
              list(cells.get(8))));
        } catch (InvalidValueException e) {
          throw new InvalidValueException(RESOURCE + " line " + lineNumber + ": "
              + e.getMessage());
        }
      }
      return states;
    }

    private static Optional<String> optional(String cell) {
      return cell.isBlank() ? Optional.empty() : Optional.of(cell.strip());
    }

    private static List<String> list(String cell) {
      if (cell.isBlank()) {
        return List.of();
      }
      return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
          .collect(Collectors.toUnmodifiableList());
    }
  }

  /**
   * Returns every registered state: members, then observers, then former members.
   *
   * @return an unmodifiable list in the table's order, not null
   */
  public static List<State> all() {
    return Registry.INSTANCE.all;
  }

  /**
   * Returns the 193 UN member states, in the order of their UN short names.
   *
   * @return an unmodifiable list, not null
   */
  public static List<State> members() {
    return Registry.INSTANCE.members;
  }

  /**
   * Returns the non-member observer states: the Holy See ({@code VAT}) and the State of Palestine
   * ({@code PSE}).
   *
   * @return an unmodifiable list, not null
   */
  public static List<State> observers() {
    return Registry.INSTANCE.observers;
  }

  /**
   * Returns the former members that appear in UN voting records, e.g. the USSR ({@code SUN}).
   *
   * @return an unmodifiable list, not null
   */
  public static List<State> formerMembers() {
    return Registry.INSTANCE.formerMembers;
  }

  /**
   * Returns the five permanent members of the Security Council today.
   *
   * @return China, France, the Russian Federation, the United Kingdom and the United States, in
   *     that order; unmodifiable, not null
   */
  public static List<State> permanentSecurityCouncilMembers() {
    return Registry.INSTANCE.permanent;
  }

  /**
   * Finds a state by its alpha-3 code only, exactly as stored in JSON.
   *
   * @param alpha3  the code, upper case, e.g. {@code "PRK"}; may be null
   * @return the state, or empty when no state has that code
   */
  public static Optional<State> byAlpha3(String alpha3) {
    return alpha3 == null
        ? Optional.empty()
        : Optional.ofNullable(Registry.INSTANCE.alpha3.get(alpha3));
  }

  /**
   * Finds a state by code: ISO alpha-3, ISO alpha-2 or M49, ignoring case and surrounding space.
   *
   * <p>An M49 code may omit its leading zeros ({@code "4"} is Afghanistan). Former members are
   * found by their ISO 3166-3 codes ({@code "SU"}, {@code "SUN"}, {@code "810"}).
   *
   * @param code  the code, e.g. {@code "PRK"}, {@code "kp"} or {@code "408"}, not null
   * @return the state, or empty when no state has that code
   * @throws NullPointerException  if {@code code} is null
   */
  public static Optional<State> byCode(String code) {
    Objects.requireNonNull(code, "code");
    String c = code.strip();
    Registry registry = Registry.INSTANCE;
    if (LETTERS_3.matcher(c).matches()) {
      return Optional.ofNullable(registry.alpha3.get(c.toUpperCase(Locale.ROOT)));
    }
    if (LETTERS_2.matcher(c).matches()) {
      return Optional.ofNullable(registry.alpha2.get(c.toUpperCase(Locale.ROOT)));
    }
    if (DIGITS.matcher(c).matches()) {
      return Optional.ofNullable(registry.m49.get(String.format("%03d", Integer.parseInt(c))));
    }
    return Optional.empty();
  }

  /**
   * Finds a state by name: its UN short name, UN formal name or one of its aliases.
   *
   * <p>The comparison ignores case and accents (see the class description). Capitals and
   * demonyms are not names: use {@link #byCapital} and {@link #byDemonym}. "Congo" is the
   * Republic of the Congo, as in UN usage.
   *
   * @param name  the name, e.g. {@code "North Korea"} or {@code "VIET NAM"}, not null
   * @return the state, or empty when no state has that name
   * @throws NullPointerException  if {@code name} is null
   */
  public static Optional<State> byName(String name) {
    return find(Registry.INSTANCE.names, name, "name");
  }

  /**
   * Finds a state by demonym, e.g. "North Korean" or "Ivorian", compared like names.
   *
   * <p>Demonyms shared by two states ("Congolese", "Dominican", "Korean") find nothing.
   *
   * @param demonym  the demonym, not null
   * @return the state, or empty when no state has that demonym
   * @throws NullPointerException  if {@code demonym} is null
   */
  public static Optional<State> byDemonym(String demonym) {
    return find(Registry.INSTANCE.demonyms, demonym, "demonym");
  }

  /**
   * Finds a state by its capital, for texts that use the capital by metonymy ("Pyongyang said").
   *
   * <p>Compared like names. A capital shared with a former member belongs to the current state:
   * "Moscow" is the Russian Federation, not the USSR.
   *
   * @param capital  the capital, e.g. {@code "Pyongyang"}, not null
   * @return the state, or empty when no state has that capital
   * @throws NullPointerException  if {@code capital} is null
   */
  public static Optional<State> byCapital(String capital) {
    return find(Registry.INSTANCE.capitals, capital, "capital");
  }

  /**
   * Finds a state by code, else by name.
   *
   * @param codeOrName  a code as for {@link #byCode} or a name as for {@link #byName}, not null
   * @return the state, or empty when neither finds one
   * @throws NullPointerException  if {@code codeOrName} is null
   */
  public static Optional<State> lookup(String codeOrName) {
    Optional<State> byCode = byCode(codeOrName);
    return byCode.isPresent() ? byCode : byName(codeOrName);
  }

  /**
   * Returns the state with the given code or name, failing when there is none.
   *
   * @param codeOrName  a code or a name, as for {@link #lookup}, not null
   * @return the state, not null
   * @throws InvalidValueException  if no state has that code or name
   * @throws NullPointerException  if {@code codeOrName} is null
   */
  public static State require(String codeOrName) {
    return lookup(codeOrName)
        .orElseThrow(() -> new InvalidValueException("unknown state: '" + codeOrName + "'"));
  }

  /**
   * Normalises a name for comparison: NFD, combining marks removed, lower case, one space per
   * run of white space, typographic apostrophes as {@code '}, {@code &} as {@code and}, no space
   * around hyphens and no leading "the".
   *
   * @param text  the text, not null
   * @return the normalised form, not null
   */
  static String normalize(String text) {
    if (plainAscii(text)) {
      // what the general path below leaves of such a text: lower case, without a leading "the "
      String s = text.toLowerCase(Locale.ROOT);
      return s.startsWith("the ") ? s.substring(4) : s;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    s = COMBINING_MARKS.matcher(s).replaceAll("");
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
        .replace('\u02BC', '\'');
    s = s.toLowerCase(Locale.ROOT).replace("&", " and ");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = SPACED_HYPHEN.matcher(s).replaceAll("-");
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /**
   * A text the general normalisation would only lower-case: printable ASCII without '&' or '`',
   * no space at either end, no two spaces together and no space beside a hyphen (the extractor
   * looks up many single words, so this spares them the Unicode decomposition and three regular
   * expressions).
   */
  private static boolean plainAscii(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~' || c == '&' || c == '`') {
        return false;
      }
      if (c == ' ' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-' || text.charAt(i + 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  private static Optional<State> find(Map<String, State> index, String text, String what) {
    Objects.requireNonNull(text, what);
    return Optional.ofNullable(index.get(normalize(text)));
  }
}
