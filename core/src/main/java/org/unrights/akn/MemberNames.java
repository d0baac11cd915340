package org.unrights.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unrights.model.Sponsor;
import org.unrights.model.State;
import org.unrights.model.States;

/**
 * Resolves member-state names as the UN writes them ({@code RUSSIAN FEDERATION},
 * {@code BOLIVARIAN REPUBLIC OF VENEZUELA}, {@code Saint Vincent and the Grenadines}) through
 * {@link States#byName}, repairing the two known artefacts of the Council's data in the open:
 * a name with stray lower-case letters ({@code CHILEs}) and one name split over two list entries
 * ({@code CÔTE.} then {@code D'IVOIRE}). Each repair is reported as a {@link DataIssue}.
 *
 * <p>Names that cannot be resolved are collected, never dropped; {@link #throwIfUnknown()} then
 * stops the load listing them all. Instances are thread-safe, so that files can be read in
 * parallel; use one per load.
 */
public final class MemberNames {

  private final List<String> unknown = java.util.Collections.synchronizedList(new ArrayList<>());

  /** Name lookups are the loaders' hot path: the same few hundred names recur thousands of times. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Optional<State>> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Optional<State> byName(String name) {
    return CACHE.computeIfAbsent(name, States::byName);
  }

  /** Creates a resolver with an empty list of unknown names. */
  public MemberNames() {}

