package org.unrights.votes;

import java.util.Optional;
import org.unrights.model.State;

/**
 * One voting delegation as the roll-call data names it: the data's country name and code, and the
 * {@link State} whose ballots it casts.
 *
 * <p>The record keeps voters apart by the data's name, as the data does (and as R analyses of it
 * do), so the Federal Republic of Germany and Germany are two voters of one state (DEU), and
 * "Taiwan" (sessions 1 to 26) is a voter casting ballots in China's seat (CHN): see
 * {@link UnvotesLoader}. {@link #label()} names a voter uniquely: the state's ISO alpha-3 code when
 * the voter is that state under its own ISO code, else the data's name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Voter implements Comparable<Voter> {

  private final int index;
  private final String name;
  private final Optional<String> code;
  private final State state;
  private final String label;

  Voter(int index, String name, Optional<String> code, State state) {
    this.index = index;
    this.name = name;
    this.code = code;
    this.state = state;
    boolean ownIsoCode = state.alpha2().isPresent() && code.equals(state.alpha2());
    this.label = ownIsoCode ? state.alpha3() : name;
  }

  /**
   * Returns the voter's position in {@link VoteRecord#voters()}.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * Returns the country name as the data gives it, e.g. {@code "Namibia"}.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the country code as the data gives it (ISO 3166-1 alpha-2, e.g. {@code "NA"} for
   * Namibia).
   *
   * @return the code, or empty where the data has none (a bare {@code NA})
   */
  public Optional<String> code() {
    return code;
  }

  /**
   * Returns the state whose ballots this voter casts.
   *
   * @return the state, not null
   */
  public State state() {
    return state;
  }

  /**
   * Returns a unique label: the ISO alpha-3 code where the voter is the state under its own ISO
   * code ({@code "NAM"}, {@code "DEU"}), else the data's name ({@code "Federal Republic of Germany"},
   * {@code "Taiwan"}, {@code "Yemen Arab Republic"}).
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /**
   * Orders voters by the data's name.
   *
   * @param other  the other voter, not null
   * @return the comparison
   */
  @Override
  public int compareTo(Voter other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Voter && ((Voter) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Prints the label, e.g. {@code NAM} or {@code Taiwan}.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return label;
  }
}
