package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A state as the UN record names it: a member state, an observer state or a former member,
 * identified by its ISO 3166-1 alpha-3 code.
 *
 * <p>Instances come only from the registry {@link States}, which loads them once from the
 * project's table and interns them: there is exactly one {@code State} per code, so states can
 * be compared with {@code ==} as well as {@code equals}. Equality and hash code use
 * {@link #alpha3()} alone; {@link #toString()} returns it too.
 *
 * <p>In JSON a state is its alpha-3 code, e.g. {@code "PRK"}.
 *
 * <pre>{@code
 * State dprk = States.require("North Korea");
 * dprk.alpha3();      // "PRK"
 * dprk.shortName();   // "Democratic People's Republic of Korea"
 * dprk.capital();     // Optional[Pyongyang]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class State {

  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern M49 = Pattern.compile("[0-9]{3}");
  private static final Set<String> PERMANENT_SECURITY_COUNCIL =
      Set.of("CHN", "FRA", "RUS", "GBR", "USA", "SUN");
  private static final String TYPE = "State";

  private final String alpha3;
  private final String alpha2;
  private final String m49;
  private final StateStatus status;
  private final String shortName;
  private final String formalName;
  private final String capital;
  private final List<String> aliases;
  private final List<String> demonyms;

  /**
   * Creates a state; only the registry {@link States} does this.
   *
   * @param alpha3  the ISO 3166-1 alpha-3 code (or the documented code of a former member)
   * @param alpha2  the ISO 3166-1 alpha-2 code, if any
   * @param m49  the zero-padded M49 code, if any
   * @param status  the UN status
   * @param shortName  the UN short name
   * @param formalName  the UN formal name
   * @param capital  the capital, if any
   * @param aliases  other names texts use
   * @param demonyms  the adjectives and nouns of nationality
   * @throws InvalidValueException  if a code is malformed or a name is blank
   */
  State(
      String alpha3,
      Optional<String> alpha2,
      Optional<String> m49,
      StateStatus status,
      String shortName,
      String formalName,
      Optional<String> capital,
      List<String> aliases,
      List<String> demonyms) {
    InvalidValueException.check(
        alpha3 != null && ALPHA3.matcher(alpha3).matches(),
        TYPE, "alpha3", alpha3, "must be 3 upper-case letters");
    this.alpha3 = alpha3;
    this.alpha2 = Objects.requireNonNull(alpha2, "alpha2").orElse(null);
    InvalidValueException.check(
        this.alpha2 == null || ALPHA2.matcher(this.alpha2).matches(),
        TYPE, "alpha2", this.alpha2, "must be 2 upper-case letters (" + alpha3 + ")");
    this.m49 = Objects.requireNonNull(m49, "m49").orElse(null);
    InvalidValueException.check(
        this.m49 == null || M49.matcher(this.m49).matches(),
        TYPE, "m49", this.m49, "must be 3 digits (" + alpha3 + ")");
    InvalidValueException.check(status != null, TYPE, "status", null, "must not be null");
    this.status = status;
    this.shortName = requireText("shortName", shortName);
    this.formalName = requireText("formalName", formalName);
    this.capital = Objects.requireNonNull(capital, "capital").map(c -> requireText("capital", c))
        .orElse(null);
    this.aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    this.aliases.forEach(a -> requireText("aliases", a));
    this.demonyms = List.copyOf(Objects.requireNonNull(demonyms, "demonyms"));
    this.demonyms.forEach(d -> requireText("demonyms", d));
  }

  private String requireText(String field, String value) {
    InvalidValueException.check(
        value != null && !value.isBlank() && value.equals(value.strip()),
        TYPE, field, value == null ? null : "'" + value + "'",
        "must be non-blank text without surrounding spaces (" + alpha3 + ")");
    return value;
  }

  /**
   * Returns the state with the given alpha-3 code, for Jackson.
   *
   * @param code  the ISO 3166-1 alpha-3 code as stored in JSON, e.g. {@code "PRK"}
   * @return the registered state, not null
   * @throws InvalidValueException  if no registered state has that alpha-3 code
   */
  @JsonCreator
  public static State fromJson(String code) {
    return States.byAlpha3(code).orElseThrow(() -> new InvalidValueException(
        "unknown state code: '" + code + "' (expected a registered ISO 3166-1 alpha-3 code,"
            + " e.g. 'PRK')"));
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code, the state's identity and its JSON form.
   *
   * <p>Former members use their ISO 3166-3 code (e.g. {@code SUN}, {@code CSK}) or, where ISO has
   * none, the code documented in the registry's table ({@code YAR}, {@code ZAN}).
   *
   * @return three upper-case letters, not null
   */
  @JsonValue
  public String alpha3() {
    return alpha3;
  }

  /**
   * Returns the ISO 3166-1 alpha-2 code (ISO 3166-3's former alpha-2 for former members).
   *
   * @return two upper-case letters, e.g. {@code NA} for Namibia; empty when there is none
   */
  public Optional<String> alpha2() {
    return Optional.ofNullable(alpha2);
  }

  /**
   * Returns the UNSD M49 code.
   *
   * @return three digits, zero-padded, e.g. {@code "004"}; empty when unknown
   */
  public Optional<String> m49() {
    return Optional.ofNullable(m49);
  }

  /**
   * Returns the UN short name as in UNTERM, e.g. "Democratic People's Republic of Korea".
   *
   * @return the short name, not null
   */
  public String shortName() {
    return shortName;
  }

  /**
   * Returns the UN formal name as in UNTERM, without a leading "the", e.g. "Republic of Korea".
   *
   * @return the formal name, not null; equal to the short name for some states
   */
  public String formalName() {
    return formalName;
  }

  /**
   * Returns the capital, which texts use by metonymy ("Pyongyang rejected the report").
   *
   * @return the capital; empty where none is designated or its status is disputed
   */
  public Optional<String> capital() {
    return Optional.ofNullable(capital);
  }

  /**
   * Returns the other names texts use for the state, e.g. "North Korea", "DPRK", "D.P.R.K.".
   *
   * <p>Aliases do not include the capital or the demonyms.
   *
   * @return an unmodifiable list, possibly empty, not null
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * Returns the adjectives and nouns of nationality, e.g. "North Korean".
   *
   * @return an unmodifiable list, possibly empty, not null
   */
  public List<String> demonyms() {
    return demonyms;
  }

  /**
   * Returns the state's standing at the UN.
   *
   * @return the status, not null
   */
  public StateStatus status() {
    return status;
  }

  /**
   * Tells whether the state holds (or, for the USSR, held) a permanent Security Council seat.
   *
   * @return true for China, France, the Russian Federation, the United Kingdom, the United
   *     States and the USSR
   */
  public boolean isPermanentSecurityCouncilMember() {
    return PERMANENT_SECURITY_COUNCIL.contains(alpha3);
  }

  /**
   * Compares states by alpha-3 code.
   *
   * @param other  the other object, may be null
   * @return true if {@code other} is a state with the same alpha-3 code
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof State && alpha3.equals(((State) other).alpha3));
  }

  @Override
  public int hashCode() {
    return alpha3.hashCode();
  }

  /**
   * Returns the alpha-3 code.
   *
   * @return the alpha-3 code, e.g. {@code "PRK"}
   */
  @Override
  public String toString() {
    return alpha3;
  }
}
