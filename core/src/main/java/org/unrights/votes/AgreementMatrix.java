package org.unrights.votes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The agreement between every pair of voters over a selection of roll calls: for voters a and b,
 * the number of selected roll calls in which both cast a ballot (yes, no or abstain) and the share
 * of those in which they cast the same one.
 *
 * <p>This is exactly the definition of the R/data.table analysis in
 * {@code shared/peers/unvotes-agreement.R}: {@code same / common}, undefined where
 * {@code common} is 0, and 1 on the diagonal; {@link #checksum()} is that script's checksum (the
 * sum of all defined cells, diagonal included).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgreementMatrix {

  /**
   * One pair of voters and their agreement.
   *
   * @param a  the first voter
   * @param b  the second voter
   * @param agreement  the share of common roll calls where they voted alike, 0 to 1
   * @param common  the roll calls both voted in
   */
  public record Pair(Voter a, Voter b, double agreement, int common) {
    /**
     * Checks the pair.
     *
     * @param a  the first voter, not null
     * @param b  the second voter, not null
     * @param agreement  the share, 0 to 1
     * @param common  the roll calls both voted in, positive
     */
    public Pair {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }

    /**
     * Prints e.g. {@code CHN-PRK 0.9642 (1009 roll calls)}.
     *
     * @return the pair as text
     */
    @Override
    public String toString() {
      return a + "-" + b + " " + String.format(java.util.Locale.ROOT, "%.4f", agreement) + " (" + common
          + " roll calls)";
    }
  }

  private final RollCallFilter filter;
  private final int rollCalls;
  private final List<Voter> voters;
  private final int[] indexOf;
  private final int[] common;
  private final int[] same;
  private final int n;

  AgreementMatrix(RollCallFilter filter, int rollCalls, List<Voter> voters, int[] common, int[] same) {
    this.filter = filter;
    this.rollCalls = rollCalls;
    this.voters = List.copyOf(voters);
    this.n = voters.size();
    this.common = common;
    this.same = same;
    int max = 0;
    for (Voter v : voters) {
      max = Math.max(max, v.index() + 1);
    }
    this.indexOf = new int[max];
    java.util.Arrays.fill(indexOf, -1);
    for (int i = 0; i < n; i++) {
      indexOf[voters.get(i).index()] = i;
    }
  }

  /**
   * Returns the filter that selected the roll calls.
   *
   * @return the filter, not null
   */
  public RollCallFilter filter() {
    return filter;
  }

  /**
   * Returns the number of roll calls selected.
   *
   * @return the count
   */
  public int rollCalls() {
    return rollCalls;
  }

  /**
   * Returns the voters with at least one ballot in the selected roll calls, by the data's name;
   * rows and columns follow this order.
   *
   * @return an unmodifiable list, not null
   */
  public List<Voter> voters() {
    return voters;
  }

  /**
   * Returns the agreement of the voters at two positions of {@link #voters()}.
   *
   * @param row  the first position
   * @param column  the second position
   * @return the share, or empty when they have no roll call in common
   * @throws IndexOutOfBoundsException  if a position is out of range
   */
  public OptionalDouble value(int row, int column) {
    Objects.checkIndex(row, n);
    Objects.checkIndex(column, n);
    int c = common[row * n + column];
    return c == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) same[row * n + column] / c);
  }

  /**
   * Returns the agreement of two voters.
   *
   * @param a  the first voter, not null
   * @param b  the second voter, not null
   * @return the share, or empty when they have no roll call in common or one is not in the matrix
   */
  public OptionalDouble agreement(Voter a, Voter b) {
    int i = position(a);
    int j = position(b);
    return i < 0 || j < 0 ? OptionalDouble.empty() : value(i, j);
  }

  /**
   * Returns the number of selected roll calls both voters cast a ballot in.
   *
   * @param a  the first voter, not null
   * @param b  the second voter, not null
   * @return the count, 0 when one is not in the matrix
   */
  public int common(Voter a, Voter b) {
    int i = position(a);
    int j = position(b);
    return i < 0 || j < 0 ? 0 : common[i * n + j];
  }

  private int position(Voter v) {
    int k = v.index();
    return k < indexOf.length ? indexOf[k] : -1;
  }

  /**
   * Returns the sum of every defined cell, diagonal included (the R script's checksum).
   *
   * @return the sum
   */
  public double checksum() {
    double sum = 0;
    for (int i = 0; i < n * n; i++) {
      if (common[i] > 0) {
        sum += (double) same[i] / common[i];
      }
    }
    return sum;
  }

  /**
   * Returns every pair of distinct voters with at least {@code minCommon} roll calls in common.
   *
   * @param minCommon  the least number of common roll calls, at least 1
   * @return the pairs, each once (a before b in {@link #voters()}), not null
   */
  public List<Pair> pairs(int minCommon) {
    int min = Math.max(1, minCommon);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int c = common[i * n + j];
        if (c >= min) {
          pairs.add(new Pair(voters.get(i), voters.get(j), (double) same[i * n + j] / c, c));
        }
      }
    }
    return pairs;
  }

  /**
   * Returns the pairs that agree most, with at least {@code minCommon} roll calls in common.
   *
   * @param limit  the most pairs to return
   * @param minCommon  the least number of common roll calls, at least 1
   * @return the pairs, highest agreement first (ties: more common roll calls first), not null
   */
  public List<Pair> closestPairs(int limit, int minCommon) {
    return top(pairs(minCommon), limit, true);
  }

  /**
   * Returns the pairs that agree least, with at least {@code minCommon} roll calls in common.
   *
   * @param limit  the most pairs to return
   * @param minCommon  the least number of common roll calls, at least 1
   * @return the pairs, lowest agreement first (ties: more common roll calls first), not null
   */
  public List<Pair> furthestPairs(int limit, int minCommon) {
    return top(pairs(minCommon), limit, false);
  }

  /**
   * Returns the voters that agree most with a given one.
   *
   * @param voter  the voter, not null
   * @param limit  the most voters to return
   * @param minCommon  the least number of common roll calls, at least 1
   * @return pairs with {@code voter} first, highest agreement first; empty when the voter is not in
   *     the matrix
   */
  public List<Pair> closestTo(Voter voter, int limit, int minCommon) {
    return top(pairsOf(voter, minCommon), limit, true);
  }

  /**
   * Returns the voters that agree least with a given one.
   *
   * @param voter  the voter, not null
   * @param limit  the most voters to return
   * @param minCommon  the least number of common roll calls, at least 1
   * @return pairs with {@code voter} first, lowest agreement first; empty when the voter is not in
   *     the matrix
   */
  public List<Pair> furthestFrom(Voter voter, int limit, int minCommon) {
    return top(pairsOf(voter, minCommon), limit, false);
  }

  private List<Pair> pairsOf(Voter voter, int minCommon) {
    int i = position(voter);
    List<Pair> pairs = new ArrayList<>();
    if (i < 0) {
      return pairs;
    }
    int min = Math.max(1, minCommon);
    for (int j = 0; j < n; j++) {
      int c = common[i * n + j];
      if (j != i && c >= min) {
        pairs.add(new Pair(voter, voters.get(j), (double) same[i * n + j] / c, c));
      }
    }
    return pairs;
  }

  private static List<Pair> top(List<Pair> pairs, int limit, boolean highest) {
    Comparator<Pair> byAgreement = Comparator.comparingDouble(Pair::agreement);
    if (highest) {
      byAgreement = byAgreement.reversed();
    }
    pairs.sort(byAgreement.thenComparing(Comparator.comparingInt(Pair::common).reversed()));
    return List.copyOf(pairs.subList(0, Math.min(Math.max(0, limit), pairs.size())));
  }
}
