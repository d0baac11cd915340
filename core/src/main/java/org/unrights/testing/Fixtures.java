package org.unrights.testing;

import java.util.Optional;
import org.unrights.corpus.SeedCorpus;
import org.unrights.model.Dossier;
import org.unrights.model.Resolution;
import org.unrights.model.VoteEvent;
import org.unrights.record.OfficialRecord;

/**
 * Ready-made data for tests: the seed corpus and the official record shipped in the SDK's jar,
 * loaded once and shared (they are immutable).
 *
 * <pre>{@code
 * assertThat(Fixtures.seedDossier()).hasConflictAbout("mandate-sr-dprk");
 * assertThat(Fixtures.officialVoteEvent("unsc-vote-2014-12-22")).outcome().hasTally(11, 2, 2);
 * }</pre>
 *
 * <p>For a hypothetical case, write a {@link Scenario} instead.
 */
public final class Fixtures {

  private Fixtures() {}

  /**
   * Returns the seed corpus's dossier: five news, NGO and opinion texts (2014-2019) on the UN's
   * response to human rights in the DPRK, with their reviewed annotations, claims and conflicts.
   *
   * @return the dossier, not null
   * @throws org.unrights.corpus.CorpusFormatException if the shipped corpus is broken
   */
  public static Dossier seedDossier() {
    return SeedCorpus.load();
  }

  /**
   * Returns the official record of the DPRK process as a dossier: resolutions, votes with their
   * ballots, mandates, reports and steps, each checked against the sources the record lists.
   *
   * @return the dossier, not null
   * @throws org.unrights.record.RecordFormatException if the shipped record is broken
   */
  public static Dossier officialRecord() {
    return OfficialRecord.load().dossier();
  }

  /**
   * Returns one vote event of the official record, e.g. {@code "unsc-vote-2014-12-22"}, the
   * Security Council's procedural vote putting the situation in the DPRK on its agenda.
   *
   * @param id  the vote event's id
   * @return the vote event, not null
   * @throws IllegalArgumentException if the record holds no vote event with that id
   */
  public static VoteEvent officialVoteEvent(String id) {
    Optional<VoteEvent> found = officialRecord().voteEvents().stream().filter(v -> v.id().equals(id)).findFirst();
    return found.orElseThrow(() -> new IllegalArgumentException("the official record holds no vote event '" + id + "'"));
  }

  /**
   * Returns one resolution of the official record, e.g. {@code "ga-res-69-188"}.
   *
   * @param id  the resolution's id
   * @return the resolution, not null
   * @throws IllegalArgumentException if the record holds no resolution with that id
   */
  public static Resolution officialResolution(String id) {
    Optional<Resolution> found = officialRecord().resolutions().stream().filter(r -> r.id().equals(id)).findFirst();
    return found.orElseThrow(() -> new IllegalArgumentException("the official record holds no resolution '" + id + "'"));
  }
}
