package org.unrights.votes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.State;
import org.unrights.model.Tally;
import org.unrights.model.VetoedCountsNotRecorded;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

/**
 * Writes a {@link VoteEvent} as a Popolo {@code vote_event} (Popolo 1.0.1): its id, identifier
 * (the resolution or draft symbol), result, start date, {@code organization}, {@code motion},
 * {@code counts} and {@code votes}.
 *
 * <p>Mapping: voters are identified by ISO alpha-3 codes ({@code voter_id}); options are Popolo's
 * {@code yes}, {@code no}, {@code abstain} and {@code not voting}; {@code result} is {@code pass}
 * or {@code fail}; the organization's id is the SDK's body id ({@code ga}, {@code unsc}); a
 * session becomes {@code legislative_session_id} ({@code ga-session-74}). No {@code start_date} is
 * written: Popolo's schema requires a date-time there and the records give only the day, which
 * is not padded with an invented time. A veto whose counts the record does not
 * give has no {@code counts} and lists only the vetoing members' {@code no} votes.
 *
 * <pre>{@code
 * ObjectNode json = PopoloExport.voteEvent(record.voteEvent(9101).orElseThrow());
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PopoloExport {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PopoloExport() {}

  /**
   * Writes a vote event as a Popolo vote event.
   *
   * @param event  the vote event, not null
   * @return a new JSON object, not null
   */
  public static ObjectNode voteEvent(VoteEvent event) {
    ObjectNode json = NODES.objectNode();
    json.put("id", event.id());
    event.resolutionSymbol().or(event::motionSymbol).or(event::meetingRecord)
        .ifPresent(s -> json.put("identifier", s.toString()));
    json.put("organization_id", event.body().id());
    json.set("organization", organization(event.body()));
    json.put("motion_id", event.id() + "-motion");
    json.set("motion", motion(event));
    json.put("classification", event.motionKind().id());
    event.session().ifPresent(n -> json.put("legislative_session_id", event.body().id() + "-session-" + n));
    json.put("result", event.outcome().isAdopted() ? "pass" : "fail");
    if (event.tally().isPresent()) {
      json.set("counts", counts(event.tally().get()));
    }
    ArrayNode votes = json.putArray("votes");
    if (event.outcome() instanceof VetoedCountsNotRecorded) {
      for (State s : ((VetoedCountsNotRecorded) event.outcome()).vetoedBy()) {
        votes.add(vote(event, s, VoteOption.NO));
      }
    } else {
      for (Ballot b : event.ballots()) {
        votes.add(vote(event, b.state(), b.option()));
      }
    }
    return json;
  }

  /**
   * Writes a body as a Popolo organization.
   *
   * @param body  the body, not null
   * @return a new JSON object, not null
   */
  public static ObjectNode organization(Body body) {
    ObjectNode org = NODES.objectNode();
    org.put("id", body.id());
    org.put("name", body.title());
    org.put("classification", body.kind().id());
    return org;
  }

  private static ObjectNode motion(VoteEvent event) {
    ObjectNode motion = NODES.objectNode();
    motion.put("id", event.id() + "-motion");
    motion.put("organization_id", event.body().id());
    event.title().or(event::agendaItem).ifPresent(t -> motion.put("text", t));
    event.motionSymbol().or(event::resolutionSymbol).ifPresent(s -> motion.put("identifier", s.toString()));
    motion.put("classification", event.motionKind().id());
    event.questionKind().ifPresent(q -> motion.put("requirement", q.id()));
    motion.put("result", event.outcome().isAdopted() ? "pass" : "fail");
    return motion;
  }

  private static ArrayNode counts(Tally tally) {
    ArrayNode counts = NODES.arrayNode();
    counts.add(count("yes", tally.yes()));
    counts.add(count("no", tally.no()));
    counts.add(count("abstain", tally.abstain()));
    tally.notVoting().ifPresent(n -> counts.add(count("not voting", n)));
    return counts;
  }

  private static ObjectNode count(String option, int value) {
    ObjectNode count = NODES.objectNode();
    count.put("option", option);
    count.put("value", value);
    return count;
  }

  private static ObjectNode vote(VoteEvent event, State state, VoteOption option) {
    ObjectNode vote = NODES.objectNode();
    vote.put("vote_event_id", event.id());
    vote.put("voter_id", state.alpha3());
    vote.put("option", option == VoteOption.NOT_VOTING ? "not voting" : option.id());
    return vote;
  }
}
