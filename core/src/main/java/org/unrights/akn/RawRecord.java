package org.unrights.akn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.unrights.model.Conflict;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Evidence;
import org.unrights.model.PartialDate;
import org.unrights.model.Source;
import org.unrights.model.VoteOption;

/** What a reader found in one source, before names are resolved and the model values built. */
final class RawRecord {
  String location;          // file or file:line, for issues
  int line;                 // 0 for AKN files
  Source source;
  String symbolText;
  DocumentSymbol symbol;
  RecordedResult result;
  PartialDate date;
  String title;
  DocumentSymbol draftSymbol;
  PartialDate tabled;
  String sponsorsProse;                         // AKN: "A, B and C"
  List<String> sponsorNames = new ArrayList<>(); // extract: upper-case names
  String additionalSponsorsProse;
  List<String> additionalSponsorNames = new ArrayList<>();
  DocumentSymbol outcomeRecord;
  String resultText;
  boolean chapterVII;
  String frbrWork;
  String frbrExpression;
  List<String> agendaItems = new ArrayList<>();
  List<Subject> subjects = new ArrayList<>();
  List<Integer> sdgs = new ArrayList<>();
  List<Paragraph> preamble = new ArrayList<>();
  List<Paragraph> operative = new ArrayList<>();
  /** Listed voters by option, names as written. */
  Map<VoteOption, List<String>> voters = new EnumMap<>(VoteOption.class);
  /** Counts as stated; an absent option was not stated. */
  Map<VoteOption, Integer> statedCounts = new EnumMap<>(VoteOption.class);
  List<Evidence> evidence = new ArrayList<>();
  List<Conflict> conflicts = new ArrayList<>();
  List<DataIssue> issues = new ArrayList<>();
}
