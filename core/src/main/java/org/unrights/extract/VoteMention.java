package org.unrights.extract;

import java.util.List;
import java.util.Optional;
import org.unrights.model.Tally;

/**
 * A statement of how a decision was taken, found by the {@link TallyParser}: a recorded vote with
 * its tally, or adoption without a vote, by consensus or unanimously.
 *
 * @param start  the offset of the first character
 * @param end  the offset just past the last character
 * @param mode  how the decision was taken
 * @param tally  the counts, for a recorded vote
 * @param against  the states named as voting against, e.g. in "2 against (China, Russian
 *     Federation)", as written
 * @param toldInClauses  true for a tally told as three clauses ("23 countries supported it, two
 *     rejected, 22 abstained"), whose verbs are counts, not steps
 */
record VoteMention(int start, int end, Mode mode, Optional<Tally> tally, List<String> against,
    boolean toldInClauses) {

  /** A statement read from one pattern (not told in clauses). */
  VoteMention(int start, int end, Mode mode, Optional<Tally> tally, List<String> against) {
    this(start, end, mode, tally, against, false);
  }

  /** How a decision was taken. */
  enum Mode {
    /** By a recorded vote with counts. */
    RECORDED_VOTE,
    /** Without a vote. */
    WITHOUT_VOTE,
    /** By consensus, or unanimously without counts. */
    CONSENSUS
  }
}
