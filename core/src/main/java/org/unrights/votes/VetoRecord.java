package org.unrights.votes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.unrights.model.State;
import org.unrights.model.VetoedCountsNotRecorded;
import org.unrights.model.VoteEvent;

/**
 * The Security Council vetoes as loaded by {@link VetoLoader}: one {@link VoteEvent} per veto, and
 * counts by member and by decade.
 *
 * <p>A row vetoed by two members counts once for each. This class is immutable and thread-safe.
 */
public final class VetoRecord {

  private final List<VoteEvent> vetoes;
  private final List<Long> flagMismatchLines;
  private final int symbolsNotParsed;

  VetoRecord(List<VoteEvent> vetoes, List<Long> flagMismatchLines, int symbolsNotParsed) {
    this.vetoes = List.copyOf(vetoes);
    this.flagMismatchLines = List.copyOf(flagMismatchLines);
    this.symbolsNotParsed = symbolsNotParsed;
  }

  /**
   * Returns every veto in the file's order.
   *
   * @return an unmodifiable list, not null
   */
  public List<VoteEvent> vetoes() {
    return vetoes;
  }

  /**
   * Returns the members that cast a veto.
   *
   * @param veto  one of {@link #vetoes()}, not null
   * @return the members, not null
   */
  public static List<State> vetoedBy(VoteEvent veto) {
    return veto.outcome() instanceof VetoedCountsNotRecorded
        ? ((VetoedCountsNotRecorded) veto.outcome()).vetoedBy()
        : List.of();
  }

  /**
   * Counts the vetoes cast by each member, e.g. the USSR (SUN) and the Russian Federation (RUS)
   * apart.
   *
   * @return member to count, in order of first veto, unmodifiable, not null
   */
  public Map<State, Integer> countsByMember() {
    Map<State, Integer> counts = new LinkedHashMap<>();
    for (VoteEvent v : vetoes) {
      for (State s : vetoedBy(v)) {
        counts.merge(s, 1, Integer::sum);
      }
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Counts the vetoes cast by each member in each decade (1940 for 1946-1949, 1950, ...).
   *
   * @return decade to member to count, unmodifiable, not null
   */
  public SortedMap<Integer, Map<State, Integer>> countsByDecade() {
    SortedMap<Integer, Map<State, Integer>> counts = new TreeMap<>();
    for (VoteEvent v : vetoes) {
      int decade = v.date().orElseThrow().year().getAsInt() / 10 * 10;
      for (State s : vetoedBy(v)) {
        counts.computeIfAbsent(decade, d -> new LinkedHashMap<>()).merge(s, 1, Integer::sum);
      }
    }
    counts.replaceAll((d, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableSortedMap(counts);
  }

  /**
   * Returns the lines whose per-member 0/1 columns disagree with the named vetoing members.
   *
   * @return the lines, not null
   */
  public List<Long> flagMismatchLines() {
    return flagMismatchLines;
  }

  /**
   * Returns how many draft or meeting-record cells were not UN document symbols.
   *
   * @return the count
   */
  public int symbolsNotParsed() {
    return symbolsNotParsed;
  }
}