  /**
   * Resolves a list of voters' or sponsors' names, in order.
   *
   * @param names  the names as written, not null
   * @param symbol  the record's symbol, for issues
   * @param where  file and line plus the field, for issues and unknown names
   * @param issues  receives a {@link DataIssue} for each repair, not null
   * @return the states, one per resolved name, in order
   */
  public List<State> resolveAll(List<String> names, String symbol, String where, List<DataIssue> issues) {
    List<State> states = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      String stem = stripStrayLowerCase(name);
      Optional<State> s = stem.equals(name) && !name.endsWith(".") ? byName(name) : Optional.empty();
      if (s.isPresent()) {
        states.add(s.get());
        continue;
      }
      if (i + 1 < names.size()) {
        String joined = join(name, names.get(i + 1).strip());
        Optional<State> j = byName(joined);
        if (j.isPresent() && byName(names.get(i + 1).strip()).isEmpty()) {
          issues.add(DataIssue.of(DataIssueKind.SPLIT_NAME, symbol, where,
              "'" + name + "' and '" + names.get(i + 1).strip() + "' are one name split in two; read as '"
                  + joined + "' (" + j.get().alpha3() + ")"));
          states.add(j.get());
          i++;
          continue;
        }
      }
      Optional<State> st = stem.equals(name) ? byName(name) : byName(stem);
      if (st.isPresent() && stem.equals(name)) {
        states.add(st.get());
        continue;
      }
      if (st.isPresent()) {
        issues.add(DataIssue.of(DataIssueKind.MISSPELT_NAME, symbol, where,
            "'" + name + "' read as '" + stem + "' (" + st.get().alpha3() + ")"));
        states.add(st.get());
        continue;
      }
      unknown.add("'" + name + "' at " + where);
    }
    return states;
  }

  /**
   * Resolves a sponsors list written as prose, e.g.
   * {@code Albania, Japan, Saint Vincent and the Grenadines and United States of America}.
   *
   * <p>Commas separate names; within the last part, " and " separates names only where both
   * sides are names, so {@code Trinidad and Tobago} stays whole.
   *
   * @param prose  the list, possibly blank
   * @param symbol  the record's symbol, for issues
   * @param where  file and line plus the field, for unknown names
   * @param issues  receives repairs, not null
   * @return the sponsors in order, possibly empty
   */
  public List<Sponsor> resolveProse(String prose, String symbol, String where, List<DataIssue> issues) {
    List<Sponsor> sponsors = new ArrayList<>();
    if (prose == null || prose.isBlank()) {
      return sponsors;
    }
    for (String part : prose.split(",")) {
      String p = part.strip();
      if (p.startsWith("and ")) {
        p = p.substring(4).strip();
      }
      if (p.isEmpty()) {
        continue;
      }
      if (isDescription(p)) {
        issues.add(DataIssue.of(DataIssueKind.IRREGULAR_FORM, symbol, where,
            "the sponsors field holds a description, not a name: '" + p + "'; no sponsor read from it"));
        continue;
      }
      List<String> names = splitOnAnd(p);
      if (names == null) {
        names = splitOnSpace(p);
        if (names != null) {
          issues.add(DataIssue.of(DataIssueKind.IRREGULAR_FORM, symbol, where,
              "'" + p + "' lacks a comma between two names; read as " + names));
        }
      }
      if (names == null) {
        Optional<State> variant = variant(p);
        if (variant.isPresent()) {
          issues.add(DataIssue.of(DataIssueKind.MISSPELT_NAME, symbol, where,
              "'" + p + "' read as " + variant.get().alpha3() + " (" + variant.get().shortName() + ")"));
          sponsors.add(Sponsor.of(variant.get()));
          continue;
        }
        unknown.add("'" + p + "' at " + where);
        continue;
      }
      for (String n : names) {
        sponsors.add(Sponsor.of(variant(n).orElseGet(() -> byName(n).orElseThrow())));
      }
    }
    return sponsors;
  }

  /**
   * Splits a phrase into names joined by " and ", where each is a known name.
   *
   * @return the names, or null when no split gives only known names
   */
  private static List<String> splitOnAnd(String phrase) {
    String p = phrase.startsWith("and ") ? phrase.substring(4) : phrase;
    if (byName(p).isPresent()) {
      return new ArrayList<>(List.of(p));
    }
    int from = 0;
    while (true) {
      int at = p.indexOf(" and ", from);
      if (at < 0) {
        return null;
      }
      String head = p.substring(0, at);
      if (byName(head).isPresent()) {
        List<String> rest = splitOnAnd(p.substring(at + 5));
        if (rest != null) {
          rest.add(0, head);
          return rest;
        }
      }
      from = at + 1;
    }
  }

  /**
   * Resolves a sponsors list given as separate names (the data extract's {@code sponsors}).
   *
   * <p>Entries that describe the draft's origin instead of naming a state ("REPORT OF THE
   * SECRETARY-GENERAL", "COMMITTEE ON THE ADMISSION OF NEW MEMBERS", "Submitted pursuant to ...")
   * are reported as {@link DataIssueKind#IRREGULAR_FORM} and give no sponsor; known variant
   * spellings are reported as {@link DataIssueKind#MISSPELT_NAME}; anything else unknown is
   * collected for {@link #throwIfUnknown()}.
   *
   * @param names  the entries as written, not null
   * @param symbol  the record's symbol, for issues
   * @param where  file and line plus the field
   * @param issues  receives repairs, not null
   * @return the sponsors in order, possibly empty
   */
  public List<Sponsor> resolveSponsorList(List<String> names, String symbol, String where, List<DataIssue> issues) {
    List<String> kept = new ArrayList<>();
    List<Sponsor> out = new ArrayList<>();
    for (String n : names) {
      if (isDescription(n.strip())) {
        issues.add(DataIssue.of(DataIssueKind.IRREGULAR_FORM, symbol, where,
            "the sponsors field holds a description, not a name: '" + n.strip() + "'; no sponsor read from it"));
      } else if (variant(n).isPresent()) {
        State v = variant(n).get();
        issues.add(DataIssue.of(DataIssueKind.MISSPELT_NAME, symbol, where,
            "'" + n.strip() + "' read as " + v.alpha3() + " (" + v.shortName() + ")"));
        out.addAll(resolveAll(kept, symbol, where, issues).stream().map(Sponsor::of).toList());
        kept.clear();
        out.add(Sponsor.of(v));
      } else {
        kept.add(n);
      }
    }
    out.addAll(resolveAll(kept, symbol, where, issues).stream().map(Sponsor::of).toList());
    return out;
  }

  /** Text that describes a draft's origin rather than naming a state. */
  static boolean isDescription(String text) {
    String u = text.toUpperCase(java.util.Locale.ROOT);
    return text.isEmpty() || Character.isLowerCase(text.charAt(0)) || text.chars().anyMatch(Character::isDigit)
        || u.contains("SECRETARY-GENERAL") || u.startsWith("COMMITTEE ") || u.startsWith("REPORT ")
        || u.startsWith("SUBMITTED ");
  }

  /** Two known names run together without a comma, e.g. {@code Belgium Botswana}. */
  private static List<String> splitOnSpace(String phrase) {
    int from = 0;
    while (true) {
      int at = phrase.indexOf(' ', from);
      if (at < 0) {
        return null;
      }
      String head = phrase.substring(0, at);
      String tail = phrase.substring(at + 1);
      if (byName(head).isPresent() && byName(tail).isPresent()) {
        return new ArrayList<>(List.of(head, tail));
      }
      from = at + 1;
    }
  }

  /**
   * Misspellings and variant forms found in the UN's own files, each mapped to the ISO code of
   * the state it unmistakably means; every use is reported as {@link DataIssueKind#MISSPELT_NAME}.
   */
  private static final java.util.Map<String, String> VARIANTS = java.util.Map.of(
      "LICHTENSTEIN", "LIE",
      "BAHAMAS (THE)", "BHS",
      "LIBYA ARAB JAMAHIRIYA", "LBY");

  private static Optional<State> variant(String name) {
    String code = VARIANTS.get(name.strip().toUpperCase(java.util.Locale.ROOT));
    return code == null ? Optional.empty() : States.byAlpha3(code);
  }

  /**
   * Returns the names that could not be resolved so far, with their places.
   *
   * @return the list, possibly empty
   */
  public List<String> unknown() {
    synchronized (unknown) {
      return List.copyOf(unknown);
    }
  }

  /**
   * Stops the load when any name was unknown.
   *
   * @throws UnknownMemberException  listing every unknown name with its place
   */
  public void throwIfUnknown() {
    List<String> all = unknown();
    if (!all.isEmpty()) {
      throw new UnknownMemberException(all);
    }
  }

  private static String join(String first, String second) {
    String f = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    return f + " " + second;
  }

  /** Drops lower-case letters trailing an upper-case name, e.g. {@code CHILEs}. */
  private static String stripStrayLowerCase(String name) {
    int end = name.length();
    while (end > 0 && Character.isLowerCase(name.charAt(end - 1))) {
      end--;
    }
    String stem = name.substring(0, end);
    return !stem.isEmpty() && stem.equals(stem.toUpperCase(java.util.Locale.ROOT)) ? stem : name;
  }
}
