package org.unrights.votes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.DecisionRule;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.MotionKind;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.model.QuestionKind;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.State;
import org.unrights.model.Tally;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

/**
 * The General Assembly roll-call record held in columns: per roll call its rcid, session, date,
 * symbol, flags and issues; per voter two bit planes over the roll calls, so a ballot costs two
 * bits (yes {@code 01}, no {@code 10}, abstain {@code 11}, no ballot {@code 00}).
 *
 * <p>The whole 1946-2019 record (870,109 ballots, 6,203 roll calls, 200 voters) takes about
 * 0.3 MB of bit planes plus the roll calls' texts. {@link VoteEvent}s are built on demand by
 * {@link #voteEvent(int)}; analyses ({@link #agreement(RollCallFilter)},
 * {@link #recordOf(Voter, RollCallFilter)}) work on the bit planes with {@link Long#bitCount}.
 *
 * <pre>{@code
 * VoteRecord record = UnvotesLoader.load(Path.of("data/unvotes"));
 * record.voteEvent(9101).orElseThrow().tally();            // 87-23-54
 * AgreementMatrix hr = record.agreement(RollCallFilter.issue("hr"));
 * hr.closestTo(record.voter("PRK").orElseThrow(), 5, 20);
 * }</pre>
 *
 * <p>Outcomes: the data set records ballots, not results. A materialised vote event's outcome is
 * the General Assembly's decision rule (Charter art. 18) applied to the recorded counts: two thirds
 * of members present and voting where {@code importantvote} is 1, a simple majority otherwise.
 *
 * <p>This class is immutable and thread-safe once loaded.
 */
public final class VoteRecord {

  static final int MISSING = Integer.MIN_VALUE;

  private final int count;
  private final int words;
  private final int[] rcid;
  private final Map<Integer, Integer> indexOfRcid;
  private final int[] session;
  private final int[] epochDay;
  private final byte[] important;
  private final byte[] amend;
  private final byte[] para;
  private final String[] unres;
  private final DocumentSymbol[] symbol;
  private final String[] shortTitle;
  private final String[] description;
  private final Map<String, long[]> issueBits;
  private final Map<String, String> issueNames;
  private final List<Voter> voters;
  private final long[][] hi;
  private final long[][] lo;
  private final long ballots;

