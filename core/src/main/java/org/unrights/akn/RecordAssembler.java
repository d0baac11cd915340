package org.unrights.akn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Ballot;
import org.unrights.model.Body;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Draft;
import org.unrights.model.MotionKind;
import org.unrights.model.Outcome;
import org.unrights.model.QuestionKind;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.Resolution;
import org.unrights.model.Sponsor;
import org.unrights.model.State;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;
import org.unrights.model.Vetoed;
import org.unrights.model.VoteEvent;
import org.unrights.model.VoteOption;

/** Builds an {@link ScRecord} from what a reader found: names resolved, ballots checked, conflicts kept. */
final class RecordAssembler {

  private static final Pattern COUNTS = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern MEETING = Pattern.compile("(\\d{3,5})\\s*(?:st|nd|rd|th)");
  private static final VoteOption[] OPTIONS = {VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN};

  private RecordAssembler() {}

  /** Returns the SDK id for a symbol: lower case, {@code /}, {@code .} and spaces as {@code -}, no parentheses. */
  static String idOf(DocumentSymbol symbol) {
    String s = symbol.toString();
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '.' || c == ' ') {
        if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
          b.append('-');
        }
      } else if (c != '(' && c != ')') {
        b.append(Character.toLowerCase(c));
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '-') {
      end--;
    }
    return b.substring(0, end);
  }

  /** Builds a conflict with two values from two places. */
  static Conflict conflict(String about, String field, String v1, String from1, String v2, String from2, String note) {
    return Conflict.builder().about(about).field(field)
        .addValue(ConflictingValue.builder().value(v1).addSource(from1).build())
        .addValue(ConflictingValue.builder().value(v2).addSource(from2).build())
        .note(note).build();
  }

  /** Returns the meeting number of an {@code S/PV.n} symbol, or empty for other symbols. */
  static Optional<Integer> pvNumber(DocumentSymbol symbol) {
    Matcher m = PV.matcher(symbol.toString());
    return m.lookingAt() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static final Pattern PV = Pattern.compile("S/PV\\.(\\d+)");

  /** Reads the meeting number from text such as {@code Adopted unanimously, 8868th meeting}. */
  static Optional<Integer> meetingNumber(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = MEETING.matcher(text);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  static ScRecord assemble(RawRecord raw, MemberNames names) {
    String sym = raw.symbol.toString();
    String recordId = raw.result == RecordedResult.ADOPTED ? idOf(raw.symbol)
        : idOf(raw.draftSymbol != null ? raw.draftSymbol : raw.symbol);
    String where = raw.location;
    List<DataIssue> issues = new ArrayList<>(raw.issues);
    List<Conflict> conflicts = new ArrayList<>(raw.conflicts);

    // Voters: resolve names, then settle states listed under two options by the stated counts.
    Map<VoteOption, List<State>> lists = new EnumMap<>(VoteOption.class);
    for (VoteOption o : OPTIONS) {
      lists.put(o, names.resolveAll(raw.voters.getOrDefault(o, List.of()), sym, where + " (" + o + ")", issues));
    }
    settleDuplicates(lists, raw, recordId, issues, conflicts);

    int listed = lists.values().stream().mapToInt(List::size).sum();
    Tally stated = statedTally(raw);
    Tally tally = null;
    List<Ballot> ballots = new ArrayList<>();
    if (listed > 0) {
      tally = Tally.of(lists.get(VoteOption.YES).size(), lists.get(VoteOption.NO).size(),
          lists.get(VoteOption.ABSTAIN).size());
      for (VoteOption o : OPTIONS) {
        for (State s : lists.get(o)) {
          ballots.add(Ballot.of(s, o));
        }
      }
      for (VoteOption o : OPTIONS) {
        Integer c = raw.statedCounts.get(o);
        int n = lists.get(o).size();
        if (c != null && c != n) {
          conflicts.add(conflict(recordId, "tally." + o.id(), c + " (stated count)", where,
              n + " (listed voters)", where, "the outcome uses the listed voters"));
        }
      }
    } else if (stated != null && stated.cast() > 0) {
      tally = stated;
    }
    // The result text's own counts, e.g. "Adopted 12-0-3; voting by mail".
    if (raw.resultText != null) {
      Matcher m = COUNTS.matcher(raw.resultText);
      if (m.find()) {
        Tally t = Tally.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (tally == null) {
          tally = t;
        } else if (!sameCounts(t, tally)) {
          conflicts.add(conflict(recordId, "tally", t + " (result text)", where,
              tally + (listed > 0 ? " (listed voters)" : " (stated counts)"), where, raw.resultText));
        }
      }
    }
    if (tally == null && stated == null && raw.result != RecordedResult.ADOPTED) {
      issues.add(DataIssue.of(DataIssueKind.MISSING_COUNTS, sym, where,
          "no vote counts and no voters: the outcome is left unknown, only the recorded result " + raw.result + " is kept"));
    }

    Outcome outcome = outcome(raw, tally, ballots, sym, where, issues);
    List<Sponsor> sponsors = raw.sponsorsProse != null
        ? names.resolveProse(raw.sponsorsProse, sym, where + " (sponsors)", issues)
        : names.resolveSponsorList(raw.sponsorNames, sym, where + " (sponsors)", issues);
    List<Sponsor> additional = raw.additionalSponsorsProse != null
        ? names.resolveProse(raw.additionalSponsorsProse, sym, where + " (additional sponsors)", issues)
        : names.resolveSponsorList(raw.additionalSponsorNames, sym, where + " (additional sponsors)", issues);

    Optional<DocumentSymbol> meeting = Optional.ofNullable(raw.outcomeRecord).filter(DocumentSymbol::isMeetingRecord);
    ScRecord.Builder b = ScRecord.builder()
        .symbol(raw.symbol).source(raw.source).recordedResult(raw.result)
        .chapterVII(raw.chapterVII).agendaItems(raw.agendaItems).subjects(raw.subjects).sdgs(raw.sdgs)
        .preamble(raw.preamble).operativeParagraphs(raw.operative)
        .outcomeRecord(Optional.ofNullable(raw.outcomeRecord)).resultText(Optional.ofNullable(raw.resultText))
        .frbrWork(Optional.ofNullable(raw.frbrWork)).frbrExpression(Optional.ofNullable(raw.frbrExpression))
        .statedTally(Optional.ofNullable(stated));
    if (raw.line > 0) {
      b.line(raw.line);
    }

    Draft draft = null;
    if (raw.draftSymbol != null) {
      Draft.Builder d = Draft.builder().id(idOf(raw.draftSymbol)).symbol(raw.draftSymbol).body(Body.UNSC)
          .mainSponsors(sponsors).coSponsors(additional).outcome(Optional.ofNullable(outcome))
          .decided(Optional.ofNullable(raw.date)).meetingRecord(meeting).tabled(Optional.ofNullable(raw.tabled));
      if (raw.result != RecordedResult.ADOPTED) {
        d.title(Optional.ofNullable(raw.title)).evidence(raw.evidence);
      }
      draft = d.build();
      b.draft(draft);
    }
    List<String> subjectTerms = new ArrayList<>(raw.agendaItems);
    if (raw.result == RecordedResult.ADOPTED) {
      Resolution.Builder r = Resolution.builder().id(recordId).symbol(raw.symbol).body(Body.UNSC)
          .title(Optional.ofNullable(raw.title)).mainSponsors(sponsors).coSponsors(additional)
          .adopted(Optional.ofNullable(raw.date)).outcome(Optional.ofNullable(outcome)).meetingRecord(meeting)
          .subjects(subjectTerms).evidence(raw.evidence);
      if (draft != null) {
        r.addDraft(draft);
      }
      b.resolution(r.build());
    }

    if (outcome != null && outcome.recordedTally().isPresent()) {
      VoteEvent.Builder v = VoteEvent.builder().id("vote-" + recordId).body(Body.UNSC)
          .date(Optional.ofNullable(raw.date)).motionKind(MotionKind.DRAFT_RESOLUTION)
          .title(Optional.ofNullable(raw.title)).motionSymbol(Optional.ofNullable(raw.draftSymbol))
          .meetingRecord(meeting).questionKind(QuestionKind.SUBSTANTIVE).outcome(outcome)
          .agendaItem(raw.agendaItems.stream().findFirst());
      if (raw.result == RecordedResult.ADOPTED) {
        v.resolutionSymbol(raw.symbol);
      }
      b.voteEvent(v.build());
    }

    if (raw.draftSymbol != null && raw.tabled != null) {
      b.addStep(Step.builder().id("step-" + recordId + "-tabled").type(StepType.DRAFT_TABLED)
          .date(raw.tabled).actor(Body.UNSC).addConcern(idOf(raw.draftSymbol)).symbol(raw.draftSymbol)
          .summary("draft " + raw.draftSymbol + (sponsors.isEmpty() ? "" : " tabled by "
              + String.join(", ", sponsors.stream().map(Sponsor::name).toList())))
          .build());
    }
    StepType type = raw.result == RecordedResult.ADOPTED ? StepType.RESOLUTION_ADOPTED
        : outcome instanceof Vetoed || (outcome == null && raw.result == RecordedResult.VETOED)
            ? StepType.VETO_CAST : StepType.RESOLUTION_REJECTED;
    b.addStep(Step.builder().id("step-" + recordId + "-" + raw.result.id()).type(type)
        .date(Optional.ofNullable(raw.date)).actor(Body.UNSC).addConcern(recordId)
        .symbol(raw.result == RecordedResult.ADOPTED ? raw.symbol : raw.draftSymbol != null ? raw.draftSymbol : raw.symbol)
        .outcome(Optional.ofNullable(outcome)).summary(Optional.ofNullable(raw.resultText))
        .build());
    return b.conflicts(conflicts).issues(issues).build();
  }

  private static boolean sameCounts(Tally a, Tally b) {
    return a.yes() == b.yes() && a.no() == b.no() && a.abstain() == b.abstain();
  }

  private static Tally statedTally(RawRecord raw) {
    if (raw.statedCounts.isEmpty()) {
      return null;
    }
    return Tally.of(raw.statedCounts.getOrDefault(VoteOption.YES, 0), raw.statedCounts.getOrDefault(VoteOption.NO, 0),
        raw.statedCounts.getOrDefault(VoteOption.ABSTAIN, 0));
  }

  private static Outcome outcome(RawRecord raw, Tally tally, List<Ballot> ballots, String sym, String where,
      List<DataIssue> issues) {
    switch (raw.result) {
      case ADOPTED:
        if (tally != null && tally.cast() > 0) {
          return AdoptedByRecordedVote.builder().tally(tally).ballots(ballots).build();
        }
        String text = raw.resultText == null ? "" : raw.resultText.toLowerCase(Locale.ROOT);
        if (text.contains("without vote") || text.contains("acclamation")) {
          return Outcome.withoutVote();
        }
        return Outcome.adopted();
      case VETOED:
        if (tally == null) {
          return null;
        }
        List<State> vetoing = new ArrayList<>();
        for (Ballot bl : ballots) {
          if (bl.option() == VoteOption.NO && bl.state().isPermanentSecurityCouncilMember()) {
            vetoing.add(bl.state());
          }
        }
        if (vetoing.isEmpty()) {
          issues.add(DataIssue.of(DataIssueKind.INCONSISTENT_OUTCOME, sym, where,
              "recorded as vetoed but no permanent member is listed against (" + tally + "); kept as rejected"));
          return RejectedByRecordedVote.builder().tally(tally).ballots(ballots).build();
        }
        return Vetoed.builder().tally(tally).ballots(ballots).vetoedBy(vetoing).build();
      default:
        return tally == null ? null : RejectedByRecordedVote.builder().tally(tally).ballots(ballots).build();
    }
  }

  /** A state listed under two options stays where the stated counts want it; both listings become a conflict. */
  private static void settleDuplicates(Map<VoteOption, List<State>> lists, RawRecord raw, String recordId,
      List<DataIssue> issues, List<Conflict> conflicts) {
    Map<State, List<VoteOption>> seen = new LinkedHashMap<>();
    for (VoteOption o : OPTIONS) {
      for (State s : lists.get(o)) {
        seen.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
      }
    }
    for (Map.Entry<State, List<VoteOption>> e : seen.entrySet()) {
      List<VoteOption> opts = e.getValue();
      if (opts.size() < 2) {
        continue;
      }
      State s = e.getKey();
      VoteOption keep = opts.get(0);
      for (VoteOption o : opts) {
        Integer c = raw.statedCounts.get(o);
        if (c != null && c == lists.get(o).size()) {
          keep = o;
        }
      }
      for (VoteOption o : opts) {
        if (o != keep) {
          lists.get(o).remove(s);
        }
      }
      issues.add(DataIssue.of(DataIssueKind.DUPLICATE_BALLOT, raw.symbol.toString(), raw.location,
          s.alpha3() + " is listed under " + opts + "; kept under " + keep + ", which the stated counts support"));
      conflicts.add(conflict(recordId, "ballot." + s.alpha3(), opts.get(0).id(), raw.location,
          opts.get(1).id(), raw.location, "a member listed under two options"));
    }
  }
}