  VoteRecord(int count, int[] rcid, int[] session, int[] epochDay, byte[] important, byte[] amend, byte[] para,
      String[] unres, DocumentSymbol[] symbol, String[] shortTitle, String[] description,
      Map<String, long[]> issueBits, Map<String, String> issueNames, List<Voter> voters, long[][] hi, long[][] lo,
      long ballots) {
    this.count = count;
    this.words = (count + 63) >>> 6;
    this.rcid = rcid;
    this.session = session;
    this.epochDay = epochDay;
    this.important = important;
    this.amend = amend;
    this.para = para;
    this.unres = unres;
    this.symbol = symbol;
    this.shortTitle = shortTitle;
    this.description = description;
    this.issueBits = issueBits;
    this.issueNames = Collections.unmodifiableMap(new LinkedHashMap<>(issueNames));
    this.voters = List.copyOf(voters);
    this.hi = hi;
    this.lo = lo;
    this.ballots = ballots;
    this.indexOfRcid = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      indexOfRcid.put(rcid[i], i);
    }
  }

  /**
   * Returns the number of roll calls.
   *
   * @return the count
   */
  public int rollCallCount() {
    return count;
  }

  /**
   * Returns the number of ballots (rows of unvotes.csv).
   *
   * @return the count
   */
  public long ballotCount() {
    return ballots;
  }

  /**
   * Returns the roll-call ids in the order of roll_calls.csv.
   *
   * @return the rcids, not null
   */
  public IntStream rcids() {
    return IntStream.of(rcid);
  }

  /**
   * Returns every voter, ordered by the data's name.
   *
   * @return an unmodifiable list, not null
   */
  public List<Voter> voters() {
    return voters;
  }

  /**
   * Finds a voter by its label ({@code "NAM"}, {@code "Taiwan"}), the data's name
   * ({@code "Namibia"}) or the data's code ({@code "NA"}).
   *
   * <p>Where several voters cast one state's ballots, an alpha-3 code finds the one labelled with it
   * (Germany, not the Federal Republic of Germany).
   *
   * @param labelNameOrCode  the label, name or code, not null
   * @return the voter, or empty when none matches
   */
  public Optional<Voter> voter(String labelNameOrCode) {
    for (Voter v : voters) {
      if (v.label().equals(labelNameOrCode)) {
        return Optional.of(v);
      }
    }
    for (Voter v : voters) {
      if (v.name().equals(labelNameOrCode) || v.code().map(labelNameOrCode::equals).orElse(false)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the voters that cast a state's ballots, e.g. both the Federal Republic of Germany and
   * Germany for DEU.
   *
   * @param state  the state, not null
   * @return the voters, possibly empty
   */
  public List<Voter> voters(State state) {
    List<Voter> found = new ArrayList<>();
    for (Voter v : voters) {
      if (v.state().equals(state)) {
        found.add(v);
      }
    }
    return found;
  }

  /**
   * Returns the issue codes and their names as issues.csv gives them, e.g. {@code hr} to
   * "Human rights".
   *
   * @return an unmodifiable map in the file's order, not null
   */
  public Map<String, String> issues() {
    return issueNames;
  }

  /**
   * Returns the number of roll calls whose {@code unres} gave no UN document symbol (the Voeten
   * codes such as {@code R/1/66}, which are not symbols, and empty cells).
   *
   * @return the count
   */
  public int rollCallsWithoutResolutionSymbol() {
    int n = 0;
    for (DocumentSymbol s : symbol) {
      if (s == null) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the {@code unres} cell of a roll call as the data gives it.
   *
   * @param rcid  the roll-call id
   * @return the text, or empty when the roll call is unknown or the cell is empty
   */
  public Optional<String> unres(int rcid) {
    Integer i = indexOfRcid.get(rcid);
    return i == null || unres[i].isEmpty() ? Optional.empty() : Optional.of(unres[i]);
  }

  /**
   * Returns the long description of a roll call ({@code descr}), as the data gives it.
   *
   * @param rcid  the roll-call id
   * @return the text, or empty when the roll call is unknown or the cell is empty
   */
  public Optional<String> description(int rcid) {
    Integer i = indexOfRcid.get(rcid);
    return i == null || description[i].isEmpty() ? Optional.empty() : Optional.of(description[i]);
  }

  /**
   * Returns how a voter voted in a roll call.
   *
   * @param voter  the voter, not null
   * @param rcid  the roll-call id
   * @return the option, or empty when the voter has no ballot there or the roll call is unknown
   */
  public Optional<VoteOption> ballot(Voter voter, int rcid) {
    Integer i = indexOfRcid.get(rcid);
    return i == null ? Optional.empty() : Optional.ofNullable(option(voter.index(), i));
  }

  private VoteOption option(int v, int i) {
    int w = i >>> 6;
    long bit = 1L << i;
    boolean h = (hi[v][w] & bit) != 0;
    boolean l = (lo[v][w] & bit) != 0;
    return h ? (l ? VoteOption.ABSTAIN : VoteOption.NO) : (l ? VoteOption.YES : null);
  }

  /**
   * Returns the counts of a roll call, from its ballots.
   *
   * @param rcid  the roll-call id
   * @return the tally (not-voting is not recorded), or empty when the roll call is unknown
   */
  public Optional<Tally> tally(int rcid) {
    Integer i = indexOfRcid.get(rcid);
    return i == null ? Optional.empty() : Optional.of(tallyAt(i));
  }

  private Tally tallyAt(int i) {
    int yes = 0;
    int no = 0;
    int abstain = 0;
    for (int v = 0; v < voters.size(); v++) {
      VoteOption o = option(v, i);
      if (o == VoteOption.YES) {
        yes++;
      } else if (o == VoteOption.NO) {
        no++;
      } else if (o == VoteOption.ABSTAIN) {
        abstain++;
      }
    }
    return Tally.of(yes, no, abstain);
  }

  /**
   * Builds the vote event of a roll call, with every ballot.
   *
   * <p>Its id is {@code unvotes-<rcid>}; body GA; date, session; the resolution symbol where
   * {@code unres} is a UN symbol; motion kind {@code amendment} or {@code paragraph} from
   * {@code amend}/{@code para}, else {@code draft-resolution} when there is an {@code unres}, else
   * {@code other}; question kind {@code important} or {@code ordinary} from {@code importantvote};
   * the title from {@code short}; the issue codes; and the outcome as described in the class
   * documentation.
   *
   * @param rcid  the roll-call id
   * @return the vote event, or empty when the roll call is unknown
   */
  public Optional<VoteEvent> voteEvent(int rcid) {
    Integer i = indexOfRcid.get(rcid);
    return i == null ? Optional.empty() : Optional.of(voteEventAt(i));
  }

  /**
   * Builds every roll call's vote event, in the order of roll_calls.csv.
   *
   * @return the vote events, lazily built, not null
   */
  public Stream<VoteEvent> voteEvents() {
    return IntStream.range(0, count).mapToObj(this::voteEventAt);
  }

  private VoteEvent voteEventAt(int i) {
    VoteEvent.Builder b = VoteEvent.builder()
        .id("unvotes-" + rcid[i])
        .body(Body.GA);
    if (epochDay[i] != MISSING) {
      b.date(PartialDate.of(LocalDate.ofEpochDay(epochDay[i])));
    }
    if (session[i] != MISSING) {
      b.session(session[i]);
    }
    MotionKind kind = amend[i] == 1 ? MotionKind.AMENDMENT
        : para[i] == 1 ? MotionKind.PARAGRAPH
        : unres[i].isEmpty() ? MotionKind.OTHER : MotionKind.DRAFT_RESOLUTION;
    b.motionKind(kind);
    if (!shortTitle[i].isEmpty()) {
      b.title(shortTitle[i]);
    }
    if (symbol[i] != null) {
      b.resolutionSymbol(symbol[i]);
    }
    QuestionKind question = important[i] == 1 ? QuestionKind.IMPORTANT : QuestionKind.ORDINARY;
    if (important[i] != -1) {
      b.questionKind(question);
    }
    for (Map.Entry<String, long[]> e : issueBits.entrySet()) {
      if ((e.getValue()[i >>> 6] & (1L << i)) != 0) {
        b.addIssues(e.getKey());
      }
    }
    List<Ballot> list = new ArrayList<>();
    for (Voter v : voters) {
      VoteOption o = option(v.index(), i);
      if (o != null) {
        list.add(Ballot.of(v.state(), o));
      }
    }
    Tally tally = tallyAt(i);
    DecisionRule rule = Body.GA.decisionRule(question).orElseThrow();
    Outcome outcome = rule.decide(tally, false) == DecisionRule.Result.ADOPTED
        ? AdoptedByRecordedVote.builder().tally(tally).ballots(list).build()
        : RejectedByRecordedVote.builder().tally(tally).ballots(list).build();
    return b.outcome(outcome).build();
  }

  /**
   * Returns the roll calls a filter keeps, as a bit set over roll-call positions.
   *
   * @param filter  the filter, not null
   * @return a new bit set of {@code ceil(rollCallCount / 64)} words
   * @throws IllegalArgumentException  if the filter names an issue the data does not have
   */
  long[] select(RollCallFilter filter) {
    long[] mask = new long[words];
    if (filter.issue().isPresent()) {
      long[] bits = issueBits.get(filter.issue().get());
      if (bits == null) {
        throw new IllegalArgumentException("unknown issue '" + filter.issue().get() + "'; the data has "
            + issueNames.keySet() + " or all");
      }
      System.arraycopy(bits, 0, mask, 0, words);
    } else {
      for (int i = 0; i < count; i++) {
        mask[i >>> 6] |= 1L << i;
      }
    }
    if (filter.hasYears()) {
      int from = filter.fromYear().orElse(Integer.MIN_VALUE);
      int to = filter.toYear().orElse(Integer.MAX_VALUE);
      for (int i = 0; i < count; i++) {
        int year = epochDay[i] == MISSING ? MISSING : LocalDate.ofEpochDay(epochDay[i]).getYear();
        if (year == MISSING || year < from || year > to) {
          mask[i >>> 6] &= ~(1L << i);
        }
      }
    }
    return mask;
  }

  /**
   * Counts the roll calls a filter keeps.
   *
   * @param filter  the filter, not null
   * @return the count
   * @throws IllegalArgumentException  if the filter names an issue the data does not have
   */
  public int rollCallCount(RollCallFilter filter) {
    int n = 0;
    for (long w : select(filter)) {
      n += Long.bitCount(w);
    }
    return n;
  }

  /**
   * Counts the ballots cast in the roll calls a filter keeps.
   *
   * @param filter  the filter, not null
   * @return the count
   * @throws IllegalArgumentException  if the filter names an issue the data does not have
   */
  public long ballotCount(RollCallFilter filter) {
    long[] mask = select(filter);
    long n = 0;
    for (int v = 0; v < voters.size(); v++) {
      for (int w = 0; w < words; w++) {
        n += Long.bitCount((hi[v][w] | lo[v][w]) & mask[w]);
      }
    }
    return n;
  }

  /**
   * Returns a voter's record over the roll calls a filter keeps: its yes, no and abstain counts.
   *
   * @param voter  the voter, not null
   * @param filter  the filter, not null
   * @return the record, not null
   * @throws IllegalArgumentException  if the filter names an issue the data does not have
   */
  public VoterRecord recordOf(Voter voter, RollCallFilter filter) {
    long[] mask = select(filter);
    long[] h = hi[voter.index()];
    long[] l = lo[voter.index()];
    int yes = 0;
    int no = 0;
    int abstain = 0;
    int total = 0;
    for (int w = 0; w < words; w++) {
      long m = mask[w];
      total += Long.bitCount(m);
      yes += Long.bitCount(l[w] & ~h[w] & m);
      no += Long.bitCount(h[w] & ~l[w] & m);
      abstain += Long.bitCount(h[w] & l[w] & m);
    }
    return new VoterRecord(voter, filter, total, Tally.of(yes, no, abstain));
  }

  /**
   * Computes the agreement between every pair of voters over the roll calls a filter keeps: the
   * share of the roll calls both voted in (yes, no or abstain) where they voted alike.
   *
   * <p>The matrix has the voters with at least one ballot in those roll calls, ordered by the data's
   * name. This is the definition of the R analysis it is checked against (see {@link AgreementMatrix}).
   *
   * @param filter  the filter, not null
   * @return the matrix, not null
   * @throws IllegalArgumentException  if the filter names an issue the data does not have
   */
  public AgreementMatrix agreement(RollCallFilter filter) {
    long[] mask = select(filter);
    int selected = 0;
    for (long w : mask) {
      selected += Long.bitCount(w);
    }
    List<Voter> present = new ArrayList<>();
    List<long[]> planes = new ArrayList<>();
    int cw;
    if (selected == count) {
      // every roll call: the stored planes are already dense
      cw = words;
      for (int v = 0; v < voters.size(); v++) {
        present.add(voters.get(v));
        planes.add(hi[v]);
        planes.add(lo[v]);
      }
    } else {
      // compact the selected roll calls into dense bit planes, so each pair reads only those words
      int[] rank = new int[count];
      int r = 0;
      for (int i = 0; i < count; i++) {
        if ((mask[i >>> 6] & (1L << i)) != 0) {
          rank[i] = r++;
        }
      }
      cw = Math.max(1, (selected + 63) >>> 6);
      for (int v = 0; v < voters.size(); v++) {
        long[] ch = new long[cw];
        long[] cl = new long[cw];
        boolean any = false;
        for (int w = 0; w < words; w++) {
          long hw = hi[v][w] & mask[w];
          long lw = lo[v][w] & mask[w];
          long pw = hw | lw;
          any |= pw != 0;
          while (pw != 0) {
            int bit = Long.numberOfTrailingZeros(pw);
            pw &= pw - 1;
            int k = rank[(w << 6) + bit];
            long set = 1L << k;
            if ((hw & (1L << bit)) != 0) {
              ch[k >>> 6] |= set;
            }
            if ((lw & (1L << bit)) != 0) {
              cl[k >>> 6] |= set;
            }
          }
        }
        if (any) {
          present.add(voters.get(v));
          planes.add(ch);
          planes.add(cl);
        }
      }
    }
    int n = present.size();
    int[] common = new int[n * n];
    int[] same = new int[n * n];
    for (int a = 0; a < n; a++) {
      long[] ha = planes.get(2 * a);
      long[] la = planes.get(2 * a + 1);
      for (int b = a; b < n; b++) {
        long[] hb = planes.get(2 * b);
        long[] lb = planes.get(2 * b + 1);
        int c = 0;
        int s = 0;
        for (int w = 0; w < cw; w++) {
          long both = (ha[w] | la[w]) & (hb[w] | lb[w]);
          c += Long.bitCount(both);
          s += Long.bitCount(both & ~((ha[w] ^ hb[w]) | (la[w] ^ lb[w])));
        }
        common[a * n + b] = c;
        common[b * n + a] = c;
        same[a * n + b] = s;
        same[b * n + a] = s;
      }
    }
    return new AgreementMatrix(filter, selected, present, common, same);
  }
}
