package org.unrights.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unrights.model.AdoptedByRecordedVote;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Evidence;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.model.RejectedByRecordedVote;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.Step;
import org.unrights.model.StepType;
import org.unrights.model.Tally;
import org.unrights.model.Vetoed;

/**
 * The step-assembly stage: reads one document sentence by sentence, keeps the discourse (the
 * bodies and steps mentioned so far, for "the Council", "the commission", "the resolution"), and
 * turns each trigger with the mentions around it into a proposed {@link Step}.
 *
 * <p>One instance reads one document; not thread-safe. {@link PipelineExtractor} creates one per
 * call.
 */
final class DocumentReader {

  private static final Set<Body> VOTING = EnumSet.of(Body.GA, Body.GA_THIRD_COMMITTEE, Body.HRC,
      Body.CHR, Body.UNSC, Body.ECOSOC);
  private static final Set<Body> REPORTERS = EnumSet.of(Body.COI, Body.SPECIAL_RAPPORTEUR,
      Body.INDEPENDENT_EXPERTS, Body.OHCHR, Body.HIGH_COMMISSIONER, Body.SECRETARY_GENERAL);
  /** Who presents a report to a body: the reporters, and the ICC Prosecutor reporting to the Security Council. */
  private static final Set<Body> PRESENTERS = EnumSet.of(Body.COI, Body.SPECIAL_RAPPORTEUR,
      Body.INDEPENDENT_EXPERTS, Body.OHCHR, Body.HIGH_COMMISSIONER, Body.SECRETARY_GENERAL, Body.ICC);
  private static final Pattern CONCLUDED_EVENT = Pattern.compile(
      "\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:visit|mission|session|trip|tour|dialogue|"
          + "meeting|debate|consultations?|deliberations|work)\\b");
  private static final Pattern OPENED_CASE = Pattern.compile(
      "\\s+(?:a|an|the|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:investigation|probe|examination|case|trial|prosecution)s?\\b");
  private static final Set<String> VISIT_KINDS = Set.of("visit-request", "invite", "refuse", "withdraw");
  private static final List<String> VISITOR_ANAPHORS = List.of("ms. ", "mr. ", "mrs. ", "dr. ",
      "professor ", "the expert ", "the experts ", "the mandate holder");
  private static final Set<Body> VISITORS = EnumSet.of(Body.SPECIAL_RAPPORTEUR,
      Body.HIGH_COMMISSIONER, Body.COI, Body.OHCHR, Body.INDEPENDENT_EXPERTS);
  private static final Set<Body> ESTABLISHERS = EnumSet.of(Body.GA, Body.GA_THIRD_COMMITTEE,
      Body.HRC, Body.CHR, Body.UNSC, Body.ECOSOC, Body.SECRETARY_GENERAL, Body.HIGH_COMMISSIONER,
      Body.OHCHR);
  private static final Set<Body> RECOMMENDERS = EnumSet.of(Body.GA, Body.GA_THIRD_COMMITTEE,
      Body.HRC, Body.CHR, Body.COI, Body.OHCHR, Body.HIGH_COMMISSIONER, Body.SPECIAL_RAPPORTEUR,
      Body.INDEPENDENT_EXPERTS, Body.SECRETARY_GENERAL);
  private static final Set<String> BLOCKERS = Set.of("government", "representative",
      "delegation", "ambassador", "envoy", "minister", "president", "parliament", "congress",
      "lawmakers", "authorities", "groups", "organisations", "organizations", "ngos", "officials",
      "leader", "court", "senate", "regime", "diplomats", "experts", "activists", "media");
  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "of", "into", "against",
      "to", "with", "from", "by", "about", "for", "toward", "towards", "over", "regarding",
      "concerning", "visit", "situation");
  private static final Set<String> MODALS = Set.of("should", "would", "could", "will", "shall",
      "may", "might", "must", "can", "cannot", "won't", "wouldn't", "shouldn't", "if", "unless",
      "whether", "expected", "scheduled", "plans", "plan", "planned", "intends", "intend",
      "likely", "unlikely", "urge", "urged", "urges", "urging", "ask", "asks", "asked", "asking",
      "encourage", "encourages", "encouraged", "encouraging", "recommend", "recommends",
      "recommended", "recommendation", "recommendations", "recommending", "seek", "seeks",
      "hope", "hopes", "want", "wants", "demand", "demands", "demanded", "consider",
      "considering", "proposed", "proposal", "calling", "called", "calls", "pressing", "press",
      "push", "pushing", "'ll", "needs", "need", "expect", "expects", "hoped", "hoping");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "failed", "refused");
  private static final Set<String> DECISION_VERBS = Set.of("voted", "decided", "agreed", "moved",
      "went", "resolved", "chose", "opted", "votes", "decides", "decision", "vote");
  private static final Set<Body> MECHANISMS = EnumSet.of(Body.COI, Body.SPECIAL_RAPPORTEUR, Body.INDEPENDENT_EXPERTS);
  /** The words that join a mechanism's title to the state in its name. */
  private static final Pattern NAME_LINK = Pattern.compile(
      "\\s+(?:on|in|for|into)\\s+(?:(?:the|situation|of|human|rights|in|on|violations|abuses|and)\\s+){0,7}");
  private static final String NOT_A_NEGATION = "(?!longer|later|sooner|fewer|less|more|doubt|matter|one\\s+but)";
  /** Just after a trigger: "vetoed nothing", "adopted no resolution", "passed none of them". */
  private static final Pattern NEGATED_OBJECT = Pattern.compile(
      "\\s+(?:nothing\\b|none\\b|no\\s+" + NOT_A_NEGATION + "\\p{L}|not\\s+" + NOT_A_NEGATION + "(?:a|one|any|a\\s+single)\\s)");
  private static final Pattern OWN_VERB = Pattern.compile("\\p{L}{2,}ed\\s+(?:was|were|has|had|is|are)\\b");
  /** A clause's subject that negates it: "no state", "none of the drafts", "not one of", "neither", "nobody". */
  private static final Pattern NEGATED_SUBJECT = Pattern.compile(
      "(?:^|[,;:]\\s*|\\b(?:but|and|yet|so|that|which|while|when|as|though|although|because)\\s+)"
          + "((?:no\\s+" + NOT_A_NEGATION + "\\p{L}|none\\b|nobody\\b|nothing\\b|neither\\b|not\\s+(?:one|a\\s+single)\\b))");
  private static final Pattern MEMBERS_NAMED = Pattern.compile(
      "\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}(?:members|commissioners|experts)\\s+(?:of|to)\\s+");
  private static final Set<StepType> LEAD_DATED = EnumSet.of(StepType.RESOLUTION_ADOPTED,
      StepType.RESOLUTION_REJECTED, StepType.VETO_CAST, StepType.MANDATE_RENEWED,
      StepType.MECHANISM_ESTABLISHED, StepType.MEMBERSHIP_SUSPENDED, StepType.REFERRAL_MADE,
      StepType.AMENDMENT_ADOPTED, StepType.AMENDMENT_REJECTED);
  static final Pattern PLUPERFECT = Pattern.compile(
      "\\b(?:had|previously|earlier|last(?!\\s+day\\s+of\\b)|in\\s+(?:19|20)\\d\\d|ago)\\b");
  private static final Pattern COUNTED_TEXTS = Pattern.compile(
      "(?:,?\\s+(?:without\\s+a\\s+vote|by\\s+consensus|unanimously|also|today|later|then),?){0,2}"
          + "\\s+(?:some\\s+|a\\s+total\\s+of\\s+)?(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|"
          + "dozens\\s+of)\\s+(?:\\w+\\s+){0,2}(?:resolutions|texts|drafts|decisions)\\b");
  static final Pattern LIST_CONTINUATION = Pattern.compile(
      "(?:,\\s*|\\s)(?:and|as\\s+(?:was|were))\\s+(?:a|the|another)\\s+(?:draft\\s+)?(?:resolution|text|draft)"
          + "\\s+on\\s+");
  /**
   * Where {@link #LIST_CONTINUATION} may match (in lower-cased text): a comma or white space that an
   * "an" or "as" follows, after any white space after a comma (see {@link StartFilteredMatcher};
   * {@code DocumentReaderStartsTest} compares the filtered search with {@code find()} on every gold text).
   */
  static final StartFilteredMatcher.Starts LIST_CONTINUATION_STARTS = StartFilteredMatcher.Starts.of(
      ", \t\n\u000B\f\r", (x, i) -> {
        int j = i + 1;
        if (x.charAt(i) == ',') {
          while (j < x.length() && StartFilteredMatcher.space(x.charAt(j))) {
            j++;
          }
        } else if (!StartFilteredMatcher.space(x.charAt(i))) {
          return false;
        }
        return j + 1 < x.length() && x.charAt(j) == 'a' && (x.charAt(j + 1) == 'n' || x.charAt(j + 1) == 's');
      });
  private static final Pattern INDEFINITE_THEMATIC = Pattern.compile(
      "\\b(?:a|another|two|three|four|several)\\s+(?:further\\s+)?(?:draft|resolution|text|decision)s?"
          + "(?:\\s+resolutions?)?\\s+on\\s+(?!the\\s+(?:situation|crisis|conflict|country)|human\\s+rights\\s+in)");
  static final Pattern HABITUAL = Pattern.compile(
      "\\b(?:in\\s+a\\s+row|every\\s+year|each\\s+year|annually|repeatedly|regularly|routinely"
          + "|year\\s+after\\s+year|such\\s+resolutions"
          + "|since\\s+(?:(?:19|20)\\d\\d|the\\s+(?:early\\s+|mid-?|late\\s+)?(?:19|20)\\d0s)|most\\s+years)\\b");
  /**
   * Where {@link #HABITUAL} may match: the first word of one of its phrases, at a word start (see
   * {@link StartFilteredMatcher}; {@code DocumentReaderStartsTest} checks that every phrase of the
   * pattern is allowed, so a new phrase needs its first word here).
   */
  static final StartFilteredMatcher.Starts HABITUAL_STARTS = StartFilteredMatcher.Starts.words("in",
      "every", "each", "annually", "repeatedly", "regularly", "routinely", "year", "such", "since", "most");
  // where the sentence rules' patterns that open with a word may match (DocumentReaderStartsTest
  // compares each filtered search with find() on every gold text)
  static final StartFilteredMatcher.Starts PLUPERFECT_STARTS =
      StartFilteredMatcher.Starts.words("had", "previously", "earlier", "last", "in", "ago");
  static final StartFilteredMatcher.Starts REPORT_TO_BODY_STARTS =
      StartFilteredMatcher.Starts.words("in", "from", "of", "to");
  static final StartFilteredMatcher.Starts DIALOGUE_HELD_STARTS =
      StartFilteredMatcher.Starts.words("during", "in", "at");
  static final StartFilteredMatcher.Starts NOT_YET_STARTS = StartFilteredMatcher.Starts.words("will", "would",
      "shall", "should", "expected", "due", "scheduled", "next", "upcoming", "forthcoming", "planned");
  static final StartFilteredMatcher.Starts REPORTED_IN_ITS_REPORT_STARTS = StartFilteredMatcher.Starts.words(
      "reported", "said", "found", "concluded", "wrote", "warned", "documented", "stated", "noted");
  static final StartFilteredMatcher.Starts CITED_RESOLUTION_STARTS = StartFilteredMatcher.Starts.words("its");

  private static final String[] CLAUSE_SEPARATORS = {";", " but ", " while ", " whereas ", " since ",
      " after ", " when ", " because ", " although ", " though ", ", and ", " - "};
  static final Pattern DATED_REVIEW = Pattern.compile(
      "\\b((?:19|20)\\d\\d)\\s+(?:Universal\\s+Periodic\\s+Review|UPR|[Rr]eview(?:\\s+process)?)\\b");
  /** Where {@link #DATED_REVIEW} may match: a word that opens with "19" or "20" and two more digits. */
  static final StartFilteredMatcher.Starts DATED_REVIEW_STARTS = StartFilteredMatcher.Starts.of("12",
      (x, i) -> i + 3 < x.length() && StartFilteredMatcher.wordStart(x, i)
          && (x.charAt(i) == '1' && x.charAt(i + 1) == '9' || x.charAt(i) == '2' && x.charAt(i + 1) == '0')
          && x.charAt(i + 2) >= '0' && x.charAt(i + 2) <= '9' && x.charAt(i + 3) >= '0' && x.charAt(i + 3) <= '9');
  /**
   * A dateline: a place in capitals or title case, an optional date or agency, then a dash; or,
   * in the style of UN News, a full date alone ("18 December 2013 -", "December 18, 2013 -").
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^[ \\t]*(?:\\p{Lu}[\\p{L}.']{1,20}(?:[ -]\\p{Lu}[\\p{L}.']{0,20}){0,3}"
          + "(?:,[ \\t]*[^\\n\\-()]{3,30}?)?[ \\t]*(?:\\([^)\\n]{1,40}\\))?"
          + "|\\d{1,2}[ \\t]+\\p{Lu}\\p{L}{2,8}\\.?[ \\t]+\\d{4}|\\p{Lu}\\p{L}{2,8}\\.?[ \\t]+\\d{1,2},?[ \\t]+\\d{4})"
          + "[ \\t]*-{1,2}(?:[ \\t]|$)");
  private static final Pattern SPONSORED_TEXT = Pattern.compile("\\s+(?:text|draft|proposal)\\b");
  private static final Pattern FRONTED =
      Pattern.compile("(?:in|after|following|upon|on|by|when|having|at|during|wrapping|concluding|closing)\\s");
  static final Pattern SPONSOR_BEFORE = Pattern.compile(
      "\\b(?:tabled|sponsored|put forward|brought|introduced|drafted|presented|submitted|proposed|behalf of|sponsors?|backed"
          + "|co-sponsors?)\\s+(?:by\\s+)?(?:the\\s+)?(?:(?:delegations?|representatives?|governments?)\\s+of\\s+(?:the\\s+)?)?"
          + "(?:[\\p{L} ]{0,25}\\s+and\\s+)?$");
  /** Every word {@link #SPONSOR_BEFORE} and {@link #BY_BEFORE} need holds one of these. */
  private static final String[] SPONSOR_STEMS = {"by", "tabled", "sponsor", "forward", "introduced",
      "drafted", "presented", "submitted", "behalf", "backed", "brought", "proposed"};
  private static final Pattern AGENT_OF_PARTICIPLE = Pattern.compile(
      "\\b(?:proposed|tabled|sponsored|introduced|submitted|put\\s+forward|urged|asked|pressed|backed|supported"
          + "|requested|recommended)\\s+by\\s+(?:the\\s+)?$");
  static final Pattern BY_BEFORE = Pattern.compile("\\bby\\s+(?:the\\s+)?$");
  /**
   * Where {@link #SPONSOR_BEFORE} and {@link #BY_BEFORE} may match: one of their words at a word
   * start (see {@link StartFilteredMatcher}; {@code DocumentReaderStartsTest} checks that every
   * word of the patterns is allowed, so a new word needs its start here).
   */
  static final StartFilteredMatcher.Starts SPONSOR_STARTS = StartFilteredMatcher.Starts.words("tabled",
      "sponsor", "put forward", "brought", "introduced", "drafted", "presented", "submitted", "behalf of",
      "backed", "co-sponsor", "proposed");
  static final StartFilteredMatcher.Starts BY_STARTS = StartFilteredMatcher.Starts.words("by");

  private final String sourceId;
  private final String original;
  private final String text;
  /** The text lower-cased character by character (same length and offsets), made once per document. */
  private final String lowerText;
  /** The characters of {@link #text}, read by the gazetteer and the date resolvers; never written. */
  private final char[] chars;
  private final Optional<PartialDate> published;
  /** The end of the first line's dateline ("NAIROBI, 3 March -"), or -1: its city is where the story was filed. */
  private final int datelineEnd;
  private TemporalResolver temporal;
  private final Map<Body, Integer> lastBody = new EnumMap<>(Body.class);
  private final List<Draft> drafts = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private String topicState;
  private boolean actorBlocked;
  /** The day the lead of the story dates ("this morning", "on Thursday"), and who acted then. */
  private PartialDate leadDate;
  private Body leadBody;

  /** A step being assembled. */
  private static final class Draft {
    StepType type;
    Body actor;
    boolean actorExplicit;
    State state;
    boolean stateExplicit;
    PartialDate date;
    VoteMention vote;
    DocumentSymbol symbol;
    String person;
    final List<String> sponsors = new ArrayList<>();
    final List<State> vetoers = new ArrayList<>();
    Body visitor;
    boolean distinct;
    int sentenceIndex;
    Sentence sentence;
    boolean merged;
    /** The trigger's end, for steps told as a list ("and the text on Crimea"). */
    int triggerEnd;
  }

  /** A mention resolved within one sentence. */
  private record Entity(int start, int end, Gazetteer.Kind kind, Body body, String state,
      boolean afterPreposition, boolean afterBy, boolean sponsorLike, boolean resolutionRef,
      boolean sponsorPhrase, Body namedBy) {
    /** The same mention as a state named inside a mechanism's name ("... on human rights in Belarus"). */
    Entity inNameOf(Body mechanism) {
      return new Entity(start, end, kind, body, state, afterPreposition, afterBy, sponsorLike, resolutionRef,
          sponsorPhrase, mechanism);
    }
  }

  DocumentReader(String sourceId, CharSequence original, Optional<PartialDate> published) {
    this.sourceId = sourceId;
    this.original = original.toString();
    // the normal text, its lower case and its characters in one pass over the text
    TextNormalizer.Normalized normal = TextNormalizer.normalizeAndLower(original);
    this.text = normal.text();
    this.lowerText = normal.lower();
    this.chars = normal.chars();
    List<int[]> datelines = datelines(text);
    this.datelineEnd = datelines.isEmpty() ? -1 : datelines.get(0)[1];
    // every resolver of the document reads the one array of its characters
    Optional<PartialDate> reference = datelineDate(text, chars, datelines, published).or(() -> published);
    this.published = reference;
    this.temporal = new TemporalResolver(reference, text, chars);
  }

  /**
   * The {@link #DATELINE} matches in the first 600 characters, as {start, end}, in text order. A
   * match never crosses a line and needs a dash before a space or tab or at the line's end, so only
   * the lines that hold one are tried, each from its start.
   */
  static List<int[]> datelines(String text) {
    String head = text.substring(0, Math.min(text.length(), 600));
    List<int[]> out = new ArrayList<>(1);
    Matcher m = null;
    int lineStart = 0;
    while (lineStart < head.length()) {
      int lineEnd = head.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? head.length() : lineEnd;
      if (dashBeforeSpace(head, lineStart, lineEnd)) {
        m = m == null ? DATELINE.matcher(head) : m;
        m.region(lineStart, lineEnd);
        if (m.lookingAt()) {
          out.add(new int[] {m.start(), m.end()});
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static boolean dashBeforeSpace(String s, int from, int to) {
    for (int i = s.indexOf('-', from); i >= 0 && i < to; i = s.indexOf('-', i + 1)) {
      if (i + 1 == to || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t') {
        return true;
      }
    }
    return false;
  }

  /**
   * The date of a dateline that opens one of a text's first lines ("GENEVA, 5 October 2023 -",
   * "NEW YORK, Dec. 18 (Wire) -", "GENEVA (6 July 2023) -"): the day the story was filed, which
   * frames "today" and "on Tuesday" even when the publication date says otherwise. Empty when no
   * dateline gives a full day.
   */
  private static Optional<PartialDate> datelineDate(String text, char[] chars, List<int[]> datelines,
      Optional<PartialDate> published) {
    for (int[] m : datelines) {
      for (DateMention dm : new TemporalResolver(published, text, chars).resolve(text, m[0], m[1])) {
        PartialDate d = dm.date().orElse(null);
        if (d != null && d.precision() == PartialDate.Precision.DAY && d.year().isPresent() && !dm.future()) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the document.
   *
   * @return the proposals, not null
   */
  Extraction read() {
    List<Sentence> sentences = SentenceSplitter.split(text);
    List<Gazetteer.Hit> hits = Gazetteer.standard().find(text, chars, 0, text.length());
    allHits = hits;
    topicState = topic(hits);
    int h = 0;
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      int first = h;
      while (h < hits.size() && hits.get(h).start() < s.end()) {
        h++;
      }
      readSentence(si, s, hits.subList(first, h));
    }
    return build();
  }

  /** The end of a headline: a short first line without a final full stop; -1 when there is none. */
  private int headlineEnd() {
    int nl = text.substring(0, Math.min(text.length(), 201)).indexOf('\n');
    if (nl < 20 || nl > 200) {
      return -1;
    }
    int end = nl;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    char last = text.charAt(end - 1);
    return last == '.' || last == ':' || last == ',' ? -1 : end;
  }

  private int headlineEnd = -1;

  private String topic(List<Gazetteer.Hit> hits) {
    headlineEnd = headlineEnd();
    Map<String, Double> weight = new HashMap<>();
    for (Gazetteer.Hit hit : hits) {
      double w;
      switch (hit.kind()) {
        case STATE:
          w = 1;
          break;
        case DEMONYM:
          w = 0.7;
          break;
        case CAPITAL:
          w = 0.4;
          break;
        default:
          continue;
      }
      if (insideParentheses(hit.start()) || hit.kind() == Gazetteer.Kind.CAPITAL && hit.end() <= datelineEnd) {
        continue; // "1 against (United States)": a voter, not what the text is about
      }
      String before = previousWord(hit.start());
      if (before.equals("in") || before.equals("on") || before.equals("for")) {
        w *= 2; // "human rights in Burundi", "the resolution on Iran"
      } else if (before.equals("of") && AsciiCase.regionMatches(text, Math.max(0, hit.start() - 18),
          "representative of")) {
        w *= 0.2; // a speaker
      }
      if (hit.end() <= headlineEnd) {
        w *= 2; // the headline says what the story is about
      }
      weight.merge(hit.value(), w, Double::sum);
    }
    return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
  }

  // ---------------------------------------------------------------- one sentence

  private void readSentence(int si, Sentence s, List<Gazetteer.Hit> hits) {
    sentenceIndexNow = si;
    previousSentenceStart = sentenceStartNow; sentenceStartNow = s.start();
    sentenceLower = lowerText.substring(s.start(), s.end());
    sentenceText = text.substring(s.start(), s.end());
    sentenceLowerStart = s.start();
    sentenceLowerEnd = s.end();
    if (s.start() > datelineEnd && s.start() > 0 && text.charAt(s.start() - 1) == '\n') {
      paragraphDateline(s);
    }
    previousState = currentState;
    previousQuoted = currentQuoted;
    currentState = soleState(hits);
    currentQuoted = text.charAt(s.start()) == '"';
    currentState = unlessOnlySponsor(currentState, hits);
    Body presentReporter = presentReportAuthor(s);
    if (s.start() > 0 && text.charAt(s.start() - 1) == '\n') {
      entryDate = s.end() - s.start() <= 24 && text.charAt(s.end() - 1) == '.' ? entryHeadingDate(s) : null;
    }
    int draftsBefore = drafts.size();
    readSentenceBody(si, s, hits);
    leadSentenceStart = leadDate != null && leadSentenceStart < 0 ? s.start() : leadSentenceStart;
    if (presentReporter != null) {
      presentReport(si, s, presentReporter);
    }
    char c0 = text.charAt(s.start());
    if ((c0 == 'T' || c0 == 't') && published.isPresent()) {
      todaysMeeting(si, s);
    }
    if ((c0 == 'D' || c0 == 'A' || c0 == 'I') && published.isPresent()) {
      todaysMeeting(si, s); // "During this afternoon's meeting, ..."
    }
    if (drafts.size() == draftsBefore && latest(VOTING) == Body.UNSC
        && containsWithin(" received ", s.start(), s.end())) {
      councilTextReceived(si, s);
    }
    boolean bodyNamed = false;
    for (int i = 0; i < hits.size() && !bodyNamed; i++) {
      bodyNamed = hits.get(i).kind() == Gazetteer.Kind.BODY || hits.get(i).kind() == Gazetteer.Kind.REF;
    }
    if (bodyNamed && containsWithin(" report to the ", s.start(), s.end())) {
      reportToBody(si, s);
    }
    if (bodyNamed && containsWithin("interactive dialogue", s.start(), s.end())) {
      interactiveDialogue(si, s);
    }
    citedResolutions(si, s);
    reportOpener(si, s, hits);
    reportedInItsReport(si, s, hits, draftsBefore);
    resolutionText(si, s, hits);
    if (entryDate != null) {
      for (int i = draftsBefore; i < drafts.size(); i++) {
        if (drafts.get(i).date == null) {
          drafts.get(i).date = entryDate;
        }
      }
    }
  }

  /** The date of the chronology entry whose paragraph is being read; null outside one. */
  private PartialDate entryDate;

  /**
   * A chronology entry that opens its line with a date standing alone as a sentence ("27 May 2009.
   * The Council adopted ...", "March 2019. ..."): the date, which then dates the undated steps of
   * the rest of its paragraph. Null for any other short line.
   */
  private PartialDate entryHeadingDate(Sentence s) {
    char before = text.charAt(s.end() - 2);
    if (before < '0' || before > '9') {
      return null;
    }
    for (DateMention dm : temporal.resolve(text, s.start(), s.end())) {
      PartialDate d = dm.date().orElse(null);
      if (d != null && d.year().isPresent() && !dm.future() && dm.start() - s.start() <= 6
          && dm.end() >= s.end() - 1) {
        return d;
      }
    }
    return null;
  }

  private static final Pattern PRESENT_REPORT = Pattern.compile(
      "(?:the|this) (?:present )?report(?:,)? (?:is|was|has been) (?:hereby )?(?:submitted|presented|prepared|issued)\\b");

  /**
   * A report that opens its summary with "The present report is submitted to the General Assembly
   * pursuant to ..." is published, on the document's date, by the author its title names ("Report
   * of the Secretary-General", "Report of the Special Rapporteur on ..."): the reporter last named
   * before the sentence. Null when the sentence is no such opening or no reporter is named.
   */
  private Body presentReportAuthor(Sentence s) {
    if (!(lowerText.startsWith("the present report", s.start()) || lowerText.startsWith("this report", s.start()))) {
      return null;
    }
    if (!PRESENT_REPORT.matcher(lowerText).region(s.start(), s.end()).lookingAt()) {
      return null;
    }
    Body best = null;
    int bestPos = -1;
    for (Map.Entry<Body, Integer> e : lastBody.entrySet()) {
      if (REPORTERS.contains(e.getKey()) && e.getValue() < s.start() && e.getValue() > bestPos) {
        best = e.getKey();
        bestPos = e.getValue();
      }
    }
    return best;
  }

  /** "The present report is submitted pursuant to ...": a report, not a draft, is what is submitted. */
  private boolean reportSubmitted(Trigger t) {
    String before = lowerText.substring(Math.max(0, t.start() - 20), t.start());
    return before.endsWith("report is ") || before.endsWith("report was ") || before.endsWith("report has been ");
  }

  static final Pattern REPORT_TO_BODY = Pattern.compile(
      "\\b(?:in|from|of|to)\\s+(?:her|his|its|their)\\s+(?!next\\b|upcoming\\b|forthcoming\\b|future\\b)"
          + "(?:(january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?"
          + "((?:19|20)\\d\\d\\s+)?(?:[a-z-]+\\s+){0,2}?report\\s+to\\s+the\\s+"
          + "(?:un\\s+)?(?:human\\s+rights\\s+council|general\\s+assembly|security\\s+council|council|assembly)\\b");

  /**
   * "In her July 2021 report to the Council, the Special Rapporteur noted ...": a reporter's report
   * to a body, cited with a possessive ("in / from / according to her report to the Council"), was
   * presented to it ("to present his next report" is not); the month and year before "report" date
   * it. The reporter is the one named last (in the sentence or before it).
   */
  private void reportToBody(int si, Sentence s) {
    StartFilteredMatcher f = StartFilteredMatcher.ofLowerCase(REPORT_TO_BODY, sentenceLower, REPORT_TO_BODY_STARTS);
    if (!f.find()) {
      return;
    }
    Matcher m = f.matcher(); // offsets in the sentence
    Body reporter = latest(PRESENTERS);
    if (reporter == null) {
      return;
    }
    for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentenceIndex == si; i--) {
      if (drafts.get(i).type == StepType.REPORT_PRESENTED) {
        return; // told by its own trigger
      }
    }
    Draft d = draft(StepType.REPORT_PRESENTED, reporter, si, s, s.start() + m.end());
    if (m.group(2) != null) {
      String year = m.group(2).trim();
      d.date = PartialDate.parse(m.group(1) == null ? year
          : String.format(Locale.ROOT, "%s-%02d", year,
              monthNumber(Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1))));
    }
    d.state = stateOfSentence();
    drafts.add(d);
  }

  /**
   * "The French text ... received 11 affirmative votes, ... and two negative votes (Russian
   * Federation and Venezuela)": a Security Council draft (the Council the body last named) that
   * received a recorded vote, told without a verb of adoption. Fewer than nine votes in favour: it
   * failed; nine or more with a permanent member against: it was vetoed. The text is about the
   * story's state.
   */
  private void councilTextReceived(int si, Sentence s) {
    int received = s.start() + sentenceLower.indexOf(" received ");
    if (latest(VOTING) != Body.UNSC || !(containsWithin("text", s.start(), received)
        || containsWithin("draft", s.start(), received) || containsWithin("resolution", s.start(), received))) {
      return;
    }
    VoteMention v = firstTallied(TallyParser.find(text, s.start(), s.end()));
    if (v == null || v.start() < received || v.start() - received > 40) {
      return;
    }
    Tally tally = v.tally().get();
    StepType type;
    if (tally.yes() < 9) {
      type = StepType.RESOLUTION_REJECTED;
    } else if (v.against().stream().anyMatch(n -> States.byName(n).filter(State::isPermanentSecurityCouncilMember)
        .isPresent())) {
      type = StepType.VETO_CAST;
    } else {
      return;
    }
    for (int i = drafts.size() - 1; i >= 0 && si - drafts.get(i).sentenceIndex <= 4; i--) {
      if (v.equals(drafts.get(i).vote)) {
        if (drafts.get(i).type == type) {
          return; // the vote completes the failure told before ("The draft received 6 votes in favour ...")
        }
        drafts.get(i).vote = null; // lent to another text's step by attachToPrevious: this text's own vote
      }
    }
    Draft d = draft(type, Body.UNSC, si, s, received);
    d.vote = v;
    if (leadDate != null && leadBody == Body.UNSC
        && !StartFilteredMatcher.ofLowerCase(PLUPERFECT, sentenceLower, PLUPERFECT_STARTS).find()) {
      d.date = leadDate; // the day the story's lead gave the Council's action
    }
    d.state = topicState == null ? null : States.byAlpha3(topicState).orElse(null);
    drafts.add(d);
  }

  private static final Pattern TODAYS_MEETING = Pattern.compile(
      "(?:today's|this\\s+morning's|this\\s+afternoon's)\\s+(?:meeting|debate|briefing|session)\\b");

  /**
   * "Today's meeting also heard from ...", "This morning's debate opened with ...": meeting
   * coverage names the day's meeting of the voting body last named (on the day of the story); a
   * sentence told in the future ("Today's meeting will hear") tells none.
   */
  private void todaysMeeting(int si, Sentence s) {
    boolean today = lowerText.startsWith("today's", s.start()) || lowerText.startsWith("this", s.start());
    if (!(today && TODAYS_MEETING.matcher(lowerText).region(s.start(), s.end()).lookingAt() || duringTodaysMeeting(s))
        || StartFilteredMatcher.ofLowerCase(NOT_YET, sentenceLower, NOT_YET_STARTS).find()) {
      return;
    }
    Body body = latest(VOTING);
    if (body == null) {
      return;
    }
    Draft d = draft(StepType.MEETING_HELD, body, si, s, s.start() + 15);
    d.date = published.get();
    if (leadDate != null && lowerText.charAt(s.start()) != 't') {
      d.date = leadDate; // "During this afternoon's meeting": the day of the dateline, as "this afternoon" in the lead
    }
    d.state = topicState == null ? null : States.byAlpha3(topicState).orElse(null);
    drafts.add(d);
  }

  private static final Pattern DURING_TODAYS_MEETING = Pattern.compile(
      "(?:during|at|in)\\s+(?:today's|this\\s+morning's|this\\s+afternoon's)"
          + "\\s+(?:(?:procedural|open|closed|public|formal)\\s+)?(?:meeting|debate|briefing|session)\\b");

  /**
   * "During this afternoon's procedural meeting, the representative of X said ...": a fronted
   * prepositional phrase naming the day's meeting, as {@link #TODAYS_MEETING} does as a subject.
   */
  private boolean duringTodaysMeeting(Sentence s) {
    int i = s.start();
    return (lowerText.startsWith("during t", i) || lowerText.startsWith("at t", i) || lowerText.startsWith("in t", i))
        && DURING_TODAYS_MEETING.matcher(lowerText).region(s.start(), s.end()).lookingAt();
  }

  static final Pattern DIALOGUE_HELD = Pattern.compile(
      "\\b(?:during|in|at)\\s+(?:an|the|its)\\s+interactive\\s+dialogue\\s+with\\s+(?:the\\s+)?");
  static final Pattern NOT_YET = Pattern.compile(
      "\\b(?:will|would|shall|should|expected|due|scheduled|next|upcoming|forthcoming|planned)\\b");
  private static final Set<Body> DIALOGUE_HOSTS = EnumSet.of(Body.HRC, Body.GA_THIRD_COMMITTEE);

  /**
   * "During an interactive dialogue with the Special Rapporteur, the mandate holder said ...": the
   * Council (or the Third Committee, when it was named last) met with a mechanism; a sentence told
   * in the future ("will hold", "the next interactive dialogue") tells no meeting.
   */
  private void interactiveDialogue(int si, Sentence s) {
    StartFilteredMatcher f = StartFilteredMatcher.ofLowerCase(DIALOGUE_HELD, sentenceLower, DIALOGUE_HELD_STARTS);
    if (!f.find() || StartFilteredMatcher.ofLowerCase(NOT_YET, sentenceLower, NOT_YET_STARTS).find()) {
      return;
    }
    Body host = latest(DIALOGUE_HOSTS);
    Draft d = draft(StepType.MEETING_HELD, host == null ? Body.HRC : host, si, s, s.start() + f.matcher().end());
    d.state = stateOfSentence();
    drafts.add(d);
  }

  private void presentReport(int si, Sentence s, Body reporter) {
    if (published.isEmpty() || published.get().precision() != PartialDate.Precision.DAY) {
      return;
    }
    Draft d = draft(StepType.REPORT_PUBLISHED, reporter, si, s, s.start() + 18);
    d.actorExplicit = true;
    d.date = published.get();
    d.state = stateOfSentence();
    if (d.state != null) {
      drafts.add(d);
    }
  }

  private static final Pattern REPORT_OPENER = Pattern.compile(
      "in\\s+(?:a|an|its|their|the)\\s+(?:new\\s+|latest\\s+|recent\\s+|first\\s+|final\\s+|second\\s+|annual\\s+)?"
          + "report\\b([^,;]{0,40}),\\s+([^,;]{2,80}?)\\s+(?:said|says|found|concluded|wrote|warned|documented|stated)\\b");

  /**
   * "In a report last month, the experts said ...": a report of the body that is the main
   * clause's subject, published when the opener dates it.
   */
  private void reportOpener(int si, Sentence s, List<Gazetteer.Hit> hits) {
    if (!lowerText.startsWith("in ", s.start())) {
      return;
    }
    int report = indexStartingWithin("report", s.start(), s.start() + 25);
    if (report < 0) {
      return;
    }
    Matcher m = REPORT_OPENER.matcher(lowerText).region(s.start(), s.end());
    if (!m.lookingAt() || m.group(1).contains(" to ") || m.group(1).contains("publish")
        || m.group(1).contains("release") || m.group(1).contains("issue") || m.group(1).contains("present")) {
      return; // "In a report published in May, ...": the participle's own trigger tells it
    }
    Body actor = null;
    for (Gazetteer.Hit hit : hits) {
      if (hit.start() >= m.start(2) && hit.end() <= m.end(2)) {
        Body b = hit.kind() == Gazetteer.Kind.BODY ? Body.fromId(hit.value())
            : hit.kind() == Gazetteer.Kind.REF ? resolve(hit.value()) : null;
        if (b != null && REPORTERS.contains(b)) {
          actor = b;
          break;
        }
      }
    }
    String subject = m.group(2);
    if (actor == null && (subject.equals("the experts") || subject.equals("the investigators"))) {
      actor = latest(EnumSet.of(Body.INDEPENDENT_EXPERTS, Body.COI)); // the group named before
    }
    if (actor == null) {
      return;
    }
    Draft d = draft(StepType.REPORT_PUBLISHED, actor, si, s, m.end(1));
    d.actorExplicit = true;
    for (DateMention dm : temporal.resolve(text, s.start(), s.end())) {
      if (dm.start() >= m.start(1) && dm.end() <= m.end(1)) {
        d.date = dateOf(dm, actor);
        break;
      }
    }
    d.state = stateOfSentence();
    drafts.add(d);
  }

  static final Pattern REPORTED_IN_ITS_REPORT = Pattern.compile(
      "\\b(?:reported|said|found|concluded|wrote|warned|documented|stated|noted)\\b[^.;:]{0,40}?\\bin\\s+(?:its|her|his|their)"
          + "\\s+(?:(\\d{4})\\s+|latest\\s+|annual\\s+|final\\s+|first\\s+|new\\s+)?report\\b");

  /**
   * "The Office of the High Commissioner reported the following in its 2019 report": a report of
   * the reporting body that is the sentence's subject, published in the year the phrase gives. Not
   * when the sentence already told a step, nor "said it would ... in its next report".
   */
  private void reportedInItsReport(int si, Sentence s, List<Gazetteer.Hit> hits, int draftsBefore) {
    if (drafts.size() > draftsBefore || !containsWithin(" report", s.start(), s.end())
        || !(containsWithin(" in its ", s.start(), s.end()) || containsWithin(" in her ", s.start(), s.end())
        || containsWithin(" in his ", s.start(), s.end()) || containsWithin(" in their ", s.start(), s.end()))) {
      return;
    }
    StartFilteredMatcher f = StartFilteredMatcher.ofLowerCase(REPORTED_IN_ITS_REPORT, sentenceLower, REPORTED_IN_ITS_REPORT_STARTS);
    if (!f.find()) {
      return;
    }
    Matcher m = f.matcher();
    int mStart = s.start() + m.start(); // the matcher's offsets are the sentence's
    Body actor = null;
    for (Gazetteer.Hit hit : hits) {
      if (hit.start() >= mStart) {
        break;
      }
      Body b = hit.kind() == Gazetteer.Kind.BODY ? Body.fromId(hit.value())
          : hit.kind() == Gazetteer.Kind.REF ? resolve(hit.value()) : null;
      if (b != null) {
        actor = REPORTERS.contains(b) ? b : null; // the subject: the first body of the sentence
        break;
      }
    }
    String before = lowerText.substring(Math.max(s.start(), mStart - 8), mStart);
    if (actor == null || before.endsWith("would ") || before.endsWith("will ") || before.endsWith("should ")
        || before.endsWith("not ")) {
      return;
    }
    Draft d = draft(StepType.REPORT_PUBLISHED, actor, si, s, s.start() + m.end());
    d.actorExplicit = true;
    if (m.group(1) != null) {
      d.date = PartialDate.parse(m.group(1));
    }
    d.state = stateOfSentence();
    drafts.add(d);
  }

  /**
   * "was adopted at the 26th Regular Session in June 2014": a text adopted at a session, told with
   * no body, was adopted by the voting body last named (the session is that body's).
   */
  private boolean adoptedAtASession(Sentence s) {
    if (latest(VOTING) == null || !containsWithin(" adopted at the ", s.start(), s.end())) {
      return false;
    }
    for (int k = indexStartingWithin(" adopted at the ", s.start(), s.end() - 1); k >= 0;
        k = indexStartingWithin(" adopted at the ", k + 1, s.end() - 1)) {
      int close = Math.min(s.end(), k + 60);
      if (containsWithin(" session", k, close)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern COUNTED_TEXTS_SUBJECT = Pattern.compile(
      "(?:all\\s+)?(?:the\\s+)?(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
          + "(?:resolutions|texts|drafts)\\s+(?:have\\s+been|had\\s+been|were|was)\\s+$");

  /** "All six resolutions have been tabled by X": the subject counts texts, so no one text was tabled. */
  private boolean countedTextsTabled(Sentence s, Trigger t) {
    return t.start() - s.start() < 60 && (lowerText.startsWith("all ", s.start())
        || Character.isDigit(text.charAt(s.start())) || lowerText.startsWith("the ", s.start()))
        && COUNTED_TEXTS_SUBJECT.matcher(lowerText).region(s.start(), t.start()).matches();
  }

  private boolean adoptedAtASession(Trigger t) {
    int end = Math.min(text.length(), t.end() + 50);
    return lowerText.startsWith(" at the ", t.end()) && containsWithin(" session", t.end(), end);
  }

  /** The body that opens a resolution's own text ("The Human Rights Council,"), and that line's sentence. */
  private Body textAuthor;
  private int textAuthorSentence = -1;
  private final List<Draft> operativeDrafts = new ArrayList<>();

  /**
   * A resolution's own text: the line "The Human Rights Council," (the body alone, then a comma)
   * opens it; an operative paragraph "2. Decides to extend the mandate of ..." / "Decides to
   * establish ..." is then that body's renewal or establishment, dated like the text's own adoption
   * told above it ("Resolution adopted by the Human Rights Council on 4 April 2024"); the closing
   * "[Adopted by a recorded vote of 22 to 10, with 15 abstentions ...]" is the vote of that adoption
   * and of those steps.
   */
  private void resolutionText(int si, Sentence s, List<Gazetteer.Hit> hits) {
    int a = s.start();
    int e = s.end();
    while (e > a && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e - a < 8) {
      return;
    }
    if (textAuthor == null) {
      if (e - a < 50 && text.charAt(e - 1) == ',' && text.startsWith("The ", a) && hits.size() == 1
          && hits.get(0).kind() == Gazetteer.Kind.BODY) {
        Body b = Body.fromId(hits.get(0).value());
        if (b != null && VOTING.contains(b)) {
          textAuthor = b;
          textAuthorSentence = si;
        }
      }
      return;
    }
    int p = a;
    while (p < e && (Character.isDigit(text.charAt(p)) || text.charAt(p) == '.' || text.charAt(p) == ' ')) {
      p++;
    }
    if (text.startsWith("Decides to ", p)) {
      String lower = lowerText.substring(p + 11, e);
      StepType type = null;
      if ((lower.startsWith("extend") || lower.startsWith("renew")) && lower.contains("mandate")) {
        type = StepType.MANDATE_RENEWED;
      } else if ((lower.startsWith("establish") || lower.startsWith("create")) && mentionsMechanism(lower)) {
        type = StepType.MECHANISM_ESTABLISHED;
      }
      if (type == null) {
        return;
      }
      Draft own = ownAdoption();
      Draft d = draft(type, textAuthor, si, s, p + 11);
      d.actorExplicit = true;
      d.date = own == null ? null : own.date;
      d.state = stateOfSentence();
      drafts.add(d);
      operativeDrafts.add(d);
    } else if (text.startsWith("[Adopted ", a) || text.startsWith("Adopted by a recorded vote", a)
        || text.startsWith("Adopted without a vote", a)) {
      List<VoteMention> votes = TallyParser.find(text, s.start(), s.end());
      if (votes.isEmpty()) {
        return;
      }
      Draft own = ownAdoption();
      if (own != null && own.vote == null) {
        own.vote = votes.get(0);
      }
      for (Draft d : operativeDrafts) {
        if (d.vote == null) {
          d.vote = votes.get(0);
        }
      }
    }
  }

  /** A new step told by the sentence being read. */
  private static Draft draft(StepType type, Body actor, int si, Sentence s, int triggerEnd) {
    Draft d = new Draft();
    d.type = type;
    d.actor = actor;
    d.sentenceIndex = si;
    d.sentence = s;
    d.triggerEnd = triggerEnd;
    return d;
  }

  /** The same step told again of another state, day or text: a copy of what identifies it and where it is told. */
  private static Draft sameStep(Draft d) {
    Draft x = new Draft();
    x.type = d.type;
    x.actor = d.actor;
    x.actorExplicit = d.actorExplicit;
    x.state = d.state;
    x.stateExplicit = d.stateExplicit;
    x.date = d.date;
    x.sentenceIndex = d.sentenceIndex;
    x.sentence = d.sentence;
    x.triggerEnd = d.triggerEnd;
    return x;
  }

  /** The state the sentence being read is about: the one it names, else the document's topic; null for none. */
  private State stateOfSentence() {
    String state = currentState != null ? currentState : topicState;
    return state == null ? null : States.byAlpha3(state).orElse(null);
  }

  /** The adoption of the resolution whose own text this is: the body's adoption told before its opening line. */
  private Draft ownAdoption() {
    for (Draft d : drafts) {
      if (d.type == StepType.RESOLUTION_ADOPTED && d.actor == textAuthor && d.sentenceIndex < textAuthorSentence) {
        return d;
      }
    }
    return null;
  }

  static final Pattern CITED_RESOLUTION = Pattern.compile(
      "\\b[Ii]ts\\s+resolutions?\\s+(?:[A-Z]+/(?:[A-Z0-9.]+/){0,3})?(?:S-)?(?:\\d{1,3}/\\d{1,4}|\\d{3,4}\\s*\\(\\d{4}\\))"
      + "\\s+of\\s+(?:(\\d{1,2})\\s+([A-Z][a-z]{2,8})|([A-Z][a-z]{2,8})\\s+(\\d{1,2}),?)\\s+((?:19|20)\\d\\d)\\b");

  /**
   * A resolution a body cites as its own, by number and date ("Recalling its resolution 20/13 of
   * 5 July 2012", "pursuant to its resolution 78/220 of 19 December 2023", "By its resolution 55/19
   * of 4 April 2024, the Council ..."): that body adopted it that day. "its" is the voting body
   * named before it in the sentence, else the one named after it there, else the one last named.
   */
  private void citedResolutions(int si, Sentence s) {
    if (!containsWithin("its resolution", s.start(), s.end())) {
      return;
    }
    StartFilteredMatcher f = StartFilteredMatcher.of(CITED_RESOLUTION, sentenceText, CITED_RESOLUTION_STARTS);
    while (f.find()) {
      Matcher m = f.matcher(); // offsets in the sentence
      int its = s.start() + m.start();
      Body before = null;
      Body after = null;
      int beforePos = -1;
      int afterPos = Integer.MAX_VALUE;
      for (Map.Entry<Body, Integer> e : lastBody.entrySet()) {
        int pos = e.getValue();
        if (!VOTING.contains(e.getKey())) {
          continue;
        }
        if (pos < its && pos > beforePos) {
          before = e.getKey();
          beforePos = pos;
        } else if (pos > its && pos < s.end() && pos < afterPos) {
          after = e.getKey();
          afterPos = pos;
        }
      }
      Body actor = beforePos >= s.start() ? before : after != null ? after : before;
      String monthName = m.group(2) != null ? m.group(2) : m.group(3);
      int month = monthNumber(monthName);
      if (actor == null || month == 0) {
        continue;
      }
      int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
      Draft d = draft(StepType.RESOLUTION_ADOPTED, actor, si, s, s.start() + m.end());
      d.actorExplicit = true;
      d.date = PartialDate.parse(String.format(Locale.ROOT, "%s-%02d-%02d", m.group(5), month, day));
      d.state = stateOfSentence();
      drafts.add(d);
    }
  }

  /** True when the lower-cased text holds a phrase between two offsets (no scan past them). */
  private boolean containsWithin(String phrase, int from, int to) {
    return indexStartingWithin(phrase, from, to - phrase.length()) >= 0;
  }

  /**
   * The first offset at or after {@code from} and at most {@code lastStart} where the lower-cased
   * text holds a phrase, or -1: {@code lowerText.indexOf(phrase, from)} read only as far as
   * {@code lastStart}, so that a phrase missing from the rest of a long document is not searched for
   * to its end.
   */
  private int indexStartingWithin(String phrase, int from, int lastStart) {
    int to = Math.min(lowerText.length(), lastStart + phrase.length());
    if (from >= sentenceLowerStart && to <= sentenceLowerEnd && from <= to) {
      // within the sentence being read: String's own search (vectorised), bounded by the sentence;
      // its first match at or after from is inside the range or none is
      int i = sentenceLower.indexOf(phrase, from - sentenceLowerStart);
      return i >= 0 && i + sentenceLowerStart <= lastStart ? i + sentenceLowerStart : -1;
    }
    // elsewhere, compare first the phrase's least common character: a phrase opening with a space
    // (" received ") would otherwise be tried at every space
    int k = 0;
    int rarity = -1;
    for (int j = 0; j < phrase.length(); j++) {
      char c = phrase.charAt(j);
      int r = c < 128 ? RARITY[c] : COMMON.length();
      if (r > rarity) {
        rarity = r;
        k = j;
      }
    }
    char anchor = phrase.charAt(k);
    for (int i = Math.max(0, from); i <= lastStart && i + phrase.length() <= lowerText.length(); i++) {
      if (lowerText.charAt(i + k) == anchor && lowerText.startsWith(phrase, i)) {
        return i;
      }
    }
    return -1;
  }

  /** English text's characters, commonest first: {@link #indexStartingWithin} compares the rarest of a phrase first. */
  private static final String COMMON = " etaoinshrdlcumwfgypbvkjxqz";
  /** The rank in {@link #COMMON} of each ASCII character; characters not in it are rarest. */
  private static final byte[] RARITY = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      int r = COMMON.indexOf(c);
      RARITY[c] = (byte) (r < 0 ? COMMON.length() : r);
    }
  }

  private static int monthNumber(String name) {
    for (java.time.Month mo : java.time.Month.values()) {
      if (mo.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).equals(name)) {
        return mo.getValue();
      }
    }
    return 0;
  }

  /**
   * True when a commission's name follows a possessive, "national" or a state or demonym ("the
   * country's Human Rights Commission", "the Saudi Human Rights Commission"): a national body.
   */
  private boolean nationalInstitution(List<Gazetteer.Hit> hits, int i) {
    int start = hits.get(i).start();
    if (start >= 3 && (text.startsWith("'s ", start - 3) || text.startsWith("\u2019s ", start - 3))
        || previousWord(start).equals("national")) {
      return true;
    }
    if (i > 0) {
      Gazetteer.Hit prev = hits.get(i - 1);
      return (prev.kind() == Gazetteer.Kind.STATE || prev.kind() == Gazetteer.Kind.DEMONYM)
          && start - prev.end() <= 1;
    }
    return false;
  }

  /**
   * A sentence whose one state is named only as a sponsor ("the resolution presented by Germany")
   * does not say what the next sentence's "the resolution" is about.
   */
  private String unlessOnlySponsor(String sole, List<Gazetteer.Hit> hits) {
    if (sole == null) {
      return null;
    }
    for (Gazetteer.Hit hit : hits) {
      if ((hit.kind() == Gazetteer.Kind.STATE || hit.kind() == Gazetteer.Kind.DEMONYM)
          && !lowerText.startsWith("by ", Math.max(0, hit.start() - 3))
          && !lowerText.startsWith("by the ", Math.max(0, hit.start() - 7))) {
        return sole;
      }
    }
    return null;
  }

  private static final Pattern AMENDMENTS_SUBJECT = Pattern.compile(
      "(?:all\\s+)?(?:the\\s+|its\\s+)?(?:\\d{1,3}\\s+|two\\s+|three\\s+|four\\s+|five\\s+|six\\s+|seven\\s+"
          + "|eight\\s+|nine\\s+|ten\\s+|several\\s+|both\\s+)?(?:proposed\\s+|oral\\s+|hostile\\s+)?amendments?\\b");

  /** "All 17 amendments to the text, which were submitted by X, were not adopted": the amendments failed. */
  private boolean amendmentsSubject(Sentence s, Trigger t) {
    String left = lowerText.substring(s.start(), t.start());
    return left.contains("amendment") && AMENDMENTS_SUBJECT.matcher(left).lookingAt();
  }

  /** The one state a sentence names (as a name or demonym), or null when it names none or several. */
  private static String soleState(List<Gazetteer.Hit> hits) {
    String sole = null;
    for (Gazetteer.Hit hit : hits) {
      if (hit.kind() == Gazetteer.Kind.STATE || hit.kind() == Gazetteer.Kind.DEMONYM) {
        if (sole != null && !sole.equals(hit.value())) {
          return null;
        }
        sole = hit.value();
      }
    }
    return sole;
  }

  /**
   * A dateline that opens a later paragraph ("GENEVA, 17 September 2025 - ..." in a digest of
   * briefs): from there on, "today" and "on Monday" are counted from its day.
   */
  private void paragraphDateline(Sentence s) {
    int end = Math.min(s.end(), s.start() + 60);
    if (!Character.isUpperCase(text.charAt(s.start())) || indexWithin('-', s.start(), end) < 0
        || !hasDigit(s.start(), end)) {
      return; // a dateline that can frame "today" gives a day: it holds a digit before its dash
    }
    Matcher m = DATELINE.matcher(text).region(s.start(), end);
    if (!m.lookingAt()) {
      return;
    }
    for (DateMention dm : new TemporalResolver(published, text, chars).resolve(text, m.start(), m.end())) {
      PartialDate d = dm.date().orElse(null);
      if (d != null && d.precision() == PartialDate.Precision.DAY && d.year().isPresent() && !dm.future()) {
        temporal = new TemporalResolver(Optional.of(d), text, chars);
        return;
      }
    }
  }

  private boolean hasDigit(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private String previousState;
  private String currentState;
  /** Whether the previous / current sentence opens a direct quotation (a speaker's words, not the text told of). */
  private boolean previousQuoted;
  private boolean currentQuoted;
  private int sentenceIndexNow;

  private void readSentenceBody(int si, Sentence s, List<Gazetteer.Hit> hits) {
    // first pass: discourse and triggers only; entities are built when the sentence needs them
    List<Trigger> triggers = new ArrayList<>();
    Body[] resolved = new Body[hits.size()];
    boolean unContent = false;
    for (int i = 0; i < hits.size(); i++) {
      Gazetteer.Hit hit = hits.get(i);
      switch (hit.kind()) {
        case BODY: {
          Body b = Body.fromId(hit.value());
          if (b == Body.CHR && nationalInstitution(hits, i)) {
            break; // "the country's Human Rights Commission": a national institution
          }
          resolved[i] = b;
          lastBody.put(b, hit.start());
          unContent = true;
          break;
        }
        case REF: {
          Body b = resolve(hit.value());
          if (b != null) {
            resolved[i] = b;
            lastBody.put(b, hit.start());
            unContent = true;
          }
          break;
        }
        case TRIGGER:
          triggers.add(new Trigger(hit.start(), hit.end(), hit.value()));
          break;
        default:
          break;
      }
    }
    if (!unContent && si <= 1 && !triggers.isEmpty()) {
      unContent = unHeadlineActor(s, triggers.get(0), VOTING) != null; // "UN sets up war crimes inquiry"
    }
    boolean recentStep = !drafts.isEmpty() && si - drafts.get(drafts.size() - 1).sentenceIndex <= 2;
    boolean review = unContent && (mentions(s, "eview") || mentions(s, "UPR"));
    boolean followsStep = !drafts.isEmpty() && si - drafts.get(drafts.size() - 1).sentenceIndex <= 1;
    boolean failedText = false;
    for (Trigger t : triggers) {
      failedText |= t.kind().equals("fail") && recentStep;
      unContent |= t.kind().equals("veto") && permanentMemberBefore(hits, t.start());
      // "Turkmenistan had refused her request for a visit": a visit by the rapporteur named before
      unContent |= VISIT_KINDS.contains(t.kind()) && latest(VISITORS) != null
          && (mentions(s, "visit") || mentions(s, "request") || mentions(s, "invitation"));
    }
    // "An amendment proposed by Iran was rejected by ...": an amendment vote in the body last named
    boolean amendmentVote = !unContent && !triggers.isEmpty() && mentions(s, "amendment") && latest(VOTING) != null;
    if (triggers.isEmpty() || !unContent && !followsStep && !failedText && !startsWithPronoun(s)
        && !mentions(s, "recommendation") && !amendmentVote && !pronounSubject(triggers) && !passiveVoteAfterBody(s, triggers)
        && !(SentenceSplitter.datedEntry(text, s.start()) && latest(VOTING) != null) && !adoptedAtASession(s)) {
      if (leadDate == null && si <= 4 && unContent) {
        lead(s, entities(hits, resolved), temporal.resolve(text, s.start(), s.end()));
      }
      contextOnly(si, s, hits, resolved, review, recentStep);
      return;
    }
    List<Entity> entities = entities(hits, resolved);
    String lower = sentenceLower;
    List<DateMention> dates = temporal.resolve(text, s.start(), s.end());
    List<VoteMention> votes = TallyParser.find(text, lower, s.start(), s.end());
    // persons are looked for only when a rule asks: most sentences with a trigger tell no step
    List<PersonFinder.Found> persons = new OnDemand<>(() -> PersonFinder.find(text, lower, s.start(), s.end()));
    int before = drafts.size();
    boolean eventTrigger = false;
    for (Trigger t : triggers) {
      String k = t.kind();
      if (!k.equals("table") && !k.equals("veto-noun") && !hypothetical(s, t, triggers)) {
        eventTrigger |= k.equals("adopt") || k.equals("veto") || k.equals("reject")
            || k.equals("establish");
      }
    }
    if (leadDate == null && si <= 4) {
      lead(s, entities, dates);
    }
    List<DateMention> claimed = new ArrayList<>();
    for (int ti = 0; ti < triggers.size(); ti++) {
      Trigger t = triggers.get(ti);
      Draft d = assemble(si, s, lower, t, ti, triggers, entities, dates, claimed, votes, persons,
          eventTrigger);
      if (d != null) {
        drafts.add(d);
      } else {
        idleTriggers.add(t);
      }
    }
    listedSteps(s, lower, entities, votes, before);
    if (lower.contains(", ") && lower.contains(" and ")) {
      listedStates(s, lower, entities, before);
    }
    textsOnListedStates(si, s, lower, triggers, entities, before);
    anotherTextOnNoState(lower, before);
    appointedList(s, lower, entities, before);
    if (lower.contains(" and again ")) {
      repeatedSteps(s, lower, dates, before);
    }
    if (lower.contains("by resolution ")) {
      votesOfResolutionsTold(s, lower, before);
    }
    if (drafts.size() > before && before > 0 && (lower.startsWith("the resolution ") || lower.startsWith("the text "))) {
      voteOfTheResolutionJustTold(si, before);
    }
    sameDay(before);
    atTheSessionJustTold(si, lower, before);
    datedReviews(si, s, lower, entities);
    if (drafts.size() == before) {
      attachToPrevious(si, s, entities, votes);
    } else {
      addMentions(s, entities, dates, votes, persons, triggers);
    }
  }

  /**
   * One sentence, one day: "At that session, held on 25 February, the Council adopted a resolution
   * that set up a commission" dates the establishment as well as the adoption. An undated step of
   * a sentence takes the date of another step of the same actor and subject state in it.
   */
  private void sameDay(int before) {
    for (int i = before; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      for (int j = before; j < drafts.size() && d.date == null; j++) {
        Draft o = drafts.get(j);
        if (j != i && o.date != null && o.actor == d.actor && o.actor != null
            && java.util.Objects.equals(o.state, d.state)) {
          d.date = o.date;
        }
      }
    }
  }

  /**
   * "The Commission concluded yesterday a special session on X. The Commission decided to establish
   * a rapporteur ...": what the body did, told undated in the simple past just after the dated
   * session it held, it did at that session, on that day.
   */
  private void atTheSessionJustTold(int si, String lower, int before) {
    if (drafts.size() == before || before == 0 || lower.contains(" had ") || lower.contains("earlier")
        || lower.contains(" ago")) {
      return;
    }
    Draft session = null;
    int last = drafts.get(before - 1).sentenceIndex; // the last sentence with a step, at most two back
    for (int i = before - 1; i >= 0 && drafts.get(i).sentenceIndex == last && si - last <= 2; i--) {
      Draft d = drafts.get(i);
      if (d.type == StepType.MEETING_HELD && d.date != null && d.actor != null
          && d.date.precision() == PartialDate.Precision.DAY) {
        session = d;
      }
    }
    if (session == null) {
      return;
    }
    for (int i = before; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.date == null && d.actor == session.actor && (d.state == null || d.state == session.state)) {
        d.date = session.date;
      }
    }
  }

  /**
   * The lead of a story: the first sentences that date a voting body's action to the publication
   * day or the days just before it ("the General Assembly this morning adopted"). Later steps of
   * that body told without a date, in the simple past, happened that day.
   */
  private void lead(Sentence s, List<Entity> entities, List<DateMention> dates) {
    if (published.isEmpty() || published.get().year().isEmpty()) {
      return;
    }
    java.time.LocalDate pub = java.time.LocalDate.of(published.get().year().getAsInt(),
        published.get().month().orElse(1), published.get().day().orElse(1));
    for (DateMention dm : dates) {
      PartialDate pd = dm.date().orElse(null);
      if (pd == null || pd.precision() != PartialDate.Precision.DAY || pd.year().isEmpty() || dm.future()
          || precededBy(dm.start(), "since ")) {
        continue;
      }
      java.time.LocalDate day = java.time.LocalDate.of(pd.year().getAsInt(), pd.month().getAsInt(), pd.day().getAsInt());
      long back = java.time.temporal.ChronoUnit.DAYS.between(day, pub);
      if (back < 0 || back > 7) {
        continue;
      }
      for (int i = entities.size() - 1; i >= 0; i--) {
        Entity e = entities.get(i);
        if (e.body != null && VOTING.contains(e.body) && e.start < dm.start() && !e.resolutionRef) {
          leadDate = pd;
          leadBody = e.body;
          return;
        }
      }
      Body fronted = frontedLeadBody(s, entities, dm);
      if (fronted != null) {
        leadDate = pd;
        leadBody = fronted;
        return;
      }
    }
  }

  /**
   * A lead whose date is told in a fronted clause before its body ("At its 9,871st meeting, held on
   * 12 June 2025, the Security Council considered ..."; "On 3 May, at a public meeting, the Council
   * ..."): the voting body that opens the main clause, just after the clause's comma.
   */
  private Body frontedLeadBody(Sentence s, List<Entity> entities, DateMention dm) {
    if (!(lowerText.startsWith("at ", s.start()) || lowerText.startsWith("on ", s.start()))) {
      return null;
    }
    for (Entity e : entities) {
      if (e.start > dm.end()) {
        int comma = indexWithin(',', Math.max(dm.end(), e.start - 12), e.start);
        return e.body != null && VOTING.contains(e.body) && !e.resolutionRef && comma >= 0 ? e.body : null;
      }
    }
    return null;
  }

  /**
   * Several texts told in one sentence: "adopted the resolution on Syria by ..., and the text on
   * Crimea, by 80 votes to 16", "That text was adopted without a vote, as was a resolution on
   * the DPRK". Each listed text is its own step, with the state and vote given after it; the
   * first step keeps what comes before the list.
   */
  /**
   * A mandate created or extended "by resolution 42/25" takes the vote of the adoption of 42/25
   * told earlier in the text ("2019 - resolution 42/25 - adopted 19-7-21").
   */
  private void votesOfResolutionsTold(Sentence s, String lower, int before) {
    for (int i = before; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.vote != null || d.type != StepType.MECHANISM_ESTABLISHED && d.type != StepType.MANDATE_RENEWED) {
        continue;
      }
      int by = lower.indexOf("by resolution ", Math.max(0, d.triggerEnd - s.start()));
      if (by < 0 || by - (d.triggerEnd - s.start()) > 40) {
        continue;
      }
      int from = by + 14;
      int to = from;
      while (to < lower.length() && (Character.isDigit(lower.charAt(to)) || lower.charAt(to) == '/')) {
        to++;
      }
      if (to == from) {
        continue;
      }
      String number = lower.substring(from, to);
      for (int j = before - 1; j >= 0; j--) {
        Draft r = drafts.get(j);
        if (r.type == StepType.RESOLUTION_ADOPTED && r.vote != null && r.symbol != null
            && r.symbol.toString().endsWith("RES/" + number)) {
          d.vote = r.vote;
          break;
        }
      }
    }
  }

  /**
   * "extended by resolution 45/20 in October 2020 and again by resolution 51/29 in October 2022":
   * the step told again, on the date after "and again".
   */
  private void repeatedSteps(Sentence s, String lower, List<DateMention> dates, int before) {
    int n = drafts.size();
    for (int i = before; i < n; i++) {
      Draft d = drafts.get(i);
      if (d.type != StepType.MANDATE_RENEWED && d.type != StepType.RESOLUTION_ADOPTED || d.date == null) {
        continue;
      }
      int again = lower.indexOf(" and again ", Math.max(0, d.triggerEnd - s.start()));
      if (again < 0) {
        continue;
      }
      int at = s.start() + again;
      for (DateMention dm : dates) {
        if (dm.start() > at && dm.start() - at <= 60 && dm.date().isPresent() && !dm.future()
            && !dm.date().get().equals(d.date)) {
          Draft x = sameStep(d);
          x.date = dm.date().get();
          x.triggerEnd = at;
          x.distinct = true;
          drafts.add(x);
          break;
        }
      }
    }
  }

  private void listedSteps(Sentence s, String lower, List<Entity> entities, List<VoteMention> votes,
      int before) {
    int n = drafts.size();
    for (int i = before; i < n; i++) {
      Draft d = drafts.get(i);
      if (d.type != StepType.RESOLUTION_ADOPTED && d.type != StepType.RESOLUTION_REJECTED) {
        continue;
      }
      // the rest of the sentence after the trigger: the pattern looks neither behind nor ahead of it
      int rest = Math.max(0, d.triggerEnd - s.start());
      StartFilteredMatcher f = StartFilteredMatcher.of(LIST_CONTINUATION, lower.substring(rest),
          LIST_CONTINUATION_STARTS);
      int firstCut = -1;
      List<Draft> listed = new ArrayList<>();
      while (f.find()) {
        Matcher m = f.matcher();
        int at = s.start() + rest + m.end();
        Entity state = null;
        for (Entity e : entities) {
          if (e.state != null && e.start >= at && e.start - at <= 60) {
            state = e;
            break;
          }
        }
        if (state == null) {
          continue;
        }
        if (firstCut < 0) {
          firstCut = s.start() + rest + m.start();
        }
        Draft x = sameStep(d);
        x.state = States.byAlpha3(state.state).orElse(null);
        x.stateExplicit = x.state != null;
        x.triggerEnd = at;
        x.distinct = true;
        x.vote = d.vote;
        boolean as = m.group().contains("as ");
        for (VoteMention v : votes) {
          if (v.start() >= at) {
            x.vote = v;
            break;
          }
        }
        if (as) {
          x.vote = d.vote; // "as was": decided the same way
        }
        listed.add(x);
      }
      if (listed.isEmpty()) {
        continue;
      }
      // the first text's state: what precedes the list, else what the previous sentence was about
      String kept = null;
      for (Entity e : entities) {
        if (e.state != null && e.start < firstCut && !isSponsor(e)) {
          kept = e.state;
        }
      }
      if (kept == null && d.vote != null && d.vote.start() > firstCut) {
        d.vote = null;
      }
      if (kept != null) {
        d.state = States.byAlpha3(kept).orElse(d.state);
      } else {
        State previous = null;
        for (int k = before - 1; k >= 0 && previous == null; k--) {
          if (d.sentenceIndex - drafts.get(k).sentenceIndex <= 1) {
            previous = drafts.get(k).state;
          }
        }
        d.state = previous;
      }
      d.distinct = true;
      drafts.addAll(listed);
    }
  }

  /** The plural objects that make a trigger act on several texts or mandates at once. */
  private static final String[] PLURAL_OBJECTS = {"mandates", "resolutions", "texts", "drafts", "situations"};

  /**
   * Several states listed after a plural object: "extended the mandates of the Special Rapporteurs
   * on Eritrea, Belarus and Cambodia", "approved six resolutions, including on the situations in
   * Iran, Syria and Myanmar". Each state of the list (joined only by commas, "and", "the") is its
   * own step, the first keeping the one assembled.
   */
  private void listedStates(Sentence s, String lower, List<Entity> entities, int before) {
    int n = drafts.size();
    for (int i = before; i < n; i++) {
      Draft d = drafts.get(i);
      if (d.state == null || d.type != StepType.RESOLUTION_ADOPTED && d.type != StepType.MANDATE_RENEWED) {
        continue;
      }
      int from = d.triggerEnd;
      Entity first = null;
      for (Entity e : entities) {
        if (e.state != null && e.start >= from && d.state.alpha3().equals(e.state)) {
          first = e;
          break;
        }
      }
      if (first == null || first.start - from > 160 || !pluralBetween(from, first.start)) {
        continue;
      }
      List<String> listed = new ArrayList<>();
      Entity last = first;
      boolean closed = false;
      for (Entity e : entities) {
        if (e.start < last.end || e.state == null || e == first) {
          continue;
        }
        String gap = lowerText.substring(last.end, e.start);
        boolean and = gap.equals(" and ") || gap.equals(", and ") || gap.equals(" and the ")
            || gap.equals(", and the ");
        if (!(and || gap.equals(", ") || gap.equals(", the "))) {
          break;
        }
        if (!e.state.equals(d.state.alpha3()) && !listed.contains(e.state)) {
          listed.add(e.state);
        }
        last = e;
        if (and) {
          closed = true;
          break;
        }
      }
      if (!closed) {
        continue; // "in Iran, a country ...": no list
      }
      for (String alpha3 : listed) {
        Draft x = sameStep(d);
        x.state = States.byAlpha3(alpha3).orElse(null);
        x.stateExplicit = x.state != null;
        drafts.add(x);
      }
    }
  }

  private static final Pattern TEXTS_ON = Pattern.compile(
      "(?:resolutions|texts|drafts)\\s+on\\s+(?:the\\s+)?$");
  private static final Pattern COUNT_OF_TEXTS = Pattern.compile(
      "^\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+(?:[\\w-]+\\s+){0,2}?(?:resolutions|texts|drafts)"
          + "\\s+on\\b");
  private static final List<String> LIST_GAPS = List.of(", ", " and ", ", and ", " and on ", ", and on ", ", on ");

  /**
   * Plural texts on a list of states ("approved draft texts on Iran, Syria and Myanmar", "ADOPTS
   * DRAFTS ON IRAN, NIGERIA", "after adopting two resolutions on Eritrea and on counter-terrorism"):
   * one adoption per state listed, and one thematic adoption for a last item that names no state
   * ("and the right to food"). The states must follow "on" directly (a list after "the situation
   * in" may name one text on several states); a count, when given, must equal the items.
   */
  private void textsOnListedStates(int si, Sentence s, String lower, List<Trigger> triggers, List<Entity> entities,
      int before) {
    if (!(lower.contains("s on ") || lower.contains("s on\n"))) {
      return;
    }
    for (Trigger t : triggers) {
      if (!t.kind().equals("adopt") || hypothetical(s, t, triggers)) {
        continue;
      }
      int limit = Math.min(s.end(), t.end() + 70);
      List<Entity> listed = new ArrayList<>();
      int listEnd = -1;
      for (Entity e : entities) {
        if (e.start < t.end() || e.start > limit && listed.isEmpty()) {
          continue;
        }
        if (listed.isEmpty()) {
          if (e.state == null || !TEXTS_ON.matcher(lowerText.substring(Math.max(t.end(), e.start - 40), e.start)).find()
              || lowerText.substring(t.end(), e.start).indexOf('.') >= 0) {
            continue;
          }
          listed.add(e);
          listEnd = e.end;
          continue;
        }
        String gap = lowerText.substring(listEnd, Math.max(listEnd, e.start));
        if (e.state != null && LIST_GAPS.contains(gap.replace("the ", ""))) {
          if (!listed.get(listed.size() - 1).state.equals(e.state)) {
            listed.add(e);
          }
          listEnd = e.end;
        } else if (e.start > listEnd) {
          break;
        }
      }
      if (listed.isEmpty()) {
        continue;
      }
      // a last item without a state: "and the right to food", "and on counter-terrorism measures"
      boolean thematicItem = false;
      for (String gap : new String[] {" and on ", ", and on ", " and the ", ", and the ", " and "}) {
        if (text.startsWith(gap, listEnd) && listEnd + gap.length() < s.end()) {
          char c = text.charAt(listEnd + gap.length());
          thematicItem = c >= 'a' && c <= 'z';
          if (thematicItem) {
            for (Entity e : entities) {
              thematicItem &= !(e.start >= listEnd && e.start - listEnd <= gap.length() + 2);
            }
          }
          break;
        }
      }
      int items = listed.size() + (thematicItem ? 1 : 0);
      java.util.regex.Matcher count = COUNT_OF_TEXTS.matcher(lowerText).region(t.end(), limit);
      if (items < 2 || count.lookingAt() && items != countWord(count.group(1))) {
        continue;
      }
      Draft first = null;
      for (int i = before; i < drafts.size(); i++) {
        if (drafts.get(i).triggerEnd == t.end() && drafts.get(i).type == StepType.RESOLUTION_ADOPTED) {
          first = drafts.get(i);
        }
      }
      Body actor = first != null ? first.actor : null;
      if (first == null) { // "after adopting two resolutions on ...": told as a count, read as a list
        for (Entity e : entities) {
          if (e.end <= t.start() && e.body != null && VOTING.contains(e.body) && !e.resolutionRef) {
            actor = e.body;
          }
        }
        if (actor == null) {
          continue;
        }
      }
      PartialDate date = first != null ? first.date : null;
      for (DateMention dm : first == null ? temporal.resolve(text, s.start(), s.end()) : List.<DateMention>of()) {
        if (date == null && dm.date().isPresent() && !dm.future()) {
          date = dm.date().get();
        }
      }
      for (int i = 0; i < items; i++) {
        Draft x = first != null && i == 0 ? first : new Draft();
        x.type = StepType.RESOLUTION_ADOPTED;
        x.actor = actor;
        x.actorExplicit = true;
        x.state = i < listed.size() ? States.byAlpha3(listed.get(i).state).orElse(null) : null;
        x.stateExplicit = x.state != null;
        x.date = date;
        x.sentenceIndex = si;
        x.sentence = s;
        x.triggerEnd = i == 0 ? t.end() : listed.get(Math.min(i, listed.size() - 1)).start;
        x.distinct = x == first && first.distinct; // a headline's list merges with the body's steps
        if (x != first) {
          drafts.add(x);
        }
      }
    }
  }

  /** Whether a plural object ("the mandates", "six resolutions") is named between two offsets. */
  private boolean pluralBetween(int from, int to) {
    for (String w : PLURAL_OBJECTS) {
      if (containsWithin(w, from, to)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern COUNTED_TEXTS_NAMED = Pattern.compile(
      "[^,;.]{0,40},\\s+(?:including(?:\\s+(?:texts?|resolutions?|drafts?|one|those))?\\s+on\\b|in\\s+which\\b)");

  /**
   * "adopted 13 resolutions, in which it decided to dispatch a mission to Myanmar", "approved six
   * drafts, including on the situations in Iran and Syria": the counted texts are then named.
   */
  private boolean countedTextsNamed(Trigger t, Sentence s) {
    int from = t.end();
    int to = Math.min(s.end(), from + 120);
    if (!(containsWithin("including", from, to) || containsWithin("in which", from, to))) {
      return false;
    }
    java.util.regex.Matcher m = COUNTED_TEXTS.matcher(lowerText).region(from, to);
    return m.lookingAt() && COUNTED_TEXTS_NAMED.matcher(lowerText).region(m.end(), to).lookingAt();
  }

  private static int countWord(String w) {
    int i = TallyParser.numberWord(w);
    return i >= 0 ? i : Integer.parseInt(w);
  }

  /** "the 2009 Universal Periodic Review", "its 2014 review process": a review held that year. */
  private void datedReviews(int si, Sentence s, String lower, List<Entity> entities) {
    if (!(lower.contains("review") || lower.contains("upr"))) {
      return;
    }
    StartFilteredMatcher f = StartFilteredMatcher.of(DATED_REVIEW, sentenceText, DATED_REVIEW_STARTS);
    while (f.find()) {
      Matcher m = f.matcher();
      String phrase = m.group().toLowerCase(Locale.ROOT);
      if (!phrase.contains("periodic") && !phrase.contains("upr") && !lower.contains("periodic")
          && !lower.contains("upr")) {
        continue;
      }
      if (topicState == null && findState(entities, new Trigger(s.start() + m.start(), s.start() + m.end(),
          "review"), s, lower, StepType.REVIEW_HELD) == null) {
        continue;
      }
      Draft d = new Draft();
      d.type = StepType.REVIEW_HELD;
      d.actor = Body.UPR_WORKING_GROUP;
      d.sentenceIndex = si;
      d.sentence = s;
      d.date = PartialDate.ofYear(Integer.parseInt(m.group(1)));
      d.state = findState(entities, new Trigger(s.start() + m.start(), s.start() + m.end(), "review"), s,
          lower, StepType.REVIEW_HELD);
      if (d.state != null) {
        drafts.add(d);
      }
    }
  }

  private List<Entity> entities(List<Gazetteer.Hit> hits, Body[] resolved) {
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Gazetteer.Hit hit = hits.get(i);
      switch (hit.kind()) {
        case BODY: case REF:
          if (resolved[i] != null) {
            entities.add(entity(hit, resolved[i], null));
          }
          break;
        case CAPITAL:
          if (!partOfName(hit.end()) && hit.end() > datelineEnd) { // "Lima Group": a name; "NAIROBI, 3 March -": a dateline
            entities.add(entity(hit, null, hit.value()));
          }
          break;
        case STATE: case DEMONYM:
          entities.add(entity(hit, null, hit.value()));
          break;
        case ORG:
          entities.add(entity(hit, null, null));
          break;
        default:
          break;
      }
    }
    return withNamedStates(entities);
  }

  /**
   * Marks the state a mechanism's name holds: inside the gazetteer phrase ("the Commission on Human
   * Rights in South Sudan") or just after it, joined by name words only ("the Special Rapporteur on
   * the situation of human rights in Belarus", "the Fact-Finding Mission on the Bolivarian Republic
   * of Venezuela").
   */
  private List<Entity> withNamedStates(List<Entity> entities) {
    List<Entity> out = null;
    int added = 0; // states added to out before entities.get(i): it is at out.get(i + added)
    for (int i = 0; i < entities.size(); i++) {
      Entity m = entities.get(i);
      if (m.body == null || !MECHANISMS.contains(m.body)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(entities);
      }
      int link = lastLinkWithin(m.start, m.end);
      if (link > m.start && link < m.end) {
        int at = i + added + 1; // just after the mechanism: each state found goes before the one found before it
        for (Gazetteer.Hit h : Gazetteer.standard().find(text, link + 4, m.end)) {
          if (h.kind() == Gazetteer.Kind.STATE) {
            out.add(at, entity(h, null, h.value()).inNameOf(m.body));
            added++;
          }
        }
      } else if (i + 1 < entities.size() && entities.get(i + 1).state != null
          && entities.get(i + 1).kind == Gazetteer.Kind.STATE
          && NAME_LINK.matcher(lowerText).region(m.end, entities.get(i + 1).start).matches()) {
        out.set(i + 1 + added, entities.get(i + 1).inNameOf(m.body));
      }
    }
    return out == null ? entities : out;
  }

  /**
   * The last " in " or " on " that starts in {@code (lo, hi]}, else -1: within those bounds the
   * same as {@code max(lastIndexOf(" in ", hi), lastIndexOf(" on ", hi))}, without searching the
   * text before {@code lo}.
   */
  private int lastLinkWithin(int lo, int hi) {
    for (int k = Math.min(hi, lowerText.length() - 4); k > lo; k--) {
      if (lowerText.charAt(k) == ' ' && lowerText.charAt(k + 3) == ' '
          && (lowerText.charAt(k + 1) == 'i' || lowerText.charAt(k + 1) == 'o') && lowerText.charAt(k + 2) == 'n') {
        return k;
      }
    }
    return -1;
  }

  private void contextOnly(int si, Sentence s, List<Gazetteer.Hit> hits, Body[] resolved, boolean review,
      boolean recentStep) {
    // keep the running year for later day-month dates, cheaply
    if (s.start() == sentenceLowerStart && s.end() == sentenceLowerEnd) {
      temporal.noteYears(text, s.start(), s.end(), sentenceText); // the sentence being read, as a string
    } else {
      temporal.noteYears(text, s.start(), s.end());
    }
    List<Entity> entities = review || recentStep ? entities(hits, resolved) : List.of();
    if (review) {
      datedReviews(si, s, sentenceLower, entities);
    }
    if (recentStep) {
      List<VoteMention> votes = mayMentionVote(s)
          ? TallyParser.find(text, sentenceLower, s.start(), s.end()) : List.of();
      attachToPrevious(si, s, entities, votes);
    } else if (!drafts.isEmpty() && si - drafts.get(drafts.size() - 1).sentenceIndex <= 4
        && mentions(s, "vote on the ")) {
      attachToPrevious(si, s, List.of(), TallyParser.find(text, s.start(), s.end()));
    }
  }

  private boolean partOfName(int end) {
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
  }

  private boolean insideParentheses(int pos) {
    for (int i = pos - 1; i >= 0 && pos - i < 120; i--) {
      char c = text.charAt(i);
      if (c == ')' || c == '\n' || c == '.') {
        return false;
      }
      if (c == '(') {
        return true;
      }
    }
    return false;
  }

  private static final List<String> SUBJECT_ADVERBS = List.of("", "also ", "then ", "later ", "again ",
      "subsequently ", "further ", "finally ", "eventually ", "thereby ");

  /** "it renewed", "it also renewed", "members then adopted": a pronoun subject just before the trigger. */
  private boolean pronounSubject(Trigger t) {
    for (String subject : PRONOUN_SUBJECTS) {
      if (precededBy(t.start(), subject)) {
        return true;
      }
    }
    return false;
  }

  /** "it " and "members " before each of {@link #SUBJECT_ADVERBS}, in that order: made once. */
  private static final String[] PRONOUN_SUBJECTS = SUBJECT_ADVERBS.stream()
      .flatMap(adverb -> java.util.stream.Stream.of("it " + adverb, "members " + adverb)).toArray(String[]::new);

  private boolean precededBy(int pos, String word) {
    int from = pos - word.length();
    return from >= 0 && AsciiCase.regionMatches(text, from, word); // words are lower-case ASCII
  }

  /** "the Government agreed in May 2019 to a visit by": "agreed" or "consented" a few words before, no comma between. */
  private boolean agreedTo(Trigger t) {
    String before = lowerText.substring(Math.max(0, t.start() - 30), t.start());
    int at = Math.max(before.lastIndexOf(" agreed "), before.lastIndexOf(" consented "));
    return at >= 0 && before.indexOf(',', at) < 0 && !before.substring(0, at).endsWith(" not")
        && !before.substring(0, at).endsWith(" never");
  }

  /** "asked the Government for access": "asked" or "requested" within the few words before "for access". */
  private boolean askedFor(Trigger t) {
    int from = Math.max(0, t.start() - 40);
    String before = lowerText.substring(from, t.start());
    int asked = Math.max(before.lastIndexOf("asked "), before.lastIndexOf("requested "));
    if (asked < 0 || before.indexOf(',', asked) >= 0 || asked > 0 && before.charAt(asked - 1) != ' ') {
      return false;
    }
    String lead = before.substring(Math.max(0, asked - 12), asked);
    return !(lead.endsWith("was ") || lead.endsWith("were ") || lead.endsWith("be ") || lead.endsWith("not ")
        || lead.endsWith("will have ") || lead.endsWith("would have ") || lead.endsWith("never "));
  }

  /**
   * True when "the Council" (not named the Security Council) creates or renews "the / her / his
   * mandate" in a text whose last mechanism named is a Special Rapporteur, and the Human Rights
   * Council has been named: a rapporteur's mandate, which the Security Council does not make.
   */
  private boolean rapporteursMandate(String right, String lower) {
    if (!(right.startsWith(" the mandate") || right.startsWith(" her mandate") || right.startsWith(" his mandate"))
        || lower.contains("security council") || !lastBody.containsKey(Body.HRC)) {
      return false;
    }
    if (right.startsWith(" the mandate of ") && !right.substring(0, Math.min(right.length(), 60)).contains("rapporteur")) {
      return false; // "the mandate of the Mission": another mandate
    }
    return latest(MECHANISMS) == Body.SPECIAL_RAPPORTEUR;
  }

  /** "we published", "I presented": a first-person subject just before the trigger. */
  private boolean firstPersonSubject(Trigger t) {
    int p = t.start();
    boolean we = p >= 3 && text.regionMatches(true, p - 3, "we ", 0, 3);
    boolean i = p >= 2 && text.startsWith("I ", p - 2);
    int w = p - (we ? 3 : 2);
    if ((we || i) && (w == 0 || !Character.isLetter(text.charAt(w - 1)))) {
      return true;
    }
    // "in it we recommended that the Security Council refer": the subject of the verb that governs it
    for (int k = p - 1; k > 0 && k > p - 60; k--) {
      char c = text.charAt(k);
      if (c == ',' || c == '.' || c == ';' || c == ':') {
        return false;
      }
      if (c == ' ' && k + 4 <= p && (text.regionMatches(true, k + 1, "we ", 0, 3) || text.startsWith("I ", k + 1))) {
        int e = k + (text.charAt(k + 1) == 'I' ? 3 : 4);
        return e < p && text.startsWith("recommended that ", e) || text.startsWith("called for ", e);
      }
    }
    return false;
  }

  /** Whether a report was published or presented in this sentence or the two before ("presented it to the Council"). */
  private boolean reportJustTold(int si) {
    for (int i = drafts.size() - 1; i >= 0 && si - drafts.get(i).sentenceIndex <= 2; i--) {
      if (drafts.get(i).type == StepType.REPORT_PUBLISHED || drafts.get(i).type == StepType.REPORT_PRESENTED) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWithPronoun(Sentence s) {
    int i = s.start();
    return text.startsWith("He ", i) || text.startsWith("She ", i) || text.startsWith("It ", i)
        || text.startsWith("They ", i);
  }

  private boolean mentions(Sentence s, String word) {
    if (s.start() == sentenceLowerStart && s.end() == sentenceLowerEnd) {
      return sentenceText.contains(word); // the sentence being read: String's own (vectorised) search
    }
    int n = word.length();
    for (int i = s.start(); i + n <= s.end(); i++) {
      if (text.charAt(i) == word.charAt(0) && text.startsWith(word, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean mayMentionVote(Sentence s) {
    if (s.start() == sentenceLowerStart && s.end() == sentenceLowerEnd) {
      // the sentence being read: String's own (vectorised) search of its lower-cased copy
      int last = s.end() - s.start() - 4; // where the loop below tries last
      return startsBy(sentenceLower, "vot", last) || startsBy(sentenceLower, "favo", last)
          || startsBy(sentenceLower, "absta", last) || startsBy(sentenceLower, "unani", last)
          || startsBy(sentenceLower, "conse", last) || startsBy(sentenceLower, "withou", last);
    }
    for (int i = s.start(); i < s.end() - 3; i++) {
      char c = text.charAt(i);
      c = c < 128 ? (char) (c | 0x20) : c;
      if ((c == 'v' || c == 'f' || c == 'a' || c == 'u' || c == 'c' || c == 'w')
          && (AsciiCase.regionMatches(text, i, "vot") || AsciiCase.regionMatches(text, i, "favo")
          || AsciiCase.regionMatches(text, i, "absta") || AsciiCase.regionMatches(text, i, "unani")
          || AsciiCase.regionMatches(text, i, "conse") || AsciiCase.regionMatches(text, i, "withou"))) {
        return true;
      }
    }
    return false;
  }

  /** True when a string holds a word at or before {@code last}. */
  private static boolean startsBy(String in, String word, int last) {
    int i = in.indexOf(word);
    return i >= 0 && i <= last;
  }

  /** A trigger inside a tally told in clauses ("two rejected"): a count, not a step. */
  private static boolean insideClauseTally(Trigger t, List<VoteMention> votes) {
    for (VoteMention v : votes) {
      if (v.toldInClauses() && t.start() >= v.start() && t.end() <= v.end()) {
        return true;
      }
    }
    return false;
  }

  /** A sentence with no step of its own may complete the last step: its tally or symbol. */
  private void attachToPrevious(int si, Sentence s, List<Entity> entities, List<VoteMention> votes) {
    if (drafts.isEmpty()) {
      return;
    }
    Draft last = drafts.get(drafts.size() - 1);
    if (!votes.isEmpty() && si - last.sentenceIndex <= 4 && voteOnTheText(si, s, last, votes)) {
      return;
    }
    if (si - last.sentenceIndex > 2) {
      return;
    }
    boolean voting = last.type == StepType.RESOLUTION_ADOPTED
        || last.type == StepType.RESOLUTION_REJECTED || last.type == StepType.VETO_CAST
        || last.type == StepType.AMENDMENT_ADOPTED || last.type == StepType.AMENDMENT_REJECTED
        || last.type == StepType.MECHANISM_ESTABLISHED || last.type == StepType.MEMBERSHIP_SUSPENDED;
    if (voting && (last.vote == null || last.vote.tally().isEmpty())) {
      VoteMention v = firstTallied(votes);
      if (v != null) {
        last.vote = v;
        addVoteMention(v);
      }
    } else if (last.type == StepType.MANDATE_RENEWED && (last.vote == null || last.vote.tally().isEmpty())) {
      attachTallyToAdoptionPackage(last, votes);
    }
    if (last.symbol == null) {
      String lower = lowerText.substring(s.start(), s.end());
      if (lower.contains("draft") || lower.contains("resolution") || lower.contains("text")) {
        List<SymbolFinder.Found> symbols =
            SymbolFinder.find(text, s.start(), s.end(), Optional.ofNullable(last.actor));
        if (!symbols.isEmpty()) {
          last.symbol = symbols.get(0).symbol();
        }
      }
    }
  }

  /** The first vote of a sentence that gives counts, or null. */
  private static VoteMention firstTallied(List<VoteMention> votes) {
    for (VoteMention v : votes) {
      if (v.tally().isPresent()) {
        return v;
      }
    }
    return null;
  }

  /**
   * "The Council adopted resolution X, by which it renewed the mandate ... . The vote was 13 in
   * favour to none against, with 2 abstentions.": the last step is the renewal, and the count
   * belongs to it and to the adoption it came with (the untallied steps of the renewal's sentence).
   * A renewal with no adoption beside it takes no count.
   */
  private void attachTallyToAdoptionPackage(Draft last, List<VoteMention> votes) {
    VoteMention tallied = firstTallied(votes);
    if (tallied == null) {
      return;
    }
    boolean adoption = false;
    for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentenceIndex == last.sentenceIndex; i--) {
      Draft d = drafts.get(i);
      if (d.type == StepType.RESOLUTION_ADOPTED && (d.vote == null || d.vote.tally().isEmpty())) {
        adoption = true;
      }
    }
    if (!adoption) {
      return;
    }
    for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentenceIndex == last.sentenceIndex; i--) {
      Draft d = drafts.get(i);
      if ((d.type == StepType.RESOLUTION_ADOPTED || d.type == StepType.MANDATE_RENEWED
          || d.type == StepType.MECHANISM_ESTABLISHED) && (d.vote == null || d.vote.tally().isEmpty())) {
        d.vote = tallied;
      }
    }
    addVoteMention(tallied);
  }

  /**
   * "The Council adopted resolution 46/1 by 22 votes to 11 ... . The resolution established ...":
   * a sentence opening with "The resolution" / "The text" tells what the text adopted in the
   * sentence before did, so its creation or renewal carries that adoption's count and symbol.
   */
  private void voteOfTheResolutionJustTold(int si, int before) {
    Draft adopted = drafts.get(before - 1);
    if (adopted.type != StepType.RESOLUTION_ADOPTED || adopted.sentenceIndex != si - 1
        || adopted.vote == null || adopted.vote.tally().isEmpty()) {
      return;
    }
    for (int i = before; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if ((d.type == StepType.MECHANISM_ESTABLISHED || d.type == StepType.MANDATE_RENEWED)
          && (d.vote == null || d.vote.tally().isEmpty()) && (d.actor == null || d.actor == adopted.actor)) {
        d.vote = adopted.vote;
        if (d.symbol == null) {
          d.symbol = adopted.symbol;
        }
      }
    }
  }

  /**
   * A sentence with no step of its own that tells the recorded vote on the text ("The vote on the
   * resolution was 23-12-12"; "It passed by only 19 votes, with 16 against ...") just after a
   * mechanism set up or a mandate renewed with no adoption told: the adoption of that text, by the
   * same body, on the same state and day, is a step of its own (the writer brief's two steps); the
   * mechanism or renewal shares its vote ({@link #shareResolutionVotes}). Not after an adoption
   * already told, nor on an amendment. Two sentences on at most, four for "the vote on the
   * resolution / text" (a thread's post after a line of hashtags).
   */
  private boolean voteOnTheText(int si, Sentence s, Draft last, List<VoteMention> votes) {
    if (last.type != StepType.MECHANISM_ESTABLISHED && last.type != StepType.MANDATE_RENEWED
        || last.vote != null || last.actor == null || last.date == null
        || last.actor != Body.HRC && last.actor != Body.GA && last.actor != Body.UNSC && last.actor != Body.CHR) {
      return false;
    }
    VoteMention vote = firstTallied(votes);
    if (vote == null) {
      return false;
    }
    String lower = lowerText.substring(s.start(), s.end());
    if (si - last.sentenceIndex > 2 && !lower.contains("the vote on the ")) {
      return false; // further on, only "the vote on the resolution / text" still points back to it
    }
    if (lower.contains("amendment") || !(lower.contains("vote") || lower.contains("adopted")
        || lower.contains("passed") || lower.contains("approved"))) {
      return false;
    }
    for (Draft r : drafts) {
      if (!r.merged && r.type == StepType.RESOLUTION_ADOPTED && r.actor == last.actor && r.state == last.state
          && last.date.equals(r.date)) {
        return false;
      }
    }
    Draft x = new Draft();
    x.type = StepType.RESOLUTION_ADOPTED;
    x.actor = last.actor;
    x.state = last.state;
    x.date = last.date;
    x.vote = vote;
    x.sentenceIndex = si;
    x.sentence = s;
    x.triggerEnd = vote.start();
    drafts.add(x);
    addVoteMention(vote);
    return true;
  }

  private Entity entity(Gazetteer.Hit hit, Body body, String state) {
    String prev = previousWord(hit.start());
    String beforeThe = prev.equals("the") ? previousWord(hit.start() - 4) : ""; // the word before "the"
    boolean afterPrep = PREPOSITIONS.contains(prev) || PREPOSITIONS.contains(beforeThe);
    boolean afterBy = prev.equals("by") || beforeThe.equals("by");
    boolean sponsor = hit.end() < text.length() && text.charAt(hit.end()) == '-'
        && hit.end() + 1 < text.length() && Character.isLowerCase(text.charAt(hit.end() + 1));
    boolean sponsorPhrase = (state != null || hit.kind() == Gazetteer.Kind.ORG)
        && (sponsor || sponsorBefore(hit.start()));
    return new Entity(hit.start(), hit.end(), hit.kind(), body, state, afterPrep, afterBy, sponsor,
        hit.kind() == Gazetteer.Kind.REF && hit.value().equals("@resolution"), sponsorPhrase, null);
  }

  private String previousWord(int pos) {
    int i = pos - 1;
    while (i >= 0 && !Character.isLetter(text.charAt(i))) {
      if (text.charAt(i) == '.' || text.charAt(i) == ',' || text.charAt(i) == ';') {
        return "";
      }
      i--;
    }
    int end = i + 1;
    while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
      i--;
    }
    return end > i + 1 ? lowerText.substring(i + 1, end) : "";
  }

  private static final String[][] HEADLINE_SUBJECTS = {{"Council ", "hrc|unsc|ecosoc"}, {"Assembly ", "ga"},
      {"Committee ", "ga-third-committee"}, {"Commission ", "coi|chr"}};

  /**
   * A headline drops the article: "Council Adopts 13 Resolutions", "Committee approves draft on
   * Iran", "Council decides to dispatch a mission". A line without a full stop that opens with the
   * bare noun, no comma before the trigger, names the body the story named before it, as "the
   * Council" would.
   */
  private Body headlineSubject(Sentence s, Trigger t) {
    if (t.start() - s.start() > 30 || s.start() > 0 && text.charAt(s.start() - 1) != '\n'
        || text.charAt(s.end() - 1) == '.' || s.end() - s.start() > 200) {
      return null;
    }
    for (String[] h : HEADLINE_SUBJECTS) {
      if (text.startsWith(h[0], s.start()) && indexWithin(',', s.start(), t.start()) < 0) {
        return resolve(h[1]);
      }
    }
    return null;
  }

  private static final String[] UN_HEADLINE_SUBJECTS = {"UN ", "U.N. ", "United Nations ", "Council ", "Commission ",
      "Assembly "};
  /** Whether a headline step's actor is the lead's body, the headline saying "the UN". */
  private boolean unHeadline;
  /** Every gazetteer hit of the document, in text order. */
  private List<Gazetteer.Hit> allHits = List.of();

  /**
   * A story's headline says "the UN" (or the bare noun) for the body its lead names: "UN sets up war
   * crimes inquiry", "UN extends mandate of Special Rapporteur on Iran", "Council creates expert
   * mission". The first line of the text, no full stop, whose subject word stands right before the
   * trigger, is the act of the first body of the right kind named in the next 800 characters; null
   * otherwise ("UN rights chief says the council should set up an inquiry" has words between).
   */
  private Body unHeadlineActor(Sentence s, Trigger t, Set<Body> actors) {
    if (s.start() > 40 || headlineEnd < 0 || s.end() > headlineEnd || text.charAt(s.end() - 1) == '.') {
      return null;
    }
    int from = 0;
    int colon = indexWithin(':', 0, Math.min(t.start(), 40));
    if (colon > 0 && colon + 2 < t.start() && text.charAt(colon + 1) == ' ') {
      from = colon + 2; // "Burundi: the UN dispatches an urgent investigating mission"
    }
    if (text.startsWith("the ", from) || text.startsWith("The ", from)) {
      from += 4;
    }
    String subject = null;
    for (String u : UN_HEADLINE_SUBJECTS) {
      if (text.startsWith(u, from)) {
        subject = u;
      }
    }
    if (subject == null || t.start() != from + subject.length()) {
      return null;
    }
    for (Gazetteer.Hit h : allHits) {
      if (h.start() > headlineEnd + 800) {
        break;
      }
      if (h.start() > headlineEnd && h.kind() == Gazetteer.Kind.BODY) {
        Body b = Body.byId(h.value()).orElse(null);
        if (b != null && actors.contains(b)) {
          return b;
        }
      }
    }
    return null;
  }

  /**
   * The bodies a reference may name, by its value ("hrc|unsc|ecosoc"): a handful of values, each
   * split once for every document and thread. The sets are never changed.
   */
  private static final Map<String, Set<Body>> REF_BODIES = new java.util.concurrent.ConcurrentHashMap<>();

  private static Set<Body> refBodies(String value) {
    Set<Body> allowed = EnumSet.noneOf(Body.class);
    for (String id : value.split("\\|")) {
      Body.byId(id).ifPresent(allowed::add);
    }
    return allowed;
  }

  /** Resolves an anaphor to the last mentioned compatible body, or to the last step's actor. */
  private Body resolve(String value) {
    if (value.equals("@resolution")) {
      for (int i = drafts.size() - 1; i >= 0; i--) {
        Body a = drafts.get(i).actor;
        if (a != null && VOTING.contains(a)) {
          return a;
        }
      }
      return latest(VOTING);
    }
    if (value.equals("@report")) {
      for (int i = drafts.size() - 1; i >= 0; i--) {
        Draft d = drafts.get(i);
        if ((d.type == StepType.REPORT_PUBLISHED || d.type == StepType.REPORT_PRESENTED) && d.actor != null) {
          return d.actor;
        }
      }
      return latest(REPORTERS);
    }
    if (value.equals("@office")) {
      // "our Office" in the words of the High Commissioner's spokesperson or of the Office itself
      return lastBody.containsKey(Body.OHCHR) || lastBody.containsKey(Body.HIGH_COMMISSIONER) ? Body.OHCHR : null;
    }
    Set<Body> allowed = REF_BODIES.computeIfAbsent(value, DocumentReader::refBodies);
    Body b = latest(allowed);
    if (b == null && allowed.contains(Body.GA) && lastBody.containsKey(Body.GA_THIRD_COMMITTEE)) {
      return Body.GA; // "the Assembly" after "the General Assembly's Third Committee": the committee's parent
    }
    return b;
  }

  /**
   * The voting body of an earlier step whose resolution the sentence names again by number ("was
   * created by resolution 42/25" after "2019 - resolution 42/25 - adopted"); null when none.
   */
  private Body actorOfSymbolTold(String lower) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft d = drafts.get(i);
      if (d.symbol == null || d.actor == null || !VOTING.contains(d.actor)) {
        continue;
      }
      String sym = d.symbol.toString();
      int r = sym.indexOf("RES/");
      if (r < 0) {
        continue;
      }
      int sp = sym.indexOf(' ', r);
      String number = sym.substring(r + 4, sp < 0 ? sym.length() : sp); // "42/25", "2669"
      int at = lower.indexOf("resolution " + number);
      int end = at + 11 + number.length();
      if (at >= 0 && (end >= lower.length() || !Character.isDigit(lower.charAt(end)))) {
        return d.actor;
      }
    }
    return null;
  }

  private Body latest(Set<Body> allowed) {
    Body best = null;
    int bestPos = -1;
    // by key: an EnumMap makes a new entry for each step of its entry iterator, and this is asked often
    for (Body b : lastBody.keySet()) {
      int pos = lastBody.get(b);
      if (pos > bestPos && allowed.contains(b)) {
        best = b;
        bestPos = pos;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- hypotheticals

  /** Tells whether a trigger is hypothetical, exhorted, future or negated rather than reported. */
  private final Map<Trigger, Boolean> hypotheticalCache = new HashMap<>();

  private boolean hypothetical(Sentence s, Trigger t, List<Trigger> triggers) {
    // "welcomed the decision of the Human Rights Council to extend its mandate": decided
    return hypotheticalCache.computeIfAbsent(t, x -> !decisionOfABodyTo(s, x) && computeHypothetical(s, x));
  }

  /**
   * The start of a trailing participle clause that holds the trigger (", concluding in a report
   * released in January"), just after its comma; else the sentence's start. What the main clause
   * recommends or urges does not make such a clause hypothetical.
   */
  /**
   * The start of a relative clause set off by a comma that holds the trigger (", whose mandate the
   * Council created in 2011"), at its pronoun; else the sentence's start. A modal of the main
   * clause ("The mission will work alongside the rapporteur, whose mandate ...") does not reach it.
   */
  private int relativeClauseStart(Sentence s, Trigger t) {
    int comma = t.start() - 1;
    int lo = Math.max(s.start() + 1, t.start() - 80);
    while (comma >= lo && text.charAt(comma) != ',') {
      comma--;
    }
    if (comma < lo || !(lowerText.startsWith(", whose ", comma) || lowerText.startsWith(", which ", comma))) {
      return s.start();
    }
    int next = comma + 8;
    if (lowerText.startsWith("was ", next) || lowerText.startsWith("were ", next) || lowerText.startsWith("is ", next)
        || lowerText.startsWith("are ", next)) {
      return s.start(); // "the resolution, which was sponsored by ...": a description of what is urged
    }
    return comma + 2;
  }

  /**
   * True when every habitual phrase of a sentence follows a later trigger ("whose mandate the
   * Council created in March 2011 and has extended every year since"): the habit is that verb's.
   */
  /**
   * "created ... to assess human rights violations since 2014": a "since" after the purpose of
   * the mandate dates what it looks into, not a habit of the verb.
   */
  private boolean sinceInMandateScope(Sentence s, String lower, Trigger t) {
    if (!lower.contains("since ")) {
      return false;
    }
    Matcher m = HABITUAL.matcher(lower);
    boolean any = false;
    while (m.find()) {
      int at = s.start() + m.start();
      if (!lower.startsWith("since", m.start()) || at < t.end()) {
        return false;
      }
      String between = lowerText.substring(t.end(), at);
      if (!between.contains(" to ")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private boolean habitOfALaterVerb(Sentence s, String lower, Trigger t, List<Trigger> triggers) {
    StartFilteredMatcher f = StartFilteredMatcher.ofLowerCase(HABITUAL, lower, HABITUAL_STARTS);
    while (f.find()) {
      Matcher m = f.matcher();
      int at = s.start() + m.start();
      boolean later = false;
      for (Trigger o : triggers) {
        later |= o != t && o.start() > t.end() && o.end() <= at;
      }
      int as = lower.indexOf(", as ", t.end() - s.start());
      later |= as >= 0 && as < m.start(); // "wrote in January, as she has done every year since": the comparison's habit
      if (!later || at < t.end()) {
        return false;
      }
    }
    return true;
  }

  private int participleClauseStart(Sentence s, Trigger t) {
    int comma = t.start();
    int floor = Math.max(s.start(), t.start() - 60); // only a comma after the sentence start, closer than 60, counts
    while (comma > floor && text.charAt(comma) != ',') {
      comma--;
    }
    if (comma <= floor) {
      return s.start();
    }
    int w = comma + 1;
    while (w < t.start() && text.charAt(w) == ' ') {
      w++;
    }
    int we = w;
    while (we < t.start() && Character.isLetter(text.charAt(we))) {
      we++;
    }
    return we - w > 4 && lowerText.startsWith("ing", we - 3) && we < t.start() ? comma + 1 : s.start();
  }

  private static final Set<String> PARTICIPLE_MODALS = Set.of("proposed", "recommended", "demanded", "requested",
      "urged", "asked", "called");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "this", "that", "his", "her");

  /**
   * "An amendment proposed by Iran", "the text recommended by the committee", "the proposed
   * amendment": a past participle after a noun, or an adjective after a determiner, not a modal;
   * "Germany proposed to set up" stays one.
   */
  private boolean participle(int start, int end, String w) {
    // every one of them is five letters or more and ends in "d": most words are passed over unhashed
    if (w.length() < 5 || w.charAt(w.length() - 1) != 'd' || !inShapes(PARTICIPLE_SHAPES, PARTICIPLE_MODALS, w)) {
      return false;
    }
    if (lowerText.startsWith(" by ", end)) {
      String prev = previousWord(start);
      return !DETERMINERS.contains(prev) && !PRONOUNS.contains(prev); // "which proposed by" is no participle
    }
    return DETERMINERS.contains(previousWord(start));
  }

  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "who", "which");

  private boolean computeHypothetical(Sentence s, Trigger t) {
    int from = Math.max(Math.max(clauseStart(s, t), participleClauseStart(s, t)), relativeClauseStart(s, t));
    if (text.charAt(s.end() - 1) == '?') {
      return true;
    }
    // the words before the trigger, as offsets into lowerText: only the last few are made into
    // strings, the others are only tested for a modal (by shape first) or for "voted"
    int[] ws = new int[32];
    int n = 0;
    for (int i = from; i < t.start(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) || c == '\'' && i > from && Character.isLetter(text.charAt(i - 1))) {
        int e = i;
        while (e < t.start() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'')) {
          e++;
        }
        int len = e - i;
        if ((len == 5 && lowerText.startsWith("which", i) || len == 3 && lowerText.startsWith("who", i))
            && i >= 2 && text.charAt(i - 2) == ',') {
          int close = indexWithin(',', e, t.start());
          if (close > 0) {
            // "An amendment, which would have deleted a paragraph, was rejected": the modal is
            // inside a relative clause; the main verb is still an event
            i = close;
            continue;
          }
        }
        if (len == 3 && lowerText.startsWith("may", i) && text.charAt(i) == 'M' && (i > s.start()
            || e + 1 < text.length() && text.charAt(e) == ' ' && Character.isDigit(text.charAt(e + 1)))) {
          i = e; // "In May the Council created", "May 2019 - The Council creates": the month, not the modal
          continue;
        }
        if (i > 0 && text.charAt(i - 1) == '-' && modalAt(i, e)) {
          i = e; // "its so-called report": part of a compound, not a call
          continue;
        }
        if (!participleAt(i, e)) {
          if (2 * n + 2 > ws.length) {
            ws = java.util.Arrays.copyOf(ws, ws.length * 2);
          }
          ws[2 * n] = i;
          ws[2 * n + 1] = e;
          n++;
        }
        i = e;
      }
    }
    boolean respond = t.kind().equals("respond");
    for (int k = 0; k < n; k++) {
      if (modalAt(ws[2 * k], ws[2 * k + 1])
          && !(respond && lowerText.startsWith("recommendation", ws[2 * k]) && k + 1 < n)) {
        // "Of the 230 recommendations, X accepted 177": what is answered, not a call ("the
        // recommendations accepted" still names a response told before)
        return true;
      }
    }
    // the last three words, and the four before each of them, are read as strings
    int first = Math.max(0, n - 7);
    List<String> words = new ArrayList<>(n - first);
    for (int k = first; k < n; k++) {
      words.add(lowerText.substring(ws[2 * k], ws[2 * k + 1]));
    }
    int m = words.size();
    boolean refuseLike = t.kind().equals("refuse") || t.kind().equals("withdraw");
    for (int i = Math.max(0, m - 3); i < m; i++) {
      String w = words.get(i);
      if (!refuseLike && NEGATIONS.contains(w)) {
        return true;
      }
      if (!refuseLike && w.equals("none") && i + 1 < m && (words.get(i + 1).equals("was")
          || words.get(i + 1).equals("were"))) {
        return true; // "none was adopted by consensus" (not "none against, was adopted")
      }
      if (w.equals("to") && !(i + 1 < m && DETERMINERS.contains(words.get(i + 1))) && !prepositionalTo(words, i)) {
        // "to the text" is a preposition; "to adopt" an intention
        boolean decided = false;
        for (int j = Math.max(0, i - 4); j < i; j++) {
          decided |= DECISION_VERBS.contains(words.get(j));
        }
        // "The Council voted 9 in favour to 4 against (A, B), with 2 abstentions, to adopt its agenda":
        // the tally between "voted" and "to" holds no words but the voters' names
        for (int j = 0; j < first + i && !decided; j++) {
          decided = ws[2 * j + 1] - ws[2 * j] == 5 && lowerText.startsWith("voted", ws[2 * j])
              && t.kind().equals("agenda");
        }
        if (!decided) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@link #modal} of the word of lowerText from {@code start} to {@code end}, made into a string only when its shape may be a modal's. */
  private boolean modalAt(int start, int end) {
    int k = shapeAt(start, end);
    return k >= 0 && (MODAL_SHAPES[k >> 6] & 1L << k) != 0 && MODALS.contains(lowerText.substring(start, end));
  }

  /** {@link #participle} of the word of lowerText from {@code start} to {@code end}, without making a string of most words. */
  private boolean participleAt(int start, int end) {
    if (end - start < 5 || lowerText.charAt(end - 1) != 'd') {
      return false;
    }
    int k = shapeAt(start, end);
    return k >= 0 && (PARTICIPLE_SHAPES[k >> 6] & 1L << k) != 0
        && participle(start, end, lowerText.substring(start, end));
  }

  /** {@link #shape} of the word of lowerText from {@code start} to {@code end}. */
  private int shapeAt(int start, int end) {
    int n = end - start;
    if (n == 0) {
      return -1;
    }
    char firstChar = lowerText.charAt(start);
    char lastChar = lowerText.charAt(end - 1);
    if (firstChar >= 128 || lastChar >= 128) {
      return -1;
    }
    return (firstChar * 31 + lastChar * 131 + n * 1031) & 4095;
  }

  /**
   * The shapes of the {@link #MODALS} words (first letter, last letter and length, hashed into 4096
   * bits, see {@link #shape}): a word of any other shape is no modal.
   */
  private static final long[] MODAL_SHAPES = shapes(MODALS);
  private static final long[] PARTICIPLE_SHAPES = shapes(PARTICIPLE_MODALS);

  private static long[] shapes(Set<String> words) {
    long[] bits = new long[4096 / 64];
    for (String w : words) {
      int k = shape(w);
      if (k < 0) {
        throw new IllegalStateException("a shaped word must open and end with an ASCII character: " + w);
      }
      bits[k >> 6] |= 1L << k;
    }
    return bits;
  }

  /** A word's shape, from its first and last characters and length, in [0, 4096); -1 when empty or either is not ASCII. */
  private static int shape(String w) {
    int n = w.length();
    if (n == 0) {
      return -1;
    }
    char first = w.charAt(0);
    char last = w.charAt(n - 1);
    if (first >= 128 || last >= 128) {
      return -1;
    }
    return (first * 31 + last * 131 + n * 1031) & 4095;
  }

  /** {@code MODALS.contains(w)}, without hashing a word whose shape no modal has. */
  private static boolean modal(String w) {
    return inShapes(MODAL_SHAPES, MODALS, w);
  }

  /** {@code words.contains(w)} for a set of {@link #shapes}, hashing only a word of one of their shapes. */
  private static boolean inShapes(long[] shapes, Set<String> words, String w) {
    int k = shape(w);
    return k >= 0 && (shapes[k >> 6] & 1L << k) != 0 && words.contains(w);
  }

  /**
   * "to" before an article is a preposition, not an infinitive: "attention is paid to the
   * establishment of" tells an establishment; "to establish" looks ahead.
   */
  private static boolean prepositionalTo(List<String> words, int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    String next = words.get(i + 1);
    return next.equals("the") || next.equals("a") || next.equals("an") || MONTH_WORDS.contains(next);
  }

  /** "from 24 November to 6 December": "to" before a date (its digits are no words) is a preposition. */
  private static final Set<String> MONTH_WORDS = Set.of("january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december");

  // ---------------------------------------------------------------- assembly

  private Draft assemble(int si, Sentence s, String lower, Trigger t, int ti, List<Trigger> triggers,
      List<Entity> entities, List<DateMention> dates, List<DateMention> claimed,
      List<VoteMention> votes, List<PersonFinder.Found> persons, boolean eventTrigger) {
    String kind = t.kind();
    String word = lowerText.substring(t.start(), t.end());
    // "failed to adopt ... owing to the negative vote of a permanent member" states a veto
    boolean hypo = !word.startsWith("negative vote") && hypothetical(s, t, triggers);
    int segStart = ti == 0 ? s.start() : triggers.get(ti - 1).end();
    int segEnd = ti + 1 < triggers.size() ? triggers.get(ti + 1).start() : s.end();
    String right = lowerText.substring(t.end(), Math.min(s.end(), t.end() + 80));
    String around = lowerText.substring(Math.max(s.start(), t.start() - 60), Math.min(s.end(), t.end() + 80));
    boolean visitLike = (kind.equals("refuse") || kind.equals("reject"))
        && (around.contains("visit") || around.contains("access"));
    if (insideClauseTally(t, votes)) {
      return null;
    }
    if (onceParticiple(t)) {
      return null; // "the panel, once created, is to work with ...": a condition, not an event
    }
    if (negatedArgument(s, t)) {
      return null; // "vetoed nothing", "adopted no resolution", "no state cast a veto", "none of the drafts was adopted"
    }
    if (!visitLike && habitualSentence(s, lower)
        && !habitOfALaterVerb(s, lower, t, triggers) && !sinceInMandateScope(s, lower, t)) {
      return null; // "four years in a row": a habit, not one event (a state refusing visits is one)
    }
    // the words decide the step's type and who may take it; then its actor, state, date and vote
    // (three methods, not one: the JIT inlines small calls only into a method of modest size)
    Classified c = classify(si, s, lower, t, ti, triggers, entities, votes, persons, eventTrigger, kind, word, hypo,
        segStart, segEnd, right, around);
    return c == null ? null
        : complete(c, si, s, lower, t, ti, triggers, entities, dates, claimed, votes, persons, kind, word, segStart,
            segEnd, right);
  }

  /**
   * A list made when it is first read: its size, an element, an iteration. The supplier must give
   * the same list whenever it is asked (a pure function of the sentence).
   */
  private static final class OnDemand<T> extends java.util.AbstractList<T> {
    private final java.util.function.Supplier<List<T>> make;
    private List<T> made;

    OnDemand(java.util.function.Supplier<List<T>> make) {
      this.make = make;
    }

    private List<T> list() {
      if (made == null) {
        made = make.get();
      }
      return made;
    }

    @Override
    public T get(int index) {
      return list().get(index);
    }

    @Override
    public int size() {
      return list().size();
    }
  }

  /** What a trigger's words make of it: the type of step, and who may take it. */
  private static final class Classified {
    /**
     * A step a state takes (a visit granted or refused, recommendations answered): no body may
     * be its actor, none is needed, and a state named before the trigger is its subject.
     */
    static Classified takenByAState(StepType type) {
      return new Classified(type, EnumSet.noneOf(Body.class), null, false, true);
    }

    final StepType type;
    final Set<Body> actors;
    final Body defaultActor;
    final boolean statesBlock;
    final boolean actorOptional;

    Classified(StepType type, Set<Body> actors, Body defaultActor, boolean statesBlock, boolean actorOptional) {
      this.type = type;
      this.actors = actors;
      this.defaultActor = defaultActor;
      this.statesBlock = statesBlock;
      this.actorOptional = actorOptional;
    }
  }

  /**
   * The step a trigger tells, by its kind and the words around it: its type, the bodies that may
   * take it, the actor when none is named, whether a state named before it blocks a body as its
   * actor, and whether it may have no actor. Null when the trigger tells no step.
   */
  private Classified classify(int si, Sentence s, String lower, Trigger t, int ti, List<Trigger> triggers,
      List<Entity> entities, List<VoteMention> votes, List<PersonFinder.Found> persons, boolean eventTrigger,
      String kind, String word, boolean hypo, int segStart, int segEnd, String right, String around) {
    // one method a kind: the JIT inlines small calls only into a method of modest size
    TriggerContext x = new TriggerContext(si, s, lower, t, ti, triggers, entities, votes, persons, eventTrigger,
        kind, word, hypo, segStart, segEnd, right, around);
    switch (kind) {
      case "adopt":
        return classifyAdopt(x);
      case "reject":
        return classifyReject(x);
      case "veto":
        return classifyVeto(x);
      case "fail":
        return classifyFail(x);
      case "establish":
        return classifyEstablish(x);
      case "renew":
        return classifyRenew(x);
      case "appoint":
        return classifyAppoint(x);
      case "publish":
        return classifyPublish(x);
      case "present":
        return classifyPresent(x);
      case "brief":
        return classifyBrief(x);
      case "review":
        return classifyReview(x);
      case "respond":
        return classifyRespond(x);
      case "refer":
        return classifyRefer(x);
      case "suspend":
        return classifySuspend(x);
      case "agenda":
        return classifyAgenda(x);
      case "meet":
        return classifyMeet(x);
      case "meet-noun":
        return classifyMeetNoun(x);
      case "visit-request":
        return classifyVisitRequest(x);
      case "invite":
        return classifyInvite(x);
      case "refuse":
        return classifyRefuse(x);
      case "withdraw":
        return classifyWithdraw(x);
      case "find":
        return classifyFind(x);
      case "amend":
        return classifyAmend(x);
      case "table":
        return classifyTable(x);
      default:
        return null;
    }
  }

  /** What {@link #classify} reads of a trigger and its sentence. */
  private static final class TriggerContext {
    final int si;
    final Sentence s;
    final String lower;
    final Trigger t;
    final int ti;
    final List<Trigger> triggers;
    final List<Entity> entities;
    final List<VoteMention> votes;
    final List<PersonFinder.Found> persons;
    final boolean eventTrigger;
    final String kind;
    final String word;
    final boolean hypo;
    final int segStart;
    final int segEnd;
    final String right;
    final String around;

    TriggerContext(int si, Sentence s, String lower, Trigger t, int ti, List<Trigger> triggers, List<Entity> entities, List<VoteMention> votes, List<PersonFinder.Found> persons, boolean eventTrigger, String kind, String word, boolean hypo, int segStart, int segEnd, String right, String around) {
      this.si = si;
      this.s = s;
      this.lower = lower;
      this.t = t;
      this.ti = ti;
      this.triggers = triggers;
      this.entities = entities;
      this.votes = votes;
      this.persons = persons;
      this.eventTrigger = eventTrigger;
      this.kind = kind;
      this.word = word;
      this.hypo = hypo;
      this.segStart = segStart;
      this.segEnd = segEnd;
      this.right = right;
      this.around = around;
    }
  }

  /** A trigger of kind "adopt" (see {@link #classify}). */
  private Classified classifyAdopt(TriggerContext x) {
    Sentence s = x.s;
    String lower = x.lower;
    Trigger t = x.t;
    List<Entity> entities = x.entities;
    String word = x.word;
    boolean hypo = x.hypo;
    String right = x.right;
    StepType type;
    Set<Body> actors;
    if (hypo || word.startsWith("pass") && !mentionsText(right) && !VOTING.contains(nearestLeftBody(entities, t, VOTING))) {
      return null;
    }
    if (word.startsWith("back") && !bodyBackedText(entities, t, right)) {
      return null;
    }
    if (reviewOutcomeObject(right)) {
      return null;
    }
    if (startsWithObject(right, "report", "outcome", "agenda", "programme", "budget")
        || COUNTED_TEXTS.matcher(right).lookingAt() && !countedTextsNamed(t, s)) {
      return null; // "adopted 52 resolutions": a summary of a session, not one step
    }
    if (approvedInEarlierTexts(right)) {
      return null; // "language approved in previous resolutions": earlier texts, none in particular
    }
    if (adoptionBeforeAmendmentVote(s, t, right, lower)) {
      return null; // "Before approving the draft, the Committee rejected an amendment": the adoption is told apart
    }
    if (preventedAdoption(t)) {
      return null; // "preventing the adoption of a draft", "prevent the Council from adopting": no adoption
    }
    if (right.startsWith(" the following ")) {
      return null; // "has adopted the following resolutions:": a list's heading, its entries are the steps
    }
    if (word.equals("adoption of") && (!adoptedThrough(t)
        || !startsWithObject(right, "resolution", "text", "draft", "decision"))) {
      return null; // "through the adoption of resolution 71/248" is one; "the adoption of the new constitution",
                   // "campaigned for the adoption of" are not
    }
    type = amendmentObject(right) && !draftObjectBeforeAmendment(right) || amendmentSubject(s, t)
        ? StepType.AMENDMENT_ADOPTED : StepType.RESOLUTION_ADOPTED;
    if (right.startsWith(" an extension of") || right.startsWith(" the extension of")
        || right.startsWith(" a renewal of") || right.startsWith(" the renewal of")) {
      type = StepType.MANDATE_RENEWED; // "approved an extension of the mandate": the renewal, no text named
    }
    actors = VOTING;
    return new Classified(type, actors, null, true, false);
  }

  /** A trigger of kind "reject" (see {@link #classify}). */
  private Classified classifyReject(TriggerContext x) {
    Sentence s = x.s;
    Trigger t = x.t;
    boolean hypo = x.hypo;
    String right = x.right;
    String around = x.around;
    if (hypo || right.startsWith(" the appointment") || right.startsWith(" the nomination")) {
      return null; // "rejected the appointment of the rapporteur": the appointment is the step
    }
    if (around.contains("recommendation")
        && !startsWithObject(right, "draft", "resolution", "text", "amendment", "motion", "proposal")) {
      // "Iran rejected most of the recommendations it received": a response to its review
      return Classified.takenByAState(StepType.RECOMMENDATIONS_RESPONDED);
    }
    if (around.contains("request") || around.contains("visit") || around.contains("invitation")
        || around.contains("access")) {
      return Classified.takenByAState(StepType.VISIT_REFUSED);
    }
    StepType type = amendmentObject(right) || amendmentSubject(s, t)
        ? StepType.AMENDMENT_REJECTED : StepType.RESOLUTION_REJECTED;
    return new Classified(type, VOTING, null, true, false);
  }

  /** A trigger of kind "veto" (see {@link #classify}). */
  private Classified classifyVeto(TriggerContext x) {
    String lower = x.lower;
    Trigger t = x.t;
    List<Entity> entities = x.entities;
    List<VoteMention> votes = x.votes;
    String word = x.word;
    boolean hypo = x.hypo;
    StepType type;
    Set<Body> actors;
    Body defaultActor = null;
    boolean statesBlock = true;
    if (hypo || !(lower.contains("resolution") || lower.contains("draft") || lower.contains("council")
        || lower.contains("text") || lower.contains("measure"))) {
      return null;
    }
    if (word.equals("blocked") && (vetoers(entities, t).isEmpty() || precededBy(t.start(), "the ")
        || precededBy(t.start(), "a "))) {
      return null; // "the blocked text": an adjective, the veto told elsewhere
    }
    if (negativeVoteOfNoPermanentMember(word, lower)) {
      return null; // "cast negative votes" is a veto only by permanent members
    }
    if (word.endsWith(" cast") && castBy(entities, t) == null) {
      return null; // "the veto cast by Russia" is one; "a veto cast by any permanent member" is not
    }
    type = StepType.VETO_CAST;
    actors = EnumSet.of(Body.UNSC);
    defaultActor = Body.UNSC;
    statesBlock = false;
    return new Classified(type, actors, defaultActor, statesBlock, false);
  }

  /** A trigger of kind "fail" (see {@link #classify}). */
  private Classified classifyFail(TriggerContext x) {
    Sentence s = x.s;
    String lower = x.lower;
    Trigger t = x.t;
    String right = x.right;
    StepType type;
    Set<Body> actors;
    Body defaultActor = null;
    // "failed to adopt a draft", "the rival text then failed": a rejection, unless a veto
    // (told by its own trigger) made it fail
    boolean adoptionObject = right.startsWith(" to adopt") || right.startsWith(" to pass")
        || right.startsWith(" to approve") || right.startsWith(" to be adopted")
        || right.startsWith(" to win") || right.startsWith(" adoption");
    String left = lowerText.substring(s.start(), t.start());
    boolean textSubject = !right.startsWith(" to ") && (left.contains("text") || left.contains("draft")
        || left.contains("resolution") || left.contains("measure") || left.contains("motion"));
    if (!(adoptionObject || textSubject) || modalJustBefore(t) || lower.contains("negative vote")
        || lower.contains("veto")) {
      return null;
    }
    type = amendmentsSubject(s, t) ? StepType.AMENDMENT_REJECTED : StepType.RESOLUTION_REJECTED;
    actors = VOTING;
    defaultActor = resolve("@resolution"); // the body of the last text told: "a rival text then failed"
    return new Classified(type, actors, defaultActor, true, false);
  }

  /** A trigger of kind "establish" (see {@link #classify}). */
  private Classified classifyEstablish(TriggerContext x) {
    Sentence s = x.s;
    String lower = x.lower;
    Trigger t = x.t;
    List<Entity> entities = x.entities;
    String word = x.word;
    boolean hypo = x.hypo;
    int segStart = x.segStart;
    int segEnd = x.segEnd;
    String right = x.right;
    StepType type;
    Set<Body> actors;
    boolean actorOptional = false;
    if (word.startsWith("to ") && !decidedJustBefore(t)) {
      return null; // "voted to appoint a special rapporteur" creates a mandate; "is due to" does not
    }
    if ((word.startsWith("open") || word.equals("launched")) && OPENED_CASE.matcher(right).lookingAt()
        && (lower.contains("prosecutor") || inSentence(entities, Body.ICC))) {
      // "the ICC prosecutor opened a formal investigation": a case, not a UN mechanism ("the Council
      // voted to open an international investigation" is one)
      return null;
    }
    if (genericObject(t)) {
      return null; // "it rejects any mechanism created outside ...": no mechanism in particular
    }
    if (hypo || !mentionsMechanism(lowerText.substring(Math.max(segStart, t.start() - 60),
        Math.min(segEnd, t.end() + 60))) && !itsEstablishmentFronted(s, t, word)) {
      return null;
    }
    type = StepType.MECHANISM_ESTABLISHED;
    actors = ESTABLISHERS;
    actorOptional = true;
    return new Classified(type, actors, null, true, actorOptional);
  }

  /** A trigger of kind "renew" (see {@link #classify}). */
  private Classified classifyRenew(TriggerContext x) {
    String word = x.word;
    boolean hypo = x.hypo;
    String right = x.right;
    String around = x.around;
    if (hypo || !(around.contains("mandate") || word.startsWith("renew")
        && mentionsMechanism(right.substring(0, Math.min(right.length(), 50)))
        || (word.startsWith("extend") || word.startsWith("prolong")) && extendsMechanism(right))) {
      return null; // "renewed the Commission on Human Rights in South Sudan" renews its mandate
    }
    return new Classified(StepType.MANDATE_RENEWED, VOTING, null, true, false);
  }

  /** A trigger of kind "appoint" (see {@link #classify}). */
  private Classified classifyAppoint(TriggerContext x) {
    Sentence s = x.s;
    Trigger t = x.t;
    List<Entity> entities = x.entities;
    List<PersonFinder.Found> persons = x.persons;
    String word = x.word;
    boolean hypo = x.hypo;
    String right = x.right;
    StepType type;
    Set<Body> actors;
    Body defaultActor = null;
    boolean statesBlock = true;
    boolean actorOptional = false;
    if (hypo) {
      return null;
    }
    if (word.equals("named") && !hasPersonAfter(persons, t)
        && !MEMBERS_NAMED.matcher(right).lookingAt()) {
      return null;
    }
    if (word.equals("appointment") && told(StepType.HOLDER_APPOINTED) && precededBy(t.start(), "the ")) {
      return null; // "welcomed the appointment": the appointment already told
    }
    type = StepType.HOLDER_APPOINTED;
    actors = EnumSet.of(Body.HRC, Body.CHR, Body.GA, Body.SECRETARY_GENERAL,
        Body.HIGH_COMMISSIONER);
    if (inSentence(entities, Body.SPECIAL_RAPPORTEUR) || inSentence(entities, Body.INDEPENDENT_EXPERTS)) {
      if (appointedWithNoAppointer(s, t, word)) {
        actorOptional = true; // "X was appointed in October as the special investigator on Y": by no one named
      } else {
        defaultActor = Body.HRC;
      }
    }
    statesBlock = false;
    return new Classified(type, actors, defaultActor, statesBlock, actorOptional);
  }

  /** A trigger of kind "publish" (see {@link #classify}). */
  private Classified classifyPublish(TriggerContext x) {
    Trigger t = x.t;
    List<Entity> entities = x.entities;
    boolean hypo = x.hypo;
    String around = x.around;
    if (hypo || !(around.contains("report") || around.contains("findings")
        || around.contains("study") || around.contains("update") || around.contains("assessment"))) {
      return null;
    }
    return new Classified(StepType.REPORT_PUBLISHED, publishers(entities, t), null, true, false);
  }

  /** A trigger of kind "present" (see {@link #classify}). */
  private Classified classifyPresent(TriggerContext x) {
    int si = x.si;
    Trigger t = x.t;
    boolean hypo = x.hypo;
    String right = x.right;
    String around = x.around;
    StepType type;
    Set<Body> actors;
    boolean statesBlock = true;
    if (hypo || reportSubmitted(t)) {
      return null; // "The present report is submitted pursuant to ...": see presentReport
    }
    if (startsWithObject(right, "draft", "resolution", "text", "amendment")) {
      type = right.contains("amendment") ? StepType.AMENDMENT_PROPOSED : StepType.DRAFT_TABLED;
      actors = VOTING;
      statesBlock = false;
    } else if (around.contains("report") || around.contains("findings") || around.contains("update")
        || around.contains("assessment") || right.startsWith(" it to the ") && reportJustTold(si)) {
      // "presented her findings at a press conference": made public, not presented to a body
      type = toThePress(right) ? StepType.REPORT_PUBLISHED : StepType.REPORT_PRESENTED;
      actors = type == StepType.REPORT_PRESENTED ? PRESENTERS : REPORTERS;
    } else {
      return null;
    }
    return new Classified(type, actors, null, statesBlock, false);
  }

  /** A trigger of kind "brief" (see {@link #classify}). */
  private Classified classifyBrief(TriggerContext x) {
    Trigger t = x.t;
    List<Entity> entities = x.entities;
    boolean hypo = x.hypo;
    // "the High Commissioner briefed the Security Council on Sudan": a report presented to a
    // voting body; "briefed journalists" is not
    if (hypo || !briefsVotingBody(entities, t)) {
      return null;
    }
    return new Classified(StepType.REPORT_PRESENTED, REPORTERS, null, true, false);
  }

  /** A trigger of kind "review" (see {@link #classify}). */
  private Classified classifyReview(TriggerContext x) {
    Sentence s = x.s;
    String lower = x.lower;
    Trigger t = x.t;
    List<Entity> entities = x.entities;
    String word = x.word;
    boolean hypo = x.hypo;
    StepType type;
    Set<Body> actors;
    Body defaultActor = null;
    boolean statesBlock = true;
    if (hypo || !(lower.contains("review") || inSentence(entities, Body.UPR_WORKING_GROUP))) {
      return null;
    }
    if ((word.equals("commenced") || word.equals("was conducted")) && !reviewSubject(s, t)) {
      return null; // "The UPR on Sri Lanka commenced on Wednesday"; not "the session commenced"
    }
    if (word.startsWith("appear") && !bodyRightAfter(entities, t, Body.UPR_WORKING_GROUP)) {
      return null; // "appeared before the UPR Working Group" is the review; before another body it is not
    }
    type = StepType.REVIEW_HELD;
    actors = EnumSet.of(Body.UPR_WORKING_GROUP);
    defaultActor = Body.UPR_WORKING_GROUP;
    statesBlock = false;
    return new Classified(type, actors, defaultActor, statesBlock, false);
  }

  /** A trigger of kind "respond" (see {@link #classify}). */
  private Classified classifyRespond(TriggerContext x) {
    String lower = x.lower;
    Trigger t = x.t;
    String word = x.word;
    boolean hypo = x.hypo;
    String right = x.right;
    if (!hypo && !lower.contains("recommendation") && word.startsWith("accept")
        && startsWithObject(right, "visit", "request")) {
      // "Venezuela has accepted a visit by the Special Rapporteur": the state grants it
      return Classified.takenByAState(StepType.VISIT_GRANTED);
    }
    if (hypo || !lower.contains("recommendation")
        && !(lower.contains("proposals") && told(StepType.RECOMMENDATIONS_RESPONDED))) {
      return null; // once a response is told, "supported the proposals" tells it again
    }
    if (word.equals("acceptance") && precededBy(t.start(), "the ") && told(StepType.RECOMMENDATIONS_RESPONDED)) {
      return null; // "welcomed the acceptance of the recommendations": the response already told
    }
    return Classified.takenByAState(StepType.RECOMMENDATIONS_RESPONDED);
  }

  /** A trigger of kind "refer" (see {@link #classify}). */
  private Classified classifyRefer(TriggerContext x) {
    String lower = x.lower;
    Trigger t = x.t;
    List<Trigger> triggers = x.triggers;
    String word = x.word;
    boolean hypo = x.hypo;
    StepType type;
    Set<Body> actors;
    boolean statesBlock = true;
    boolean toCourt = lower.contains("criminal court") || lower.contains("icc")
        || lower.contains("security council") || lower.contains("tribunal")
        || lower.contains("the court") && lastBody.containsKey(Body.ICC) // "the Court" once the ICC is named
        || word.startsWith("recommended") && lastBody.containsKey(Body.ICC); // "recommended the referral"
    if (!toCourt) {
      return null;
    }
    boolean noun = word.equals("referral");
    boolean recommended = word.startsWith("recommended");
    if (hypo || noun || recommended) {
      if (noun && !hypo) {
        return null;
      }
      type = StepType.REFERRAL_RECOMMENDED;
      actors = RECOMMENDERS;
      statesBlock = false;
    } else {
      if (referringTextFailed(t, word, triggers)) {
        return null;
      }
      type = StepType.REFERRAL_MADE;
      actors = EnumSet.of(Body.UNSC);
    }
    return new Classified(type, actors, null, statesBlock, false);
  }

  /** A trigger of kind "suspend" (see {@link #classify}). */
  private Classified classifySuspend(TriggerContext x) {
    Sentence s = x.s;
    String lower = x.lower;
    Trigger t = x.t;
    List<Entity> entities = x.entities;
    boolean hypo = x.hypo;
    String right = x.right;
    StepType type;
    Set<Body> actors;
    Body defaultActor = null;
    boolean statesBlock = true;
    if (hypo || !(lower.contains("council") || lower.contains("membership")
        || stateRightAfter(entities, t))) {
      return null;
    }
    type = StepType.MEMBERSHIP_SUSPENDED;
    actors = EnumSet.of(Body.GA);
    if (right.startsWith(" from ")) {
      // "Russia suspended from UN rights council": a headline's passive; the state is the patient
      statesBlock = false;
      defaultActor = Body.GA;
    }
    return new Classified(type, actors, defaultActor, statesBlock, false);
  }

  /** A trigger of kind "agenda" (see {@link #classify}). */
  private Classified classifyAgenda(TriggerContext x) {
    Sentence s = x.s;
    List<Entity> entities = x.entities;
    String word = x.word;
    boolean hypo = x.hypo;
    String right = x.right;
    StepType type;
    Set<Body> actors;
    Body defaultActor = null;
    boolean statesBlock = true;
    if (hypo || !(inSentence(entities, Body.UNSC))) {
      return null;
    }
    if (word.startsWith("on ") && right.length() > 2 && right.substring(0, Math.min(right.length(), 30)).contains("draft")) {
      return null; // "one item on the agenda: a draft resolution": the meeting's business, no situation added
    }
    type = StepType.AGENDA_ITEM_ADDED;
    actors = EnumSet.of(Body.UNSC);
    defaultActor = Body.UNSC;
    statesBlock = false; // "added Venezuela to its agenda": the state is the object
    return new Classified(type, actors, defaultActor, statesBlock, false);
  }

  /** A trigger of kind "meet" (see {@link #classify}). */
  private Classified classifyMeet(TriggerContext x) {
    boolean hypo = x.hypo;
    if (hypo) {
      return null;
    }
    return new Classified(StepType.MEETING_HELD, VOTING, null, true, false);
  }

  /** A trigger of kind "meet-noun" (see {@link #classify}). */
  private Classified classifyMeetNoun(TriggerContext x) {
    Trigger t = x.t;
    boolean hypo = x.hypo;
    // "held a special session on Ethiopia", "held its 30th special session", "At that special
    // session, held on 25 February, the Council ...": the session held by a body; "met in an
    // emergency session" is told by "met"; "asked for a special session" is no meeting
    if (hypo || !heldSession(t) && !closedSession(t)) {
      return null;
    }
    return new Classified(StepType.MEETING_HELD, VOTING, null, true, false);
  }

  /** A trigger of kind "visit-request" (see {@link #classify}). */
  private Classified classifyVisitRequest(TriggerContext x) {
    Sentence s = x.s;
    Trigger t = x.t;
    int ti = x.ti;
    List<Trigger> triggers = x.triggers;
    String word = x.word;
    boolean hypo = x.hypo;
    StepType type;
    Set<Body> actors;
    boolean statesBlock = true;
    if (word.equals("for access") ? !askedFor(t)
        : hypo || word.startsWith("request ") && !sentRequest(s, t, ti, triggers)) {
      return null; // "refused her request for a visit": the refusal's object; "a request ... was sent": a step;
                   // "asked the Government for access" is a request, "called for access" is not
    }
    type = StepType.VISIT_REQUESTED;
    actors = VISITORS;
    statesBlock = false;
    return new Classified(type, actors, null, statesBlock, false);
  }

  /** A trigger of kind "invite" (see {@link #classify}). */
  private Classified classifyInvite(TriggerContext x) {
    int si = x.si;
    String lower = x.lower;
    Trigger t = x.t;
    String word = x.word;
    boolean hypo = x.hypo;
    if (word.startsWith("to a visit ") && !agreedTo(t)) {
      return null; // "agreed in May 2019 to a visit by the High Commissioner" is a grant; "looked forward to a visit" is not
    }
    if (hypo || !lower.contains("visit") && requestedVisitor(si) == null
        && !word.endsWith("invitation")) { // "sent an invitation to the expert"
      return null;
    }
    return Classified.takenByAState(StepType.VISIT_GRANTED);
  }

  /** A trigger of kind "refuse" (see {@link #classify}). */
  private Classified classifyRefuse(TriggerContext x) {
    Trigger t = x.t;
    List<Entity> entities = x.entities;
    String word = x.word;
    boolean hypo = x.hypo;
    String right = x.right;
    String around = x.around;
    if (hypo && !word.startsWith("not")) {
      return null;
    }
    if (!(around.contains("visit") || around.contains("access") || around.contains("entry")
        || around.contains("request") || around.contains("invitation") || letsNoOneIn(right)
        || word.endsWith(" admitted"))) { // "informed the mission that it would not be admitted"
      return null;
    }
    if (accessToAPlace(t, around, entities)) {
      return null; // "was denied access to the central prison" during a visit: not the visit refused
    }
    return Classified.takenByAState(StepType.VISIT_REFUSED);
  }

  /** A trigger of kind "withdraw" (see {@link #classify}). */
  private Classified classifyWithdraw(TriggerContext x) {
    boolean hypo = x.hypo;
    String around = x.around;
    if (hypo || !(around.contains("visit") || around.contains("offer") || around.contains("invitation"))) {
      return null;
    }
    return Classified.takenByAState(StepType.VISIT_WITHDRAWN);
  }

  /** A trigger of kind "find" (see {@link #classify}). */
  private Classified classifyFind(TriggerContext x) {
    boolean hypo = x.hypo;
    String right = x.right;
    if (hypo || CONCLUDED_EVENT.matcher(right).lookingAt()) {
      return null; // "concluded a ten-day visit", "concluded its session": an ending, not a finding
    }
    return new Classified(StepType.REPORT_PUBLISHED, REPORTERS, null, true, false);
  }

  /** A trigger of kind "amend" (see {@link #classify}). */
  private Classified classifyAmend(TriggerContext x) {
    boolean hypo = x.hypo;
    StepType type;
    Set<Body> actors;
    Body defaultActor = null;
    boolean statesBlock = true;
    if (hypo) {
      return null;
    }
    type = StepType.AMENDMENT_PROPOSED;
    actors = VOTING;
    statesBlock = false;
    defaultActor = resolve("@resolution");
    return new Classified(type, actors, defaultActor, statesBlock, false);
  }

  /** A trigger of kind "table" (see {@link #classify}). */
  private Classified classifyTable(TriggerContext x) {
    Sentence s = x.s;
    String lower = x.lower;
    Trigger t = x.t;
    boolean eventTrigger = x.eventTrigger;
    String word = x.word;
    boolean hypo = x.hypo;
    String right = x.right;
    StepType type;
    Set<Body> actors;
    Body defaultActor = null;
    boolean statesBlock = true;
    if (countedTextsTabled(s, t)) {
      return null; // "All six resolutions have been tabled by Ukraine": texts counted, none in particular
    }
    if (!hypo && !word.startsWith("co") && (precededBy(t.start(), "amendment ")
        || word.equals("proposed by") && amendmentHead(s, t) || proposedAmendmentBy(word))) {
      // "An amendment tabled by Syria ... was rejected": the proposal is a step of its own
      type = StepType.AMENDMENT_PROPOSED;
      actors = VOTING;
      statesBlock = false;
      defaultActor = resolve("@resolution");
      return new Classified(type, actors, defaultActor, statesBlock, false);
    }
    if (word.equals("introducing") && (!introducingADraft(right) || committeeTextInPlenary())) {
      return null; // "introducing the report", "introducing the item": no text tabled
    }
    if (hypo || eventTrigger && !tabledInRelativeClause(s, t) || word.startsWith("co") || (word.equals("sponsored") || word.equals("drafted"))
        && t.start() > 0 && text.charAt(t.start() - 1) == '-'
        || !(lower.contains("draft") || lower.contains("resolution") || lower.contains("text"))) {
      return null;
    }
    type = StepType.DRAFT_TABLED;
    actors = VOTING;
    statesBlock = false;
    return new Classified(type, actors, defaultActor, statesBlock, false);
  }

  /**
   * The draft of a classified trigger: its actor, subject state, date, vote, symbol, person and
   * sponsors. Null when no actor that may take it is found, or the sentence shows it is no step.
   */
  private Draft complete(Classified c, int si, Sentence s, String lower, Trigger t, int ti, List<Trigger> triggers,
      List<Entity> entities, List<DateMention> dates, List<DateMention> claimed, List<VoteMention> votes,
      List<PersonFinder.Found> persons, String kind, String word, int segStart, int segEnd, String right) {
    StepType type = c.type;
    Set<Body> actors = c.actors;
    Body defaultActor = c.defaultActor;
    boolean statesBlock = c.statesBlock;
    boolean actorOptional = c.actorOptional;
    if (type == StepType.DRAFT_TABLED && GENERIC_SPONSOR.matcher(right).lookingAt()) {
      return null; // "a text sponsored by countries that ...": a speaker's description, not a sponsor named
    }
    if (undatedSinceClause(s, t, dates)) {
      return null; // "the sixth refusal since the mandate was established": background, not a step
    }
    Draft d = new Draft();
    d.type = type;
    d.triggerEnd = t.end();
    d.sentenceIndex = si;
    d.sentence = s;
    d.distinct = lower.contains(" also ") || lower.contains("another ") || lower.contains("separate ")
        || lower.contains("second ");
    // actor
    actorBlocked = false;
    Body actor = actors.isEmpty() ? null : nominalAgent(entities, t, actors);
    if (actor == null && !actors.isEmpty()) {
      actor = findActor(entities, t, segStart, segEnd, s, actors, statesBlock, type);
    }
    if (actor == null && !actors.isEmpty() && !actorBlocked) {
      Body headed = headlineSubject(s, t);
      actor = headed != null && actors.contains(headed) ? headed : null;
    }
    if (actor == null && !actors.isEmpty() && s.start() <= 40) {
      actor = unHeadlineActor(s, t, actors); // "UN sets up war crimes inquiry" over "the UN Human Rights Commission ..."
      actorBlocked &= actor == null; // "Burundi: the UN dispatches ...": the state before the colon is the topic
      unHeadline |= actor != null;
    }
    if (actor == null && type == StepType.RESOLUTION_ADOPTED) {
      actor = subjectBeforeGerund(entities, t, actors); // "concluded its special session after adopting a resolution"
    }
    if (actor == null && type == StepType.RESOLUTION_ADOPTED && (passive(t) || passiveParticiple(t))) {
      actor = bodyOfRelativeClause(entities, t, actors); // "A resolution on X, adopted by 29 votes ..., by which the Council extended"
    }
    if (actor == null && type == StepType.RESOLUTION_ADOPTED && passive(t) && adoptedAtASession(t)) {
      actor = latest(VOTING); // "The first resolution on X was adopted at the 26th session in June 2014"
    }
    if (actor == null && type == StepType.RESOLUTION_ADOPTED && passive(t) && mentions(s, " against")) {
      actor = votingBodyOfSentenceBefore(s); // "The Committee took action on three drafts. ... which was approved by 111 votes"
    }
    if (actor == null && type == StepType.MEETING_HELD) {
      actor = sessionOfBody(entities, t, actors); // "The eleventh special session of the Council on X concluded"
    }
    if (actor == null && (type == StepType.REPORT_PRESENTED || type == StepType.REPORT_PUBLISHED)
        && possessiveReport(s, t)) {
      actor = latest(REPORTERS); // "Its report, presented to the Council on ...": the reporter named before
    }
    if (actor == null && !actors.isEmpty() && SentenceSplitter.datedEntry(text, s.start())) {
      actor = latest(actors); // "2019 - resolution 42/25 - adopted 19-7-21": an entry of a list the body heads
    }
    Draft byResolution = null;
    if (actor == null && (type == StepType.MECHANISM_ESTABLISHED || type == StepType.MANDATE_RENEWED)) {
      byResolution = adoptionBefore(si, t); // "it adopted a resolution ... that established"
      if (byResolution != null) {
        actor = byResolution.actor;
        actorBlocked = false;
      }
    }
    d.actorExplicit = actor != null;
    if (actor == null && actorBlocked) {
      return null; // a state is the subject: "his Government rejected the resolution"
    }
    if (actor == null && (type == StepType.DRAFT_TABLED)) {
      actor = resolve("@resolution");
    }
    if (actor == null && (type == StepType.RESOLUTION_ADOPTED || type == StepType.RESOLUTION_REJECTED
        || type == StepType.AMENDMENT_ADOPTED || type == StepType.AMENDMENT_REJECTED)
        && passive(t) && !drafts.isEmpty() && si - drafts.get(drafts.size() - 1).sentenceIndex <= 2) {
      Body recent = drafts.get(drafts.size() - 1).actor;
      actor = recent != null && VOTING.contains(recent) ? recent : null; // "a second text was also adopted"
    }
    if (actor == null && (type == StepType.MECHANISM_ESTABLISHED || type == StepType.MANDATE_RENEWED)
        && passive(t) && lower.contains("resolution ")) {
      actor = actorOfSymbolTold(lower); // "created by resolution 42/25": the body told adopting 42/25
    }
    if (actor == null && (type == StepType.MECHANISM_ESTABLISHED || type == StepType.MANDATE_RENEWED)
        && passive(t) && !drafts.isEmpty() && si - drafts.get(drafts.size() - 1).sentenceIndex <= 2) {
      Body recent = drafts.get(drafts.size() - 1).actor;
      actor = recent != null && VOTING.contains(recent) ? recent : null; // "The post was first created in 2012"
    }
    if (type == StepType.VISIT_REFUSED || type == StepType.VISIT_WITHDRAWN
        || type == StepType.VISIT_GRANTED || type == StepType.VISIT_REQUESTED) {
      d.visitor = visitor(entities, s);
      if (d.visitor == null && type == StepType.VISIT_GRANTED) {
        d.visitor = requestedVisitor(si); // "wrote back accepting the request": the visit just requested
      }
      if (d.visitor == null && type != StepType.VISIT_REQUESTED) {
        d.visitor = requestJustTold(si, lower); // "The Government ... rejected the request"
      }
      if (d.visitor == null && type == StepType.VISIT_REFUSED && letsNoOneIn(right)) {
        d.visitor = holderNotLetIn(t, right); // "Iran has refused to allow Shaheed to travel to Iran"
      }
      if (d.visitor == null && type == StepType.VISIT_REFUSED && word.endsWith(" admitted")) {
        d.visitor = requestedVisitor(si); // "... wrote back that we would not be admitted": the visit just requested
      }
      if (d.visitor == null) {
        return null;
      }
      if (type == StepType.VISIT_REQUESTED) {
        actor = d.visitor;
      }
    }
    if (actor == null && type == StepType.REFERRAL_RECOMMENDED) {
      Body byRef = refersToResolution(lower) ? resolve("@resolution") : null;
      actor = byRef != null && byRef != Body.UNSC ? byRef : null;
    }
    if (actor == null) {
      actor = defaultActor;
    }
    if (actor == null ? !actorOptional : !actors.contains(actor) && type != StepType.VISIT_REQUESTED) {
      return null;
    }
    if (actor == null && type == StepType.MECHANISM_ESTABLISHED && word.equals("creation")
        && (precededBy(t.start(), "its ") || precededBy(t.start(), "their ")) && d.date == null
        && dates.stream().noneMatch(x -> x.start() > t.start() && x.start() - t.end() < 40)) {
      return null; // "Its creation followed two years of monitoring": the creation told elsewhere
    }
    if (actor == null && type == StepType.MECHANISM_ESTABLISHED && !passive(t)
        && !mentionsMechanism(lowerText.substring(t.end(), Math.min(segEnd, t.end() + 60)))) {
      return null; // "the reforms launched under the plan": no body, and no mechanism set up
    }
    if (kind.equals("find")) {
      for (Draft earlier : drafts) {
        if (earlier.actor == actor && (earlier.type == StepType.REPORT_PRESENTED
            || earlier.type == StepType.REPORT_PUBLISHED)) {
          return null; // a finding of the report already proposed
        }
      }
    }
    if (type == StepType.REFERRAL_RECOMMENDED) {
      Entity subject = clauseSubject(entities, t, s);
      if (subject != null && subject.resolutionRef && !anyAdoption()) {
        return null; // a draft recommends nothing until it is adopted
      }
      if (subject != null && subject.body != null && actors.contains(subject.body)) {
        actor = subject.body;
      }
      // "the Assembly passed resolution 69/188 ..., urging the Council to refer": the body whose text urges it
      for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentenceIndex == si; i--) {
        Draft r = drafts.get(i);
        if (r.type == StepType.RESOLUTION_ADOPTED && r.triggerEnd <= t.start() && r.actor != null
            && actors.contains(r.actor) && r.actor != Body.UNSC) {
          actor = r.actor;
          break;
        }
      }
    }
    if (actor == Body.UNSC && !votes.isEmpty() && actors.contains(Body.HRC) && !lower.contains("security council")) {
      actor = councilBySize(pickVote(votes, t), actor);
    }
    if (actor == Body.UNSC && (type == StepType.MECHANISM_ESTABLISHED || type == StepType.MANDATE_RENEWED)
        && rapporteursMandate(right, lower)) {
      actor = Body.HRC; // "The Council created the mandate in 2012" about a rapporteur: only the HRC makes one
    }
    d.actor = actor;
    return describe(d, s, lower, t, ti, triggers, entities, dates, claimed, votes, persons, kind, word, type, actor, byResolution);
  }

  /**
   * The rest of a draft whose type and actor are known: its subject state, date, vote, vetoers,
   * symbol, person and sponsors (a method of its own, see {@link #classify}).
   */
  private Draft describe(Draft d, Sentence s, String lower, Trigger t, int ti, List<Trigger> triggers, List<Entity> entities, List<DateMention> dates, List<DateMention> claimed, List<VoteMention> votes, List<PersonFinder.Found> persons, String kind, String word, StepType type, Body actor, Draft byResolution) {
    // state
    int objectEnd = objectEnd(t, ti, triggers, entities);
    d.state = findState(entities, t, s, lower, type, actor, objectStart(t, ti, triggers, entities, objectEnd),
        objectEnd);
    if (type == StepType.VETO_CAST && d.state != null) {
      d.state = notAVoter(entities, d.state, t); // "vetoed the text, with South Africa also voting against"
    }
    for (Entity e : entities) {
      d.stateExplicit |= d.state != null && d.state.alpha3().equals(e.state);
    }
    // date
    DateMention dm = findDate(dates, claimed, t, s, triggers);
    if (dm != null) {
      claimed.add(dm);
      d.date = dateOf(dm, actor);
      if ((type == StepType.REPORT_PUBLISHED || type == StepType.REPORT_PRESENTED) && d.date != null
          && (lower.contains("most recent report") || lower.contains("latest report") || lower.contains("last report"))
          && !writesYear(dm)) {
        d.date = inPublicationYear(d.date); // "its most recent report ... was issued on 17 April": this year's
      }
    }
    if (d.date == null) {
      d.date = inheritedDate(d, lower);
    }
    if (d.date == null && byResolution != null) {
      d.date = byResolution.date; // the day of the resolution that made it
    }
    boolean proceduralVote = type == StepType.AGENDA_ITEM_ADDED && word.startsWith("adopt"); // "voted ... to adopt its agenda"
    if (d.date == null && leadDate != null && actor == leadBody && (LEAD_DATED.contains(type) || proceduralVote)
        && !StartFilteredMatcher.ofLowerCase(PLUPERFECT, lower, PLUPERFECT_STARTS).find()) {
      d.date = leadDate; // a press release tells the day's decisions after dating them once
    }
    if (d.date == null && LEAD_DATED.contains(type) && presentPerfect(t) && !StartFilteredMatcher.ofLowerCase(PLUPERFECT, lower, PLUPERFECT_STARTS).find()
        && published.isPresent() && published.get().precision() == PartialDate.Precision.DAY) {
      d.date = published.get(); // "the Council has unanimously adopted resolution 2681": news of the day
    }
    if (d.date == null && type == StepType.MEETING_HELD && kind.equals("meet-noun") && published.isPresent()
        && published.get().precision() == PartialDate.Precision.DAY && !StartFilteredMatcher.ofLowerCase(PLUPERFECT, lower, PLUPERFECT_STARTS).find()
        && perfectOpenedOrClosed(t)) {
      d.date = published.get(); // "The Council has opened its meeting on ...": news of the day
    }
    boolean yearInferred = d.date != null && (d.date == leadDate || dm != null && !writesYear(dm));
    if ((d.date == null || yearInferred) && (type == StepType.RESOLUTION_ADOPTED
        || type == StepType.RESOLUTION_REJECTED || type == StepType.REFERRAL_MADE)) {
      PartialDate year = resolutionSymbolYear(s, lower, actor);
      if (year != null && (d.date == null || !d.date.year().equals(year.year()))) {
        // "by resolution 1593 (2005)": the year the sentence gives the text; "In June, it adopted
        // resolution 2736 (2024)": June of that year
        d.date = d.date == null || d.date == leadDate || d.date.year().isEmpty() ? year
            : PartialDate.parse(iso(year).substring(0, 4) + iso(d.date).substring(4));
      }
    }
    if (d.date == null && type == StepType.REFERRAL_RECOMMENDED) {
      for (int i = drafts.size() - 1; i >= 0 && d.date == null; i--) {
        if (drafts.get(i).actor == actor) {
          d.date = drafts.get(i).date;
        }
      }
    }
    if (d.date != null && decisionOfABodyTo(s, t)) {
      d.date = null; // "today welcomed the decision of the Council to create ...": the day of the welcome
    }
    // outcome
    if (type == StepType.RESOLUTION_ADOPTED || type == StepType.RESOLUTION_REJECTED
        || type == StepType.VETO_CAST || type == StepType.AMENDMENT_ADOPTED
        || type == StepType.AMENDMENT_REJECTED || type == StepType.MECHANISM_ESTABLISHED
        || type == StepType.MANDATE_RENEWED || type == StepType.MEMBERSHIP_SUSPENDED
        || type == StepType.AGENDA_ITEM_ADDED || type == StepType.REFERRAL_MADE) {
      d.vote = pickVote(votes, t); // a procedural vote on the agenda, a referral by resolution
    }
    if (type == StepType.VETO_CAST) {
      d.vetoers.addAll(vetoers(entities, t));
      State by = word.endsWith(" cast") ? castBy(entities, t) : null;
      if (by != null && !d.vetoers.contains(by)) {
        d.vetoers.add(by);
      }
    }
    // symbol
    List<SymbolFinder.Found> symbols = symbols(s, actor);
    if (!symbols.isEmpty()) {
      d.symbol = symbols.get(0).symbol();
    }
    // person
    PersonFinder.Found person = nearestPerson(persons, t);
    if (person != null && (type == StepType.HOLDER_APPOINTED || d.visitor != null
        || actor != null && REPORTERS.contains(actor))) {
      d.person = person.name();
    }
    // sponsors
    for (Entity e : entities) {
      if ((e.state != null || e.kind == Gazetteer.Kind.ORG) && isSponsor(e)) {
        d.sponsors.add(text.substring(e.start, e.end));
      }
    }
    return d;
  }

  /** "briefed the Security Council", "briefed members of the Council", "briefed Council members". */
  private boolean briefsVotingBody(List<Entity> entities, Trigger t) {
    for (Entity e : entities) {
      if (e.body != null && VOTING.contains(e.body) && e.start >= t.end() && e.start - t.end() <= 20) {
        return true;
      }
    }
    return false;
  }

  private Sentence symbolSentence;
  private final Map<Body, List<SymbolFinder.Found>> symbolCache = new HashMap<>();
  private List<SymbolFinder.Found> noActorSymbols;

  /** The symbols of a sentence, found once per sentence and actor. */
  private List<SymbolFinder.Found> symbols(Sentence s, Body actor) {
    if (symbolSentence != s) {
      symbolSentence = s;
      symbolCache.clear();
      noActorSymbols = null;
    }
    if (actor == null) {
      if (noActorSymbols == null) {
        noActorSymbols = SymbolFinder.find(text, s.start(), s.end(), Optional.empty());
      }
      return noActorSymbols;
    }
    return symbolCache.computeIfAbsent(actor, a -> SymbolFinder.find(text, s.start(), s.end(), Optional.of(a)));
  }

  private boolean anyAdoption() {
    for (Draft d : drafts) {
      if (d.type == StepType.RESOLUTION_ADOPTED) {
        return true;
      }
    }
    return false;
  }

  /** The first entity of the trigger's clause chain: the grammatical subject, as a guess. */
  private Entity clauseSubject(List<Entity> entities, Trigger t, Sentence s) {
    int from = clauseStart(s, t);
    for (Entity e : entities) {
      if (e.start >= from && e.end <= t.start() && (e.body != null || e.resolutionRef)) {
        return e;
      }
    }
    return null;
  }

  /** The start of the trigger's clause: after the last clause separator before it in the sentence. */
  private int clauseStart(Sentence s, Trigger t) {
    if (s != clauseMemoSentence) {
      clauseMemos.clear(); // one sentence's triggers at a time: each is asked for again by later rules
      clauseMemoSentence = s;
    }
    Integer memo = clauseMemos.get(t);
    if (memo == null) {
      memo = computeClauseStart(s, t);
      clauseMemos.put(t, memo);
    }
    return memo;
  }

  private final Map<Trigger, Integer> clauseMemos = new HashMap<>();
  private Sentence clauseMemoSentence;

  private int computeClauseStart(Sentence s, Trigger t) {
    for (int k = t.start() - 1; k >= s.start(); k--) {
      char c = text.charAt(k);
      String[] candidates;
      if (c == ';') {
        candidates = SEPARATORS_AFTER[0];
      } else if (c == ' ' && k + 1 < t.start()) {
        char next = text.charAt(k + 1);
        candidates = next < 128 ? SEPARATORS_AFTER[next] : null;
      } else {
        continue;
      }
      if (candidates == null) {
        continue; // no separator that opens with this character goes on with the next one
      }
      for (String sep : candidates) {
        if (k + sep.length() <= t.start() && text.startsWith(sep, k)) {
          return k + sep.length();
        }
      }
    }
    return s.start();
  }

  /**
   * The {@link #CLAUSE_SEPARATORS} by where they may begin: at index 0 those that open with ";",
   * at the index of an ASCII character those that open with a space and go on with it (" but " at
   * 'b'), in the order of the list; null where none does.
   */
  private static final String[][] SEPARATORS_AFTER = separatorsAfter(CLAUSE_SEPARATORS);

  private static String[][] separatorsAfter(String[] separators) {
    String[][] table = new String[128][];
    for (String sep : separators) {
      int at;
      if (sep.charAt(0) == ';') {
        at = 0;
      } else if (sep.charAt(0) == ' ' && sep.length() > 1 && sep.charAt(1) < 128) {
        at = sep.charAt(1);
      } else {
        continue; // opens otherwise (", and "): never tried, as before this table
      }
      String[] old = table[at] == null ? new String[0] : table[at];
      table[at] = java.util.Arrays.copyOf(old, old.length + 1);
      table[at][old.length] = sep;
    }
    return table;
  }

  /**
   * True when a trigger is the verb of a clause opened by "since" that gives no date of its own
   * ("since the mandate was established"): a point of reference for a span, not a step told.
   */
  private boolean undatedSinceClause(Sentence s, Trigger t, List<DateMention> dates) {
    int since = -1;
    for (int k = t.start() - 1, lo = Math.max(s.start(), t.start() - 70); k >= lo; k--) {
      char c = text.charAt(k);
      if (c == ',' || c == ';' || c == '(') {
        return false;
      }
      if (c == ' ' && lowerText.startsWith(" since ", k)) {
        since = k;
        break;
      }
    }
    if (since < 0 || previousWord(since + 1).startsWith("ha")) {
      return false; // "Cuba has since suggested an amendment": an adverb, the step is told
    }
    int end = indexWithin(',', t.end(), s.end());
    end = end < 0 ? s.end() : end;
    for (DateMention d : dates) {
      if (d.start() > since && d.start() < end) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern GENERIC_SPONSOR = Pattern.compile(
      "\\s+by\\s+(?:some\\s+|certain\\s+|a\\s+few\\s+|western\\s+|those\\s+)?(?:countries|states|governments|nations"
          + "|delegations|those|powers)\\b(?!\\s+(?:of|such\\s+as|including|led)\\b)");
  /** "In June, it adopted resolution 2736": a trigger whose subject is "it" after a fronted phrase. */
  private boolean pronounSubject(List<Trigger> triggers) {
    for (Trigger t : triggers) {
      if (precededBy(t.start(), ", it ") || pronounThen(t)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] PRONOUN_ADVERBS = {"it then ", "it also ", "it later ", "it subsequently ",
      "it further ", "it again ", "it first "};

  /** "It then adopted, as amended, the resolution": a pronoun subject before an adverb. */
  private boolean pronounThen(Trigger t) {
    if (t.start() < 8 || text.charAt(t.start() - 1) != ' ') {
      return false;
    }
    for (String w : PRONOUN_ADVERBS) {
      int from = t.start() - w.length();
      if (precededBy(t.start(), w) && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence holds a {@link #HABITUAL} phrase; asked once per trigger, answered once per sentence. */
  private boolean habitualSentence(Sentence s, String lower) {
    if (habitualOf != s) {
      habitualOf = s;
      habitual = mayBeHabitual(lower) && StartFilteredMatcher.ofLowerCase(HABITUAL, lower, HABITUAL_STARTS).find();
    }
    return habitual;
  }

  private Sentence habitualOf;
  private boolean habitual;

  private static boolean mayBeHabitual(String lower) {
    return lower.contains(" row") || lower.contains(" year") || lower.contains("annual")
        || lower.contains("repeated") || lower.contains("regular") || lower.contains("routine")
        || lower.contains("such ") || lower.contains("since ");
  }

  private boolean mentionsText(String right) {
    return right.contains("resolution") || right.contains("text") || right.contains("draft")
        || right.contains("measure") || right.contains("motion") || right.contains("amendment");
  }

  private static boolean startsWithObject(String right, String... nouns) {
    int cut = right.length();
    for (char c : new char[] {',', ';', '('}) {
      int k = right.indexOf(c);
      if (k >= 0 && k < cut) {
        cut = k;
      }
    }
    String head = right.substring(0, Math.min(cut, 45));
    for (String n : nouns) {
      if (head.contains(n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsMechanism(String window) {
    for (String w : new String[] {"commission", "inquiry", "investigation", "mandate", "rapporteur",
        "mechanism", "office", "group of", "experts", "mission", "independent expert", "panel",
        "field-based", "post of", "a post", "new committee", "sanctions committee", "'s post", "the post was",
        "the post had", "the post has", "the post is", "ffm"}) {
      if (window.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean refersToResolution(String lower) {
    return lower.contains("the resolution") || lower.contains("the text") || lower.contains("the draft");
  }

  private boolean inSentence(List<Entity> entities, Body b) {
    for (Entity e : entities) {
      if (e.body == b) {
        return true;
      }
    }
    return false;
  }

  private Body nearestLeftBody(List<Entity> entities, Trigger t, Set<Body> allowed) {
    Body best = null;
    for (Entity e : entities) {
      if (e.end <= t.start() && e.body != null && allowed.contains(e.body)) {
        best = e.body;
      }
    }
    return best;
  }

  /**
   * "The council backed the resolution, which was put forward by X, without a vote": a voting body
   * that backs a text adopts it. A state backing it, a text "backed by" someone, a "Western-backed
   * draft" adopt nothing.
   */
  private boolean bodyBackedText(List<Entity> entities, Trigger t, String right) {
    if (right.startsWith(" by") || !startsWithObject(right, "resolution", "text", "draft")) {
      return false;
    }
    Entity subject = null;
    for (Entity e : entities) {
      if (e.end <= t.start()) {
        subject = e;
      }
    }
    if (subject == null || subject.body == null || !VOTING.contains(subject.body) || t.start() - subject.end > 20) {
      return false;
    }
    String between = lowerText.substring(subject.end, t.start());
    return between.indexOf(',') < 0 && !between.contains("-");
  }

  /**
   * "Russia and China vetoed a resolution proposed by X referring the situation to the ICC", "the
   * Council rejected a draft referring ...": the referral is what the failed text would have done.
   */
  private static boolean referringTextFailed(Trigger t, String word, List<Trigger> triggers) {
    if (!word.endsWith("ing")) {
      return false;
    }
    for (Trigger o : triggers) {
      if (o.start() < t.start() && (o.kind().equals("veto") || o.kind().equals("veto-noun")
          || o.kind().equals("reject") || o.kind().equals("fail"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "formally adopted the Universal Periodic Review (UPR) outcome of X": the outcome of a review,
   * not a resolution (the parenthesis hides "outcome" from the usual object test).
   */
  private static boolean reviewOutcomeObject(String right) {
    int outcome = right.indexOf("outcome");
    if (outcome < 0 || outcome > 60) {
      return false;
    }
    String head = right.substring(0, outcome);
    return (head.contains("review") || head.contains("upr")) && !head.contains("resolution")
        && head.indexOf(',') < 0 && head.indexOf(';') < 0;
  }

  /**
   * Who may publish a report: the reporters, and the UPR Working Group when it is the subject
   * ("The Working Group on the Universal Periodic Review issued its draft report on X").
   */
  private Set<Body> publishers(List<Entity> entities, Trigger t) {
    Entity subject = null;
    for (Entity e : entities) {
      if (e.end <= t.start() && e.body != null) {
        subject = e;
      }
    }
    if (subject == null || subject.body != Body.UPR_WORKING_GROUP
        || !lowerText.substring(Math.max(0, t.start() - 120), t.start()).contains("working group")) {
      return REPORTERS;
    }
    Set<Body> all = EnumSet.copyOf(REPORTERS);
    all.add(Body.UPR_WORKING_GROUP);
    return all;
  }

  /** "has adopted", "have unanimously extended": "has" or "have" just before the trigger, or one adverb before it. */
  private boolean presentPerfect(Trigger t) {
    int i = t.start() - 1;
    for (int w = 0; w < 2 && i > 0 && text.charAt(i) == ' '; w++) {
      int e = i;
      while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      String word = lowerText.substring(i, e);
      if (word.equals("has") || word.equals("have")) {
        return true;
      }
      if (!word.endsWith("ly")) {
        return false;
      }
      i--;
    }
    return false;
  }

  private boolean told(StepType type) {
    for (Draft d : drafts) {
      if (d.type == type) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The Council" resolved to the Security Council, but with more votes cast than its fifteen
   * members: the Human Rights Council ("By 35 votes to 3, with 7 abstentions, the Council creates").
   */
  private static Body councilBySize(VoteMention vote, Body actor) {
    if (vote == null || vote.tally().isEmpty()) {
      return actor;
    }
    Tally t = vote.tally().get();
    int total = t.yes() + t.no() + t.abstain();
    return total > 15 && total <= 47 ? Body.HRC : actor;
  }

  /**
   * The visitor of a visit requested in the two sentences before, else null: what "the request"
   * of a later sentence is ("The rapporteur asked to visit ... Last month the ministry accepted the
   * request").
   */
  private Body requestedVisitor(int si) {
    for (int i = drafts.size() - 1; i >= 0 && si - drafts.get(i).sentenceIndex <= 2; i--) {
      if (drafts.get(i).type == StepType.VISIT_REQUESTED) {
        return drafts.get(i).visitor;
      }
    }
    return null;
  }

  /** True when the body is named just after the trigger ("appeared before the UPR Working Group"). */
  private static boolean bodyRightAfter(List<Entity> entities, Trigger t, Body body) {
    for (Entity e : entities) {
      if (e.body == body && e.start >= t.end() && e.start - t.end() <= 6) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a state is the trigger's direct object: "the assembly suspended Libya by consensus"
   * (only the Assembly suspends, and what it suspends then is the state's membership).
   */
  private static boolean stateRightAfter(List<Entity> entities, Trigger t) {
    for (Entity e : entities) {
      if (e.state != null && e.start >= t.end() && e.start - t.end() <= 2) {
        return true;
      }
    }
    return false;
  }

  private boolean hasPersonAfter(List<PersonFinder.Found> persons, Trigger t) {
    for (PersonFinder.Found p : persons) {
      if (p.start() >= t.end() && p.start() - t.end() < 4) {
        return true;
      }
    }
    return false;
  }

  private Body findActor(List<Entity> entities, Trigger t, int segStart, int segEnd, Sentence s,
      Set<Body> allowed, boolean statesBlock, StepType type) {
    // 1. passive agent or place right after the trigger: "established by the Council",
    //    "approved in the Third Committee"; for visits, the mechanism named as object
    for (Entity e : entities) {
      if (e.start >= t.end() && e.body != null && allowed.contains(e.body)) {
        if (e.resolutionRef) {
          continue; // "presented the draft in the Third Committee": the draft is the object
        }
        String between = lowerText.substring(t.end(), e.start);
        boolean close = e.start - t.end() <= 60 && between.indexOf(',') < 0 && between.indexOf(';') < 0;
        boolean agent = close && (between.contains("by ") || (between.endsWith(" in ") || between.endsWith(" in the "))
            && (type == StepType.RESOLUTION_ADOPTED || type == StepType.RESOLUTION_REJECTED
            || type == StepType.DRAFT_TABLED)
            || between.contains("under ") && type == StepType.MECHANISM_ESTABLISHED);
        boolean object = !statesBlock && close && VISITORS.contains(e.body);
        if (agent || object) {
          return e.body;
        }
        break;
      }
    }
    // 2. the subject on the left, nearest first, within the clause chain (a trailing participle
    //    clause is a clause of its own: see 2e)
    int clause = Math.max(clauseStart(s, t), participleClauseStart(s, t));
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.end > t.start() || e.start < clause) {
        continue;
      }
      if (e.body != null) {
        if (e.afterBy && e.start < segStart) {
          continue; // the agent of an earlier participle: "created by the council, published"
        }
        if (allowed.contains(e.body)) {
          if (statesBlock && blockedBetween(e.end, t.start())) {
            actorBlocked = true;
            return null;
          }
          return e.body;
        }
        continue;
      }
      if (statesBlock && e.state != null && !e.afterPreposition && !e.sponsorLike
          && e.kind != Gazetteer.Kind.DEMONYM) {
        actorBlocked = true;
        return null; // a state is the subject: "his Government rejected"
      }
    }
    // 2b. a fronted clause ("After presenting its report in March, the mission said"): the
    //     subject of the main clause, after the first comma
    int comma = indexWithin(',', t.end(), s.end());
    if (comma > 0 && clauseCommaWithin(s.start(), s.end()) == comma && !precededBy(t.start(), "it ")
        && fronted(lowerText.substring(s.start(), t.start()), t)) { // "In May it adopted ...,": no fronted clause
      for (Entity e : entities) {
        if (e.start > comma && e.body != null) {
          return allowed.contains(e.body) && e.start - comma < 40 ? e.body : null;
        }
      }
    }
    // 2c. a participle after a comma ("In a resolution on Nicaragua, adopted by a recorded vote
    //     of ..., the Council extended"): the main clause's subject that follows it
    if (t.start() >= 2 && text.charAt(t.start() - 2) == ',' && (passiveParticiple(t) || datedParticiple(t))) {
      for (Entity e : entities) {
        if (e.start > t.end() && e.body != null && !e.resolutionRef) {
          int lastComma = text.lastIndexOf(',', e.start);
          if (allowed.contains(e.body) && lastComma > t.end() && e.start - lastComma < 8) {
            return e.body;
          }
        }
      }
    }
    // 2e. a trailing participle clause ("A commission had recommended the referral, concluding in a
    //     report released in January that ..."): the subject of the sentence's main clause
    int clauseComma = participleClauseStart(s, t) - 1;
    if (clauseComma > s.start()) {
      {
        for (Entity e : entities) {
          if (e.start < clauseComma && e.start - s.start() < 40 && e.body != null && !e.resolutionRef
              && allowed.contains(e.body)) {
            return e.body;
          }
        }
      }
    }
    // 2d. a pronoun subject ("after it referred the situation in Darfur"): the body last named
    if (pronounSubject(t) || pronounThen(t)) {
      Body b = latest(allowed);
      if (b != null) {
        return b;
      }
    }
    // 2g. a first-person subject in a recollection ("we published our report", "I presented it"):
    //     the mechanism last named, the speaker's own
    if (firstPersonSubject(t)) {
      Body b = latest(EnumSet.copyOf(MECHANISMS).stream().filter(allowed::contains)
          .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Body.class))));
      if (b != null) {
        return b;
      }
    }
    // 3. any compatible body later in the sentence (visits: "refused the commission entry")
    if (!statesBlock) {
      for (Entity e : entities) {
        if (e.start >= t.end() && e.body != null && allowed.contains(e.body)) {
          return e.body;
        }
      }
    }
    return null;
  }

  /**
   * The body of the resolution adopted earlier in the sentence when the trigger opens a relative
   * clause on it: "it adopted a resolution by 19 votes to 7 that set up a commission", "resolution
   * L.3, adopted on 7 July, which extends the group of experts".
   */
  private Draft adoptionBefore(int si, Trigger t) {
    if (!(precededBy(t.start(), "that ") || precededBy(t.start(), "which ") || precededBy(t.start(), "that also ")
        || precededBy(t.start(), "which also "))) {
      return null;
    }
    for (int i = drafts.size() - 1; i >= 0 && drafts.get(i).sentenceIndex == si; i--) {
      Draft d = drafts.get(i);
      if (d.type == StepType.RESOLUTION_ADOPTED && d.actor != null && d.triggerEnd <= t.start()) {
        return d;
      }
    }
    return null;
  }

  /**
   * "extended for two more years the group of experts": a mechanism as the object of "extend" (not
   * "extended its cooperation to the commission", nor an invitation).
   */
  private static boolean extendsMechanism(String right) {
    int cut = Math.min(right.length(), 70);
    for (int i = 0; i < cut; i++) {
      char c = right.charAt(i);
      if (c == ',' || c == ';' || c == '.') {
        cut = i;
        break;
      }
    }
    String head = right.substring(0, cut);
    return !head.contains(" to ") && !head.contains("invitation") && mentionsMechanism(head);
  }

  /**
   * A visit request named as a noun is a step when the sentence tells it sent: "the first request
   * for the visit was sent ... by the mandate holder", "transmitted a request to visit".
   */
  private boolean sentRequest(Sentence s, Trigger t, int ti, List<Trigger> triggers) {
    for (int k = 0; k < ti; k++) {
      String kind = triggers.get(k).kind();
      if (kind.equals("refuse") || kind.equals("reject") || kind.equals("invite") || kind.equals("withdraw")) {
        return false; // "turned down every request to visit made by the rapporteur": the refusal's object
      }
    }
    if (precededBy(t.start(), "every ") || precededBy(t.start(), "any ") || precededBy(t.start(), "all ")) {
      return false;
    }
    String w = lowerText.substring(Math.max(s.start(), t.start() - 50), Math.min(s.end(), t.end() + 40));
    for (String verb : new String[] {" sent", " transmitted", " submitted", " addressed", " lodged",
        " made ", " renewed", " reiterated", " conveyed"}) {
      if (w.contains(verb)) {
        return true;
      }
    }
    return false;
  }

  /** The permanent member after "by" in "the veto cast by the Russian Federation and China", or null. */
  private State castBy(List<Entity> entities, Trigger t) {
    for (Entity e : entities) {
      if (e.state != null && e.start >= t.end() && e.start - t.end() <= 12
          && (precededBy(e.start, "by ") || precededBy(e.start, "by the "))) {
        return States.byAlpha3(e.state).filter(State::isPermanentSecurityCouncilMember).orElse(null);
      }
    }
    return null;
  }

  /** "presented her findings at a press conference": the press after the trigger, no body before it. */
  private static boolean toThePress(String right) {
    int p = -1;
    for (String w : new String[] {"press conference", "news conference", "to the press", "to journalists",
        "to the media", "press briefing"}) {
      int k = right.indexOf(w);
      if (k >= 0 && (p < 0 || k < p)) {
        p = k;
      }
    }
    if (p < 0) {
      return false;
    }
    String before = right.substring(0, p);
    return !before.contains("council") && !before.contains("assembly") && !before.contains("committee");
  }

  /** A sentence opening with "Its report", "Their so-called report" before the trigger. */
  private boolean possessiveReport(Sentence s, Trigger t) {
    int i = s.start();
    if (text.startsWith("In its ", i) || text.startsWith("In their ", i) || text.startsWith("In his ", i)
        || text.startsWith("In her ", i)) {
      i += 3; // "In its second report, released in June 2016, the commission ..."
    }
    if (!(text.startsWith("Its ", i) || text.startsWith("its ", i) || text.startsWith("Their ", i)
        || text.startsWith("their ", i) || text.startsWith("His ", i) || text.startsWith("his ", i)
        || text.startsWith("Her ", i) || text.startsWith("her ", i))) {
      return false;
    }
    for (int k = i; k < Math.min(t.start(), i + 30); k++) {
      if (lowerText.startsWith("report", k)) {
        return true;
      }
    }
    return false;
  }

  /** "through / with / by / following / after / upon the adoption of": a text adopted, not one sought. */
  private boolean adoptedThrough(Trigger t) {
    for (String p : new String[] {"through the ", "with the ", "by the ", "following the ", "after the ",
        "upon the "}) {
      if (precededBy(t.start(), p)) {
        return true;
      }
    }
    return false;
  }

  /** "any mechanism created", "every commission set up": a kind of mechanism, not one. */
  private boolean genericObject(Trigger t) {
    for (int k = t.start() - 5; k >= Math.max(0, t.start() - 30); k--) {
      char c = text.charAt(k);
      if (c == ',' || c == ';') {
        return false;
      }
      if (c == ' ' && (lowerText.startsWith(" any ", k) || lowerText.startsWith(" every ", k))) {
        return true;
      }
    }
    return false;
  }

  /** "refused to let the Working Group come", "refused to allow the expert in": a visit refused. */
  private static final Pattern HOLDER_LET_IN = Pattern.compile(
      " to (?:let|allow|admit|permit) (him|her|them|\\p{L}[\\p{L}'-]+) (?:to )?(?:visit|travel|enter|come)\\b");

  /**
   * The mandate holder a state would not let in, named by a pronoun or by a surname the text gave
   * before ("has refused to allow Shaheed to travel to Iran", "refused to let her visit"): the
   * visitor last named; null for anyone else ("refused to allow journalists to travel").
   */
  private Body holderNotLetIn(Trigger t, String right) {
    Body last = latest(VISITORS);
    if (last == null) {
      return null;
    }
    Matcher m = HOLDER_LET_IN.matcher(right);
    if (!m.lookingAt()) {
      return null;
    }
    String who = m.group(1);
    if (who.equals("him") || who.equals("her") || who.equals("them")) {
      return last;
    }
    int at = t.end() + m.start(1);
    String name = text.substring(at, at + who.length());
    if (!Character.isUpperCase(name.charAt(0))) {
      return null;
    }
    for (int k = text.lastIndexOf(name, t.start()); k >= 0; k = text.lastIndexOf(name, k - 1)) {
      int after = k + name.length();
      if ((k == 0 || !Character.isLetter(text.charAt(k - 1)))
          && (after >= text.length() || !Character.isLetter(text.charAt(after)))) {
        return last; // the surname of a person the text named before
      }
    }
    return null;
  }

  private static boolean letsNoOneIn(String right) {
    return right.startsWith(" to let ") || right.startsWith(" to allow ") || right.startsWith(" to admit ")
        || right.startsWith(" to receive ");
  }

  /**
   * The visitor of a visit request told in the last two sentences, when the sentence answers "the
   * request" ("The Government ... rejected the request", "granted that request").
   */
  private Body requestJustTold(int si, String lower) {
    if (!(lower.contains("the request") || lower.contains("that request") || lower.contains("this request"))) {
      return null;
    }
    for (int i = drafts.size() - 1; i >= 0 && si - drafts.get(i).sentenceIndex <= 2; i--) {
      if (drafts.get(i).type == StepType.VISIT_REQUESTED) {
        return drafts.get(i).visitor;
      }
    }
    return null;
  }

  /**
   * The agent of a nominalised step, told after its object: "the creation of the commission of
   * inquiry on Libya (the commission) by the Human Rights Council": the first allowed body after
   * "by" within the sentence's clause, however long the object's name (commas and parentheses in it).
   */
  private Body nominalAgent(List<Entity> entities, Trigger t, Set<Body> allowed) {
    int len = t.end() - t.start();
    if (len != 8 && len != 13 || !lowerText.startsWith("creation", t.start())
        && !lowerText.startsWith("establishment", t.start())) {
      return null;
    }
    for (Entity e : entities) {
      if (e.start < t.end() || e.body == null || e.resolutionRef) {
        continue;
      }
      if (e.start - t.end() > 200 || indexWithin(';', t.end(), e.start) >= 0) {
        return null;
      }
      if (allowed.contains(e.body) && (precededBy(e.start, "by ") || precededBy(e.start, "by the "))) {
        return e.body;
      }
    }
    return null;
  }

  /**
   * True when a permanent member of the Security Council is named before a position, or after
   * "by" ("vetoed by Russia"): a veto it
   * casts is a Security Council veto even when the sentence does not name the Council.
   */
  private boolean permanentMemberBefore(List<Gazetteer.Hit> hits, int pos) {
    for (Gazetteer.Hit hit : hits) {
      if ((hit.start() < pos || precededBy(hit.start(), "by ") || precededBy(hit.start(), "by the ")) && (hit.kind() == Gazetteer.Kind.STATE || hit.kind() == Gazetteer.Kind.DEMONYM
          || hit.kind() == Gazetteer.Kind.CAPITAL)
          && States.byAlpha3(hit.value()).filter(State::isPermanentSecurityCouncilMember).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Negation carried by an argument rather than the verb: an object "nothing", "no resolution",
   * "none" just after the trigger, or a subject "no state", "none of the drafts", "not one of the
   * texts", "neither" that opens the trigger's clause (after its start, a comma or a conjunction)
   * with no comma between it and the trigger. "With no amendments" and "no longer" are not negated
   * arguments.
   */
  private boolean negatedArgument(Sentence s, Trigger t) {
    if (noAfterSpace(t.end(), s.end()) && NEGATED_OBJECT.matcher(lowerText).region(t.end(), s.end()).lookingAt()) {
      return true;
    }
    if (!mayOpenNegatedSubject(s.start(), t.start(), false)) {
      return false; // no "no..." or "neither" before the trigger: NEGATED_SUBJECT cannot match
    }
    int from = Math.max(clauseStart(s, t), participleClauseStart(s, t));
    if (!mayOpenNegatedSubject(from, t.start(), true)) {
      return false;
    }
    Matcher m = NEGATED_SUBJECT.matcher(lowerText).region(from, t.start());
    m.useTransparentBounds(true);
    while (m.find()) {
      int words = 0;
      boolean comma = false;
      for (int i = m.start(1); i < t.start(); i++) {
        char c = text.charAt(i);
        comma |= c == ',' || c == ';' || c == '(';
        words += c == ' ' ? 1 : 0;
      }
      // "a resolution that no delegation opposed was adopted": the negated subject has a verb of its own
      boolean ownVerb = OWN_VERB.matcher(lowerText).region(m.end(1), t.start()).find();
      if (!comma && words <= 8 && !ownVerb) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when white space from {@code from} is followed by "no" before {@code to}: where every
   * {@link #NEGATED_OBJECT} match opens ("nothing", "none", "no", "not").
   */
  private boolean noAfterSpace(int from, int to) {
    int i = from;
    while (i < to && StartFilteredMatcher.space(lowerText.charAt(i))) {
      i++;
    }
    return i > from && i + 2 <= to && lowerText.startsWith("no", i);
  }

  /**
   * True when "no" or "ne" (every {@link #NEGATED_SUBJECT} group opens with "no" or "neither")
   * begins in {@code [from, to - 1)}; with {@code opener}, only where that group may begin: at
   * {@code from} or after white space or a comma, semicolon or colon. False only when the pattern
   * cannot match in the region.
   */
  private boolean mayOpenNegatedSubject(int from, int to, boolean opener) {
    for (int p = lowerText.indexOf('n', from); p >= 0 && p + 2 <= to; p = lowerText.indexOf('n', p + 1)) {
      if (!negationWordAt(p)) {
        continue;
      }
      if (!opener || p == from) {
        return true;
      }
      char b = lowerText.charAt(p - 1);
      if (b == ',' || b == ';' || b == ':' || StartFilteredMatcher.space(b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a {@link #NEGATED_SUBJECT} group may open at {@code p}: "no" or "not" before white
   * space, "none", "nobody", "nothing", "neither" ("November", "now", "note" are passed over).
   */
  private boolean negationWordAt(int p) {
    if (lowerText.startsWith("no", p)) {
      int q = lowerText.startsWith("not", p) ? p + 3 : p + 2;
      return q < lowerText.length() && StartFilteredMatcher.space(lowerText.charAt(q))
          || lowerText.startsWith("none", p) || lowerText.startsWith("nobody", p)
          || lowerText.startsWith("nothing", p);
    }
    return lowerText.startsWith("neither", p);
  }

  /**
   * Whether a session or meeting noun is one a body held: "held (a / its 30th) special session",
   * "holding an emergency meeting", "At that special session, held on ..." / "..., which was held
   * on ...", "during its special session".
   */
  private boolean heldSession(Trigger t) {
    if (concludedSession(t)) {
      return true;
    }
    if (oneOfWordsBefore(t, 4, HELD_VERBS)) {
      return true;
    }
    if (HELD_AFTER.matcher(lowerText).region(t.end(), Math.min(lowerText.length(), t.end() + 40)).lookingAt()) {
      return true;
    }
    String wider = lowerText.substring(Math.max(0, t.start() - 50), t.start());
    if ((wider.contains("ed its ") || wider.contains("ed the ") || wider.contains("up its ")
        || wider.contains("began its ")) && OPENED_OR_CLOSED.matcher(wider).find()) {
      return true; // "concluded its seventeenth special session", "opened its emergency session"
    }
    // "At its special session on Myanmar, the Council ...": the session's country is named
    String before = lowerText.substring(Math.max(0, t.start() - 12), t.start());
    return (before.endsWith("at that ") || before.endsWith("at its ") || before.endsWith("during its ")
        || before.endsWith("during that ") || before.endsWith("at the ") || before.endsWith("during the "))
        && (lowerText.startsWith(" on ", t.end()) || lowerText.startsWith(" in ", t.end()));
  }

  private static final Set<String> CLOSING_VERBS = Set.of("concluded", "concludes", "concluding", "wrapping",
      "wrapped", "wraps", "closed", "closes", "closing", "ended", "ends", "ending", "convened", "convenes");

  /**
   * A session a body closed or convened was held: "the Commission concluded yesterday a two-day
   * special session on X", "Wrapping up an emergency session called by Y, the Council ...".
   */
  private boolean closedSession(Trigger t) {
    if (!oneOfWordsBefore(t, 5, CLOSING_VERBS)) {
      return false;
    }
    String before = lowerText.substring(Math.max(0, t.start() - 50), t.start());
    return !before.contains(" that ") && !before.contains(" whether "); // "concluded that a special session ..."
  }

  private static final Pattern CONCLUDED_SESSION_BEFORE = Pattern.compile(
      "(?:concluded|concludes|concluding|closed|closes|closing|wrapped\\s+up|wraps\\s+up|wrapping\\s+up|ended|ends)"
          + "\\s+(?:its|a|the|this|their)\\s+(?:[\\w-]+\\s+){0,2}$");
  private static final Pattern CONCLUDED_SESSION_AFTER = Pattern.compile(
      "[^.,;:]{0,90}?\\s(?:concluded|concludes|closed|closes|ended|ends)\\b");

  /**
   * A special or emergency session told as ended: "concluded its fourteenth special session",
   * "closed its special session on X", "wrapped up a special session on X", "The eleventh special
   * session of the Council on X concluded this afternoon": the session was held (a meeting-held
   * step). "concluded its meeting" and regular sessions are not read here.
   */
  private boolean concludedSession(Trigger t) {
    if (!t.kind().equals("meet-noun") || !lowerText.startsWith("session", t.end() - 7)) {
      return false;
    }
    int from = Math.max(0, t.start() - 48);
    String before = lowerText.substring(from, t.start());
    if ((before.contains("clos") || before.contains("conclu") || before.contains("wrap") || before.contains("end"))
        && CONCLUDED_SESSION_BEFORE.matcher(before).find()) {
      return true;
    }
    // the session as the subject: "The eleventh special session of the Council on X concluded ..."
    int sentenceStart = sentenceStartBefore(t.start());
    String head = lowerText.substring(sentenceStart, t.start());
    return head.startsWith("the ") && head.length() <= 24 && head.indexOf(',') < 0
        && CONCLUDED_SESSION_AFTER.matcher(lowerText).region(t.end(), Math.min(lowerText.length(), t.end() + 110))
            .lookingAt();
  }

  /**
   * A gerund after "after", "before" or "upon" ("The Council concluded its session after adopting a
   * resolution on X"): the subject of the clause the preposition ends, the nearest body on its left
   * in the sentence; a state as that subject ("Burundi left after adopting ...") gives none.
   */
  private Body subjectBeforeGerund(List<Entity> entities, Trigger t, Set<Body> actors) {
    if (!lowerText.startsWith("ing", t.end() - 3) || !(precededBy(t.start(), "after ")
        || precededBy(t.start(), "before ") || precededBy(t.start(), "upon "))) {
      return null;
    }
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.end > t.start() || t.start() - e.end > 160) {
        continue;
      }
      if (e.body != null && !e.resolutionRef && !e.afterBy) {
        return actors.contains(e.body) && VOTING.contains(e.body) ? e.body : null;
      }
      if (e.state != null && !e.afterPreposition && !e.sponsorLike) {
        return null;
      }
    }
    return null;
  }

  /**
   * A text adopted in a passive participle with no agent, whose own relative clause names the body
   * that acts by it: "A resolution on X, adopted by a recorded vote of 29 to 3, by which the Council
   * extended the mandate ...", "..., adopted without a vote, in which the Assembly condemned ...".
   */
  private Body bodyOfRelativeClause(List<Entity> entities, Trigger t, Set<Body> actors) {
    for (Entity e : entities) {
      if (e.start < t.end() || e.body == null || e.resolutionRef || e.start - t.end() > 160) {
        continue;
      }
      String before = lowerText.substring(Math.max(t.end(), e.start - 16), e.start);
      if (!before.endsWith("the ") && lowerText.startsWith("the ", e.start)) {
        before = before + "the ";
      }
      if (before.endsWith("by which the ") || before.endsWith("in which the ") || before.endsWith("whereby the ")) {
        return actors.contains(e.body) ? e.body : null;
      }
    }
    return null;
  }

  private int previousSentenceStart = -1;
  private int sentenceStartNow = -1;
  /** The sentence being read, lower-cased ({@link #lowerText} from its start to its end). */
  private String sentenceLower = "";
  /** The sentence being read, as {@link #text} has it. */
  private String sentenceText = "";
  private int sentenceLowerStart = 0;
  private int sentenceLowerEnd = 0;

  /**
   * A passive adoption with no agent in its own sentence ("a draft on X, which was approved by a
   * recorded vote of ..."): the voting body named in the sentence just before, when that is the
   * last voting body named ("the Committee took action on a package of drafts ...").
   */
  private Body votingBodyOfSentenceBefore(Sentence s) {
    if (previousSentenceStart < 0) {
      return null;
    }
    Body b = latest(VOTING);
    Integer at = b == null ? null : lastBody.get(b);
    return at != null && at >= previousSentenceStart ? b : null;
  }

  /** A sentence naming no body with a passive adoption by a recorded vote, after a sentence naming a voting body. */
  private boolean passiveVoteAfterBody(Sentence s, List<Trigger> triggers) {
    for (Trigger t : triggers) {
      if (t.kind().equals("adopt") && passive(t) && mentions(s, " against") && votingBodyOfSentenceBefore(s) != null) {
        return true;
      }
    }
    return false;
  }

  private int leadSentenceStart = -1;

  /**
   * The headline tells the lead's news: an undated step told before the lead sentence ("Council
   * concludes session after adopting texts on X and Y" above "The Council this afternoon ...") by
   * the lead's body happened on the lead's day, like the undated steps after it.
   */
  private void headlineStepsOnLeadDay() {
    if (leadDate == null) {
      return;
    }
    for (Draft d : drafts) {
      if (d.date == null && d.actor == leadBody && LEAD_DATED.contains(d.type) && d.sentence != null
          && d.sentence.start() < leadSentenceStart) {
        d.date = leadDate;
      }
    }
  }

  /**
   * A headline step of the UN ("Burundi: the UN dispatches an urgent investigating mission") told
   * undated is what the lead tells: it takes the day of the first dated step of the same body on the
   * same state in the next two sentences ("In a special session held on 17 December 2015, the UN
   * Human Rights Council adopted a resolution ...").
   */
  private void unHeadlineOnFirstDay() {
    if (drafts.isEmpty() || headlineEnd < 0) {
      return;
    }
    Draft h = drafts.get(0);
    if (h.date != null || h.actor == null || h.sentence == null || h.sentence.end() > headlineEnd
        || !unHeadline) {
      return;
    }
    for (Draft d : drafts) {
      if (d != h && d.sentenceIndex > h.sentenceIndex && d.sentenceIndex <= h.sentenceIndex + 2 && d.actor == h.actor
          && d.state == h.state && d.date != null && d.date.precision() == PartialDate.Precision.DAY) {
        h.date = d.date;
        return;
      }
    }
  }

  private static final Pattern BY_BODY_RESOLUTION = Pattern.compile(
      " by (?:the )?(?:united nations |un |u\\.n\\. )?(?:human rights council|general assembly|security council"
          + "|commission on human rights|council|assembly) resolution \\d");

  /**
   * "The mission's mandate was created on 27 September 2019 by Human Rights Council resolution 42/25":
   * a mechanism created or a mandate renewed by a body's resolution, passive, tells that resolution
   * adopted by the body, on that day and state, unless an adoption of the body on the state is told.
   */
  private void createdByResolution() {
    for (int i = 0, n = drafts.size(); i < n; i++) {
      Draft d = drafts.get(i);
      if ((d.type != StepType.MECHANISM_ESTABLISHED && d.type != StepType.MANDATE_RENEWED) || d.actor == null
          || !VOTING.contains(d.actor) || d.sentence == null || d.triggerEnd <= 0) {
        continue;
      }
      int end = Math.min(d.sentence.end(), d.triggerEnd + 120);
      if (!containsWithin(" resolution ", d.triggerEnd, end)) {
        continue;
      }
      Matcher m = BY_BODY_RESOLUTION.matcher(lowerText).region(d.triggerEnd, end);
      if (!m.find()) {
        continue;
      }
      boolean told = false;
      for (Draft o : drafts) {
        told |= o.type == StepType.RESOLUTION_ADOPTED && o.actor == d.actor && o.state == d.state;
      }
      if (told) {
        continue;
      }
      Draft a = sameStep(d);
      a.type = StepType.RESOLUTION_ADOPTED;
      a.symbol = d.symbol;
      drafts.add(a);
    }
  }

  /** "cast negative votes" not by a permanent member (named, or "permanent members") is a vote against, not a veto. */
  private static boolean negativeVoteOfNoPermanentMember(String word, String lower) {
    return word.startsWith("cast") && word.contains("negative") && !lower.contains("permanent member")
        && !lower.contains("china") && !lower.contains("russia") && !lower.contains("united states")
        && !lower.contains("france") && !lower.contains("united kingdom");
  }

  private static final Pattern EARLIER_TEXTS = Pattern.compile(
      "\\s+(?:in|by)\\s+(?:previous|earlier|past|prior)\\s+(?:resolutions|texts|decisions)\\b");

  /** "language approved in previous resolutions", "agreed by earlier texts": no text in particular. */
  private static boolean approvedInEarlierTexts(String right) {
    return (right.startsWith(" in ") || right.startsWith(" by ")) && EARLIER_TEXTS.matcher(right).lookingAt();
  }

  /** An adoption that was prevented: "preventing the adoption of a draft", "prevent the Council from adopting". */
  private boolean preventedAdoption(Trigger t) {
    String before = lowerText.substring(Math.max(0, t.start() - 40), t.start());
    int p = before.lastIndexOf("prevent");
    return p >= 0 && (before.endsWith(" the ") || before.endsWith(" from ")) && before.indexOf(',', p) < 0
        && before.indexOf('.', p) < 0;
  }

  /**
   * A state named as a voter in a "with X, Y and Z (also) voting against / abstaining" clause is not
   * the state a veto is about: the document's topic is.
   */
  private State notAVoter(List<Entity> entities, State state, Trigger t) {
    for (Entity e : entities) {
      if (state.alpha3().equals(e.state) && e.start > t.end()) {
        int with = lowerText.lastIndexOf(" with ", e.start);
        String tail = lowerText.substring(e.end, Math.min(lowerText.length(), e.end + 60));
        if (with >= t.end() && e.start - with < 50 && (tail.contains(" voting ") || tail.contains(" abstaining"))) {
          return topicState == null || topicState.equals(state.alpha3()) ? null : States.byAlpha3(topicState).orElse(null);
        }
        return state;
      }
    }
    return state;
  }

  /**
   * A Security Council draft told as failed ("was not adopted", "failed to pass by 13 votes to 2")
   * near a veto on the same state is that veto told again: one step, the veto, with the failure's
   * count. Not a rival or second text ("a rival text then failed").
   */
  private void failuresTellingAVeto() {
    for (Draft r : drafts) {
      if (r.merged || r.type != StepType.RESOLUTION_REJECTED || r.actor != Body.UNSC || r.sentence == null) {
        continue;
      }
      String lower = lowerText.substring(r.sentence.start(), r.sentence.end());
      if (lower.contains("rival") || lower.contains("another") || lower.contains("second") || lower.contains("competing")
          || lower.contains("alternative")) {
        continue;
      }
      for (Draft v : drafts) {
        if (!v.merged && v.type == StepType.VETO_CAST && v.state == r.state
            && Math.abs(v.sentenceIndex - r.sentenceIndex) <= 3
            && (v.date == null || r.date == null || v.date.isCompatibleWith(r.date))
            && !(v.vote != null && r.vote != null && v.vote.tally().isPresent() && r.vote.tally().isPresent()
                && !v.vote.tally().equals(r.vote.tally()))) { // other counts: another text, failed on its own
          if (v.vote == null || v.vote.tally().isEmpty() && r.vote != null && r.vote.tally().isPresent()) {
            v.vote = r.vote == null ? v.vote : r.vote;
          }
          if (v.date == null) {
            v.date = r.date;
          }
          r.merged = true;
          break;
        }
      }
    }
  }

  /**
   * "In another resolution adopted without a vote, the Council urged States to ...": a text other
   * than the one just told, on no state the sentence names, is thematic; it does not take the
   * document's topic (the state of the text told before).
   */
  private void anotherTextOnNoState(String lower, int before) {
    if (!(lower.contains("another resolution") || lower.contains("another text") || lower.contains("another draft"))) {
      return;
    }
    for (int i = before; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.type == StepType.RESOLUTION_ADOPTED && !d.stateExplicit) {
        d.state = null;
        for (int j = 0; j < before; j++) { // the headline told it: "... after adopting texts on X and on Y"
          Draft h = drafts.get(j);
          d.distinct &= !(h.type == d.type && h.actor == d.actor && h.state == null && h.sentence != null
              && h.sentence.start() < leadSentenceStart);
        }
      }
    }
  }

  private static final Pattern COUNTED_HOLDERS = Pattern.compile(
      "\\b(?:appointed|named)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s");

  /**
   * A list of persons appointed, one item a clause ("The following were appointed: Ana Ruiz (Chile)
   * as the Special Rapporteur on X; Li Wei (China) as the Independent Expert on Y; and ..."): one
   * appointment per item, with its person; the state is the one the mandate's name holds, not the
   * nationality in parentheses. "appointed four mandate holders" counts them and is about no state.
   */
  private void appointedList(Sentence s, String lower, List<Entity> entities, int before) {
    Draft d = null;
    for (int i = before; i < drafts.size(); i++) {
      if (drafts.get(i).type == StepType.HOLDER_APPOINTED) {
        d = drafts.get(i);
      }
    }
    if (d == null) {
      return;
    }
    if (COUNTED_HOLDERS.matcher(lower).find()) {
      if (!d.stateExplicit) {
        d.state = null; // "appointed four Special Procedure mandate holders": on no state ("three members of the
                        // commission on X" keeps X)
      }
      return;
    }
    for (Entity e : entities) {
      if (d.state != null && d.state.alpha3().equals(e.state) && lowerText.startsWith(") as ", e.end)) {
        d.state = null; // "appointed Ana Ruiz (Chile) as the Special Rapporteur on ...": her nationality
        for (Entity m : entities) {
          if (m.state != null && m.start > e.end) {
            d.state = States.byAlpha3(m.state).orElse(null); // the state in the mandate's name
            break;
          }
        }
        d.stateExplicit = d.state != null;
        break;
      }
    }
    int colon = lower.indexOf(": ");
    if (colon < 0 || lower.indexOf(") as the ") < 0 || lower.indexOf(") as the ") == lower.lastIndexOf(") as the ")) {
      return;
    }
    List<Draft> items = new ArrayList<>();
    int from = colon + 2;
    while (from < lower.length()) {
      int semi = lower.indexOf(';', from);
      int end = semi < 0 ? lower.length() : semi;
      int as = lower.indexOf(") as the ", from);
      int paren = lower.lastIndexOf(" (", as);
      if (as < 0 || as > end || paren < from) {
        break;
      }
      String name = text.substring(s.start() + from, s.start() + paren).trim();
      name = name.startsWith("and ") ? name.substring(4) : name;
      Draft x = items.isEmpty() ? d : new Draft();
      x.type = StepType.HOLDER_APPOINTED;
      x.actor = d.actor;
      x.actorExplicit = d.actorExplicit;
      x.state = null;
      for (Entity e : entities) {
        if (e.state != null && e.start >= s.start() + as && e.start < s.start() + end) {
          x.state = States.byAlpha3(e.state).orElse(null); // "as the Special Rapporteur on ... in Belarus"
          break;
        }
      }
      x.stateExplicit = x.state != null;
      x.person = name;
      x.date = d.date != null ? d.date : leadDate != null && d.actor == leadBody ? leadDate : null;
      x.sentenceIndex = d.sentenceIndex;
      x.sentence = s;
      x.triggerEnd = s.start() + from;
      items.add(x);
      from = end + 1;
      while (from < lower.length() && lower.charAt(from) == ' ') {
        from++;
      }
    }
    if (items.size() < 2) {
      return;
    }
    for (int i = 1; i < items.size(); i++) {
      drafts.add(items.get(i));
    }
  }

  /**
   * A refusal told only as access denied to a place ("he was denied access to the police lock-up in
   * the capital"): a place visited, not the country; access to a state, "the country" or "the
   * territory" is still the visit refused.
   */
  private boolean accessToAPlace(Trigger t, String around, List<Entity> entities) {
    if (around.contains("visit") || around.contains("request") || around.contains("invitation")
        || around.contains("entry")) {
      return false;
    }
    int to = indexStartingWithin("access to ", t.end(), t.end() + 20);
    if (to < 0) {
      return false;
    }
    int obj = to + 10;
    if (lowerText.startsWith("the country", obj) || lowerText.startsWith("the territory", obj)
        || lowerText.startsWith("its territory", obj)) {
      return false;
    }
    for (Entity e : entities) {
      if (e.state != null && (e.start == obj || e.start == obj + 4 && lowerText.startsWith("the ", obj))) {
        return false;
      }
    }
    return lowerText.startsWith("the ", obj) || lowerText.startsWith("a ", obj);
  }

  /**
   * A procedural vote told again as a decision approved ("Members Approve Decision by 10 Votes in
   * Favour, 4 Against, 1 Abstention" over "By a procedural vote of 10 to 4 ..., the Council acted to
   * include the item on its agenda"): an adoption with the very count of an agenda step of the same
   * body and state is that step, not a resolution.
   */
  private void agendaVotesToldAsDecisions() {
    for (Draft r : drafts) {
      if (r.merged || r.type != StepType.RESOLUTION_ADOPTED || r.vote == null || r.vote.tally().isEmpty()
          || r.sentence == null || lowerText.substring(r.sentence.start(), r.sentence.end()).contains("resolution")) {
        continue;
      }
      for (Draft a : drafts) {
        if (!a.merged && a.type == StepType.AGENDA_ITEM_ADDED && a.actor == r.actor && a.state == r.state
            && a.vote != null && r.vote.tally().equals(a.vote.tally())) {
          if (a.date == null) {
            a.date = r.date;
          }
          r.merged = true;
          break;
        }
      }
    }
  }

  /** A participle after "once" closed by a comma ("the panel, once created, will ..."): a condition. */
  private boolean onceParticiple(Trigger t) {
    return precededBy(t.start(), "once ") && lowerText.startsWith("ed,", t.end() - 2);
  }

  private static final Pattern DECISION_OF_BODY = Pattern.compile(
      "\\bdecision\\s+(?:of|by)\\s+the\\s+(?:united\\s+nations\\s+|un\\s+)?(?:human\\s+rights\\s+council|general\\s+assembly|"
          + "security\\s+council|commission\\s+on\\s+human\\s+rights|council)\\s+to\\s+$");
  private static final Pattern NOT_YET_DECIDED = Pattern.compile(
      "\\b(?:urge[sd]?|call(?:s|ed)?\\s+for|hope[sd]?|await(?:s|ed)?|expect(?:s|ed)?|would|should|will|could|may|might|"
          + "seek(?:s|ing)?|ask(?:s|ed)?\\s+for|no|any|future)\\b");

  /**
   * "notes with satisfaction the decision of the Human Rights Council to extend its mandate": the
   * trigger after "the decision of (a voting body) to" was decided, unless the decision is awaited,
   * urged or hypothetical ("urged a decision of the Council to extend").
   */
  private boolean decisionOfABodyTo(Sentence s, Trigger t) {
    int from = Math.max(s.start(), t.start() - 70);
    String before = lowerText.substring(from, t.start());
    int d = before.lastIndexOf("decision ");
    if (d < 0 || !DECISION_OF_BODY.matcher(before).region(d, before.length()).find()) {
      return false;
    }
    String lead = lowerText.substring(Math.max(s.start(), from + d - 40), from + d);
    return !NOT_YET_DECIDED.matcher(lead).find();
  }

  /** The voting body a session noun belongs to: "special session of the Human Rights Council". */
  private Body sessionOfBody(List<Entity> entities, Trigger t, Set<Body> actors) {
    if (!lowerText.startsWith(" of ", t.end())) {
      return null;
    }
    for (Entity e : entities) {
      if (e.start >= t.end() && e.start - t.end() <= 9) {
        return e.body != null && actors.contains(e.body) && !e.resolutionRef ? e.body : null;
      }
    }
    return null;
  }

  /** The start of the line or sentence holding a position: just after the last '.', '\n' or start of text. */
  private int sentenceStartBefore(int pos) {
    int i = pos - 1;
    while (i >= 0 && lowerText.charAt(i) != '\n' && !(lowerText.charAt(i) == '.' && i + 1 < pos
        && lowerText.charAt(i + 1) == ' ')) {
      i--;
    }
    int start = i + 1;
    while (start < pos && lowerText.charAt(start) == ' ') {
      start++;
    }
    return start;
  }

  private static final Set<String> HELD_VERBS = Set.of("held", "holding", "holds", "hold", "meeting");
  /** "has opened its meeting", "have just closed the session": a session opened or closed by now. */
  private boolean perfectOpenedOrClosed(Trigger t) {
    String wider = lowerText.substring(Math.max(0, t.start() - 60), t.start());
    java.util.regex.Matcher m = OPENED_OR_CLOSED.matcher(wider);
    if (!m.find()) {
      return false;
    }
    String lead = wider.substring(0, m.start());
    return lead.endsWith("has ") || lead.endsWith("have ") || lead.endsWith("has just ") || lead.endsWith("have just ");
  }

  /** Just before a session: a body that opened or closed it held it. */
  private static final Pattern OPENED_OR_CLOSED = Pattern.compile(
      "\\b(?:concluded|closed|ended|opened|began|wrapped\\s+up)\\s+(?:its|the)\\s+(?:[\\w-]+\\s+){0,2}$");
  private static final Pattern HELD_AFTER = Pattern.compile(
      "(?:\\s+(?:on|in)\\s+[\\p{L} ]{2,30}?)?,?\\s+(?:(?:which|that)\\s+)?(?:(?:was|were)\\s+)?held\\b");

  /** True when one of the four words before a trigger is a decision verb ("voted on Friday to ..."). */
  private boolean decidedJustBefore(Trigger t) {
    return oneOfWordsBefore(t, 4, DECISION_VERBS);
  }

  /** True when one of the three words before a trigger is a modal ("would have failed"). */
  private boolean modalJustBefore(Trigger t) {
    return oneOfWordsBefore(t, 3, MODALS);
  }

  /** True when one of the {@code count} words just before a trigger, lower-cased, is in {@code words}. */
  private boolean oneOfWordsBefore(Trigger t, int count, java.util.Set<String> words) {
    int i = t.start();
    for (int w = 0; w < count && i > 0; w++) {
      int end = i;
      while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        return false;
      }
      if (words.contains(lowerText.substring(start, end))
          && !(text.charAt(start) == 'M' && end - start == 3 && words == MODALS)) { // "in May", the month
        return true;
      }
      i = start;
    }
    return false;
  }

  /** "adopted by", "adopted without": a past participle that modifies a noun before it. */
  /**
   * A participle dated before its agent or vote: ", adopted on 21 December 2022 by 12 votes ...",
   * ", adopted in March 2019 without a vote," (the date within 25 characters).
   */
  private boolean datedParticiple(Trigger t) {
    if (!(text.startsWith(" on ", t.end()) || text.startsWith(" in ", t.end()))
        || !lowerText.startsWith("ed", t.end() - 2)) {
      return false;
    }
    int to = Math.min(text.length(), t.end() + 30);
    for (int k = t.end() + 4; k < to; k++) {
      char c = text.charAt(k);
      if (c == ',' || c == ';' || c == '.') {
        return false;
      }
      if (c == ' ' && (text.startsWith(" by ", k) || text.startsWith(" without ", k)
          || text.startsWith(" unanimously", k))) {
        return true;
      }
    }
    return false;
  }

  private boolean passiveParticiple(Trigger t) {
    String w = text.substring(t.start(), t.end());
    return w.endsWith("ed") && (text.startsWith(" by ", t.end()) || text.startsWith(" without ", t.end())
        || text.startsWith(" unanimously", t.end()));
  }

  /** "was adopted", "were also approved": a passive form just before the trigger. */
  /**
   * Whether a passive trigger's subject is an amendment: "An amendment tabled by Syria, which would
   * have deleted a paragraph, was rejected by ...".
   */
  private boolean amendmentSubject(Sentence s, Trigger t) {
    if (!passive(t)) {
      return false;
    }
    String left = lowerText.substring(s.start(), t.start());
    int i = 0;
    for (String det : List.of("an ", "the ", "a ", "one ", "that ", "this ")) {
      if (left.startsWith(det)) {
        i = det.length();
        break;
      }
    }
    return left.startsWith("amendment", i) || left.startsWith("proposed amendment", i)
        || left.startsWith("oral amendment", i);
  }

  /** An amendment the trigger acts on, not one denied ("adopted it with no amendments", "without any amendment"). */
  private static boolean amendmentObject(String right) {
    int i = right.indexOf("amendment");
    if (i < 0) {
      return false;
    }
    String before = right.substring(0, i);
    return !(before.endsWith(" no ") || before.endsWith("without ") || before.endsWith("without any ")
        || before.endsWith(" any "));
  }

  /**
   * "The resolution, which was tabled by Finland on behalf of the European Union, passed by ...":
   * a sponsor named in a relative clause on the subject of an adoption tabled the text, a step
   * of its own beside the adoption.
   */
  private boolean tabledInRelativeClause(Sentence s, Trigger t) {
    if (!lowerText.startsWith(" by ", t.end())) {
      return false;
    }
    int from = Math.max(s.start(), t.start() - 60);
    String left = lowerText.substring(from, t.start());
    int which = left.lastIndexOf(", which was ");
    return which >= 0 && left.indexOf(',', which + 1) < 0;
  }

  /**
   * "Since its establishment by the Human Rights Council in September 2016, the Commission of
   * Inquiry on Burundi has ...": a fronted "its establishment" (or creation) is that of the
   * mechanism that opens the main clause, however long the agent and date between them.
   */
  private boolean itsEstablishmentFronted(Sentence s, Trigger t, String word) {
    if (!(word.equals("establishment") || word.equals("creation")) || !precededBy(t.start(), "its ")) {
      return false;
    }
    int comma = indexStartingWithin(", ", t.end(), Math.min(s.end() - 1, t.end() + 120));
    if (comma < 0) {
      return false;
    }
    return mentionsMechanism(lowerText.substring(comma, Math.min(s.end(), comma + 40)));
  }

  /**
   * A text the General Assembly adopts on a Main Committee's recommendation ("recommended by its
   * Third Committee") was introduced in the committee: a speaker "introducing the text" in plenary
   * coverage tables nothing there.
   */
  private boolean committeeTextInPlenary() {
    return latest(VOTING) == Body.GA && lowerText.contains("recommended by");
  }

  /** "introducing the draft also on behalf of ...", "introducing the text": a speaker tables a text. */
  private static boolean introducingADraft(String right) {
    return right.startsWith(" the draft") || right.startsWith(" the text") || right.startsWith(" draft resolution")
        || right.startsWith(" a draft") || right.startsWith(" the resolution") || right.startsWith(" the revised draft");
  }

  /**
   * "The UPR on Sri Lanka commenced on Wednesday", "The Sri Lanka review was conducted by a
   * troika": the subject just before the verb, in its clause, is a review.
   */
  private boolean reviewSubject(Sentence s, Trigger t) {
    int from = Math.max(s.start(), t.start() - 50);
    String left = lowerText.substring(from, t.start());
    int cut = Math.max(left.lastIndexOf(','), left.lastIndexOf(" and "));
    if (cut >= 0) {
      left = left.substring(cut);
    }
    int head = -1;
    for (String w : new String[] {"universal periodic", "review", "upr"}) {
      int k = left.indexOf(w);
      if (k >= 0 && (head < 0 || k < head)) {
        head = k;
      }
    }
    // the review heads the subject: not "a study of the Universal Periodic Review"
    return head >= 0 && !left.substring(0, head).contains(" of ");
  }

  /** "rejected a proposed amendment by the Russian Federation": the proposal is a step of its own. */
  private static boolean proposedAmendmentBy(String word) {
    return word.startsWith("proposed amendment");
  }

  /**
   * "Before approving the draft, the Committee rejected an amendment ... by a vote of ...": a
   * fronted adoption of the draft named before frames the amendment vote of the main clause; the
   * adoption is told in a sentence of its own, and the count is the amendment's.
   */
  private boolean adoptionBeforeAmendmentVote(Sentence s, Trigger t, String right, String lower) {
    if (!lower.contains("amendment") || !lower.startsWith("before ")
        || !lowerText.substring(s.start(), t.start()).equals("before ")) {
      return false;
    }
    return right.startsWith(" the draft,") || right.startsWith(" the text,") || right.startsWith(" the resolution,")
        || right.startsWith(" it,") || right.startsWith(" the draft resolution,");
  }

  /**
   * "Before approving the draft, the Committee rejected an amendment": the trigger's object, before
   * the first comma, is a draft or text, and the amendment belongs to a later clause.
   */
  private static boolean draftObjectBeforeAmendment(String right) {
    int comma = right.indexOf(',');
    int amendment = right.indexOf("amendment");
    return comma >= 0 && comma < amendment && !right.substring(0, comma).contains("amendment")
        && startsWithObject(right, "draft", "resolution", "text");
  }

  /** "An amendment to the text, proposed by ...": the clause before the participle is about an amendment. */
  private boolean amendmentHead(Sentence s, Trigger t) {
    String left = lowerText.substring(s.start(), t.start());
    int i = 0;
    for (String det : List.of("an ", "the ", "a ", "one ", "that ", "this ")) {
      if (left.startsWith(det)) {
        i = det.length();
        break;
      }
    }
    return (left.startsWith("amendment", i) || left.startsWith("oral amendment", i)
        || left.startsWith("proposed amendment", i)) && left.length() - i < 60;
  }

  /**
   * "X was appointed in October as the special investigator on Y": a passive appointment with no
   * agent, of a mandate holder told in a reporter's words, names no appointer, so the Council is not
   * assumed; "was appointed by the Council", "the Council appointed" name it, and the mandate's
   * title ("the Special Rapporteur on ..., who was appointed in 2012") is the Council's.
   */
  private boolean appointedWithNoAppointer(Sentence s, Trigger t, String word) {
    return word.equals("appointed") && passive(t) && !lowerText.startsWith(" by ", t.end())
        && !containsWithin(" by the ", t.end(), Math.min(s.end(), t.end() + 40))
        && text.substring(s.start(), s.end()).indexOf("Special Rapporteur") < 0
        && text.substring(s.start(), s.end()).indexOf("Independent Expert") < 0;
  }

  private boolean passive(Trigger t) {
    int from = Math.max(0, t.start() - 16);
    String before = lowerText.substring(from, t.start());
    return before.contains("was ") || before.contains("were ") || before.contains("been ");
  }

  /** The first comma between two offsets that is not a thousands separator ("its 9,871st meeting"), or -1. */
  private int clauseCommaWithin(int from, int to) {
    for (int k = indexWithin(',', from, to); k > 0; k = indexWithin(',', k + 1, to)) {
      if (k == 0 || k + 1 >= text.length() || !Character.isDigit(text.charAt(k - 1))
          || !Character.isDigit(text.charAt(k + 1))) {
        return k;
      }
    }
    return -1;
  }

  private int indexWithin(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private boolean fronted(String before, Trigger t) {
    String w = lowerText.substring(t.start(), t.end());
    return w.endsWith("ing") || before.isBlank() || FRONTED.matcher(before).lookingAt();
  }

  /** The mechanism whose visit it is: named in the sentence, or "he"/"she" for the last one named. */
  private Body visitor(List<Entity> entities, Sentence s) {
    for (Entity e : entities) {
      if (e.body != null && VISITORS.contains(e.body)) {
        return e.body;
      }
    }
    String first = lowerText.substring(s.start(), Math.min(s.end(), s.start() + 12));
    if (first.startsWith("he ") || first.startsWith("she ") || first.startsWith("they ")) {
      return latest(VISITORS);
    }
    // the visitor named before by title or role: "Ms. Voss had requested the visit", "The expert said
    // that X had refused her request"
    for (String p : VISITOR_ANAPHORS) {
      if (first.startsWith(p)) {
        return latest(VISITORS);
      }
    }
    if (lastBody.containsKey(Body.INDEPENDENT_EXPERTS)) {
      for (int k = s.start(); k + 10 <= s.end(); k++) {
        if (text.charAt(k) == 'G' && k >= 4 && text.startsWith("the Group ", k - 4)) {
          return Body.INDEPENDENT_EXPERTS; // "the Group transmitted a note requesting ...": the group of experts named before
        }
      }
    }
    String sentence = lowerText.substring(s.start(), s.end());
    if (sentence.contains(" her request") || sentence.contains(" his request")
        || sentence.contains(" their request") || sentence.contains("mandate holder")
        || sentence.contains("mandate-holder")) {
      return latest(VISITORS); // "... was sent by the mandate holder"
    }
    return null;
  }

  private boolean blockedBetween(int from, int to) {
    if (to <= from) {
      return false;
    }
    // the words between the two offsets: runs of letters and apostrophes, as [\p{L}']+ finds them
    int i = from;
    while (i < to) {
      int c = text.codePointAt(i);
      if (!(Character.isLetter(c) || c == '\'')) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < to && (Character.isLetter(c = text.codePointAt(i)) || c == '\'')) {
        i += Character.charCount(c);
      }
      int end = Math.min(i, to);
      if (BLOCKERS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))
          && !AGENT_OF_PARTICIPLE.matcher(lowerText.substring(Math.max(from, start - 20), start)).find()) {
        return true; // "the draft, proposed by the delegation of Egypt, was adopted": the delegation is the proposer
      }
    }
    return false;
  }

  private static boolean isSponsor(Entity e) {
    return e.sponsorPhrase;
  }

  private boolean sponsorBefore(int start) {
    String before = lowerText.substring(Math.max(0, start - 40), start);
    if (amendmentOrInitiativeBy(before)) {
      return true;
    }
    if (!mayFollowSponsorWord(before)) {
      return false; // no sponsoring word and no "by": the patterns cannot match
    }
    return StartFilteredMatcher.ofLowerCase(SPONSOR_BEFORE, before, SPONSOR_STARTS).find()
        || StartFilteredMatcher.ofLowerCase(BY_BEFORE, before, BY_STARTS).find() && afterTableTrigger(start);
  }

  /**
   * "a proposed amendment by the Russian Federation", "initiated by Portugal": the state that
   * proposed the amendment or began the text is its sponsor, not what it is about.
   */
  private static boolean amendmentOrInitiativeBy(String before) {
    return before.endsWith("amendment by ") || before.endsWith("amendment by the ")
        || before.endsWith("amendments by ") || before.endsWith("amendments by the ")
        || before.endsWith("initiated by ") || before.endsWith("initiated by the ");
  }

  private static boolean mayFollowSponsorWord(String before) {
    for (String stem : SPONSOR_STEMS) {
      if (before.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private boolean afterTableTrigger(int pos) {
    String before = lowerText.substring(Math.max(0, pos - 120), pos);
    return before.contains("tabled") || before.contains("put forward") || before.contains("sponsored")
        || before.contains("drafted") || before.contains("introduced");
  }

  /** Trigger classes that take an object of their own ("renewed the mandate on Eritrea and created one on Russia"). */
  private static final Set<String> OBJECT_TAKERS = Set.of("adopt", "reject", "renew", "establish",
      "appoint", "refer", "suspend", "agenda", "veto");

  /**
   * Where a trigger's object ends when a later trigger of the sentence takes an object of its own
   * and the stretch between them names a state: "renewed the mandate on Eritrea and created a new
   * mandate on Russia" (Eritrea is the renewal's, Russia the new mandate's). Otherwise the end of
   * the sentence ({@link Integer#MAX_VALUE}).
   */
  private static int objectEnd(Trigger t, int ti, List<Trigger> triggers, List<Entity> entities) {
    for (int k = ti + 1; k < triggers.size(); k++) {
      Trigger u = triggers.get(k);
      if (!OBJECT_TAKERS.contains(u.kind())) {
        continue;
      }
      for (Entity e : entities) {
        if (e.state != null && e.start >= t.end() && e.end <= u.start() && !e.sponsorPhrase) {
          return u.start(); // ("a US-drafted resolution suspending Russia": a sponsor is not an object)
        }
      }
      return Integer.MAX_VALUE;
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The other side of {@link #objectEnd}: when an earlier trigger of the sentence takes an object
   * and this trigger's own object names a state, the states between the two belong to the earlier
   * one ("extended the mandate on Iran, and established a mission on the Sudan": the Sudan is the
   * mission's). Returns the earlier trigger's end, or -1.
   */
  private static int objectStart(Trigger t, int ti, List<Trigger> triggers, List<Entity> entities,
      int objectEnd) {
    int earlier = -1;
    for (int k = ti - 1; k >= 0 && earlier < 0; k--) {
      if (OBJECT_TAKERS.contains(triggers.get(k).kind())) {
        earlier = triggers.get(k).end();
      }
    }
    if (earlier < 0) {
      return -1;
    }
    for (Entity e : entities) {
      if (e.state != null && e.start >= t.end() && e.start < objectEnd) {
        return earlier;
      }
    }
    return -1;
  }

  /**
   * "The representative of Japan, introducing the draft": a state named as the one a speaker
   * represents (representative, delegate, delegation, ambassador of) is the sponsor who speaks.
   */
  private boolean delegationOf(Entity e) {
    String before = lowerText.substring(Math.max(0, e.start - 20), e.start);
    return before.endsWith("representative of ") || before.endsWith("representative of the ")
        || before.endsWith("delegate of ") || before.endsWith("delegate of the ")
        || before.endsWith("delegation of ") || before.endsWith("delegation of the ")
        || before.endsWith("ambassador of ") || before.endsWith("ambassador of the ");
  }

  private State findState(List<Entity> entities, Trigger t, Sentence s, String lower, StepType type) {
    return findState(entities, t, s, lower, type, null, -1, Integer.MAX_VALUE);
  }

  private State findState(List<Entity> entities, Trigger t, Sentence s, String lower, StepType type,
      Body actor, int objectStart, int objectEnd) {
    String best = null;
    double bestScore = 0;
    List<State> vetoing = type == StepType.VETO_CAST ? vetoers(entities, t) : List.of();
    for (Entity e : entities) {
      if (e.state == null) {
        continue;
      }
      if (isSponsor(e) || inParenthesisedList(e.start) || vetoing.stream().anyMatch(v -> v.alpha3().equals(e.state))
          || e.start >= objectEnd || objectStart >= 0 && e.start >= objectStart && e.end <= t.start()) {
        continue; // a sponsor, a voter, the vetoer, or the object of a later verb
      }
      if (attributiveState(e)) {
        continue;
      }
      if ((type == StepType.DRAFT_TABLED || type == StepType.AMENDMENT_PROPOSED)
          && (e.end <= t.start() && !e.afterPreposition || delegationOf(e))) {
        continue; // the subject tables the text: a sponsor, not the subject state
      }
      if (e.kind == Gazetteer.Kind.DEMONYM && SPONSORED_TEXT.matcher(text.substring(e.end,
          Math.min(s.end(), e.end + 12))).lookingAt()) {
        continue; // "a rival Russian text": who drafted it, not what it is about
      }
      double score = e.kind == Gazetteer.Kind.STATE ? 1 : e.kind == Gazetteer.Kind.DEMONYM ? 0.8 : 0.4;
      if (e.afterPreposition) {
        score += 1.5;
      }
      if (type == StepType.AGENDA_ITEM_ADDED && e.end <= t.start() && t.start() - e.end <= 40) {
        score += 2; // "added the question of Haiti to its agenda"
      }
      if ((type == StepType.VISIT_REFUSED || type == StepType.VISIT_WITHDRAWN || type == StepType.VISIT_GRANTED)
          && e.end <= t.start() && t.start() - e.end <= 12) {
        score += 2; // the state that acts: "Turkmenistan had refused her request", not a state named after it
      }
      if (type == StepType.MEMBERSHIP_SUSPENDED && e.end <= t.start() && t.start() - e.end <= 2
          && lowerText.startsWith(" from ", t.end())) {
        score += 3; // the patient of a passive headline: "Russia suspended from the council over ... in Ukraine"
      }
      if (type == StepType.MEMBERSHIP_SUSPENDED && e.start >= t.end() && e.start - t.end() <= 2) {
        score += 1; // what is suspended is always the state ("suspended Russia ..., as ... in Ukraine")
      }
      if (e.start >= t.end() && e.start - t.end() <= 2) {
        score += 2; // the direct object: "suspended Russia from the Council over ... in Ukraine"
      }
      if (e.state.equals(topicState)) {
        score += 1;
      }
      if (e.namedBy != null) {
        // the state in a mechanism's name is the subject of what that mechanism does or undergoes
        // (its report, its renewal); elsewhere it is only part of a name
        score += e.namedBy == actor || mechanismObject(entities, e, t) ? 2.5 : -1;
      }
      if (score > bestScore) {
        bestScore = score;
        best = e.state;
      }
    }
    if (best == null && namedThemeText(s, lower)) {
      return null; // "the resolution on human rights and extreme poverty", "the thematic texts"
    }
    if (best == null && previousState != null && !previousQuoted && refersToResolution(lower)) {
      best = previousState; // "the draft": the text the previous sentence was about
    }
    if (best == null && previousState != null && stepOfPreviousSentenceOn(s, previousState)) {
      best = previousState; // "The experts, whose mandate was extended ...": the mission the step before told of
    }
    if (best == null && topicState != null && !thematic(s, lower)
        && vetoing.stream().noneMatch(v -> v.alpha3().equals(topicState))) {
      best = topicState;
    }
    return best == null ? null : States.byAlpha3(best).orElse(null);
  }

  private static final Set<String> NOT_NAME_WORDS = Set.of("council", "commission", "committee", "rapporteur",
      "government", "republic", "minister", "president", "representative", "ambassador", "mission", "office",
      "assembly", "expert", "experts", "group", "delegation", "court", "secretary", "general", "nations", "union",
      "state", "states", "affairs", "kingdom", "people", "rights", "inquiry", "situation", "university", "people's",
      "prime", "foreign", "embassy", "ministry", "parliament", "army", "forces", "police", "bank", "institute");

  /**
   * A state that only qualifies someone or something else is not what a step is about: the
   * nationality of a person ("appointed Ana Lopes of Chile and Omar Said from Ghana to the
   * commission on X"), the backer of a move ("with strong French support", "a U.K.-drafted text",
   * "the Saudi-led coalition").
   */
  private boolean attributiveState(Entity e) {
    if (e.kind != Gazetteer.Kind.STATE && e.kind != Gazetteer.Kind.DEMONYM) {
      return false;
    }
    if (lowerText.startsWith(" support", e.end) || lowerText.startsWith(" backing", e.end)
        || lowerText.startsWith("-backed", e.end) || lowerText.startsWith("-drafted", e.end)
        || lowerText.startsWith("-sponsored", e.end) || lowerText.startsWith("-led ", e.end)) {
      return true;
    }
    int p = e.start;
    if (lowerText.startsWith("called by ", Math.max(0, p - 10)) || lowerText.startsWith("called by the ", Math.max(0, p - 14))) {
      return true; // "an emergency session called by France": who asked for the meeting, not what it was on
    }
    if (e.kind != Gazetteer.Kind.STATE || p < 8) {
      return false;
    }
    if (lowerText.startsWith(" of ", p - 4)) {
      p -= 5; // the last letter of the word before "of"
    } else if (lowerText.startsWith(" from ", p - 6)) {
      p -= 7;
    } else {
      return false;
    }
    // two capitalised words just before: a person's name, not an institution's ("the Government of X")
    for (int w = 0; w < 2; w++) {
      int end = p + 1;
      while (p >= 0 && Character.isLetter(text.charAt(p))) {
        p--;
      }
      int start = p + 1;
      if (end - start < 2 || !Character.isUpperCase(text.charAt(start)) || !Character.isLowerCase(text.charAt(start + 1))
          || NOT_NAME_WORDS.contains(lowerText.substring(start, end))) {
        return false;
      }
      if (p < 1 || text.charAt(p) != ' ') {
        return false;
      }
      p--;
    }
    return true;
  }

  /** Whether the mechanism whose name holds {@code named} is the trigger's object: just after it, no state between. */
  private boolean mechanismObject(List<Entity> entities, Entity named, Trigger t) {
    for (Entity m : entities) {
      if (m.body == named.namedBy && m.start >= t.end() && m.start - t.end() <= 45 && m.start <= named.start) {
        for (Entity e : entities) {
          if (e.state != null && e.start >= t.end() && e.end <= m.start) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * True when the last step told before this sentence was a mechanism's (a report, a visit), told in
   * the sentence just before it, on that state: the sentence goes on about that mechanism ("The
   * Fact-Finding Mission on Venezuela published ... The three experts, whose mandate was extended").
   */
  private boolean stepOfPreviousSentenceOn(Sentence s, String state) {
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft x = drafts.get(i);
      if (x.sentence != s) {
        return x.sentenceIndex == sentenceIndexNow - 1 && x.state != null && x.state.alpha3().equals(state)
            && x.actor != null && REPORTERS.contains(x.actor);
      }
    }
    return false;
  }

  private static final Pattern NAMED_THEME = Pattern.compile(
      "\\b(?i:the\\s+(?:draft\\s+)?(?:resolution|text|draft|decision)\\s+on\\s+)(?=[a-z])(?!(?:behalf|its|their|his|her|this|that|which"
          + "|tuesday|thursday|[a-z]+day)\\b)(?!(?i:the\\s+(?:situation|crisis|"
          + "conflict|country|question)|human\\s+rights\\s+(?:in|of)\\b)|(?:the\\s+)?[A-Z]|(?:[\\w-]+\\s+){0,3}?(?:in|of)\\s+(?:the\\s+)?[A-Z])");

  /**
   * True for a sentence about a thematic text when it names no state: "the thematic texts",
   * "the resolution on human rights and extreme poverty" (not "the resolution on the situation
   * in ...", whose state is the previous sentence's or the document's).
   */
  private boolean namedThemeText(Sentence s, String lower) {
    if (lower.contains("thematic")) {
      return true;
    }
    return lower.contains(" on ") && (lower.contains("resolution") || lower.contains("text")
        || lower.contains("draft") || lower.contains("decision"))
        && NAMED_THEME.matcher(text).region(s.start(), s.end()).find();
  }

  private Sentence thematicSentence;
  private boolean thematicValue;

  private boolean thematic(Sentence s, String lower) {
    if (thematicSentence != s) {
      thematicSentence = s;
      thematicValue = (lower.contains(" on ")) && INDEFINITE_THEMATIC.matcher(lower).find();
    }
    return thematicValue;
  }

  private boolean inParenthesisedList(int pos) {
    int open = -1;
    for (int k = pos - 1; k >= Math.max(0, pos - 200); k--) {
      char c = text.charAt(k);
      if (c == ')') {
        return false;
      }
      if (c == '(') {
        open = k;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    String before = lowerText.substring(Math.max(0, open - 25), open);
    return before.contains("against") || before.contains("favour") || before.contains("favor")
        || before.contains("abstain") || before.contains("abstention");
  }

  private List<State> vetoers(List<Entity> entities, Trigger t) {
    List<State> out = new ArrayList<>();
    int listEnd = -1; // "cast by the Russian Federation and China": the agents listed after "by"
    for (Entity e : entities) {
      boolean listed = listEnd > 0 && e.start - listEnd <= 6 && (precededBy(e.start, " and ")
          || precededBy(e.start, ", "));
      if (e.state != null && (e.end <= t.start() && !e.afterPreposition
          || e.start >= t.end() && e.start - t.end() <= 4 && precededBy(e.start, "by ") // "vetoed by Russia"
          || e.start >= t.end() && e.start - t.end() <= 8 && precededBy(e.start, "by the ") || listed)) {
        States.byAlpha3(e.state).filter(State::isPermanentSecurityCouncilMember)
            .filter(x -> !out.contains(x)).ifPresent(out::add);
        listEnd = e.start >= t.end() ? e.end : -1;
      }
    }
    return out;
  }

  /** "until 31 May 2025", "through June": the end of a term, not the day of the step. */
  private boolean endOfTerm(DateMention d) {
    return precededBy(d.start(), "until ") || precededBy(d.start(), "till ") || precededBy(d.start(), "through ");
  }

  /** Triggers of the document that assembled no step. */
  private final java.util.Set<Trigger> idleTriggers = new java.util.HashSet<>();

  private DateMention findDate(List<DateMention> dates, List<DateMention> claimed, Trigger t, Sentence s,
      List<Trigger> triggers) {
    int[] clause = commaClause(t, s);
    int clauseStart = clause[0];
    int clauseEnd = clause[1];
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int pass = 0; pass < 2 && best == null; pass++) {
      for (DateMention d : dates) {
        if (claimed.contains(d) || d.future() || precededBy(d.start(), "since ") || endOfTerm(d)
            || afterPublicationYear(d)) {
          continue;
        }
        if (anotherEventsDate(d, dates, t, triggers, s)) {
          continue;
        }
        boolean inClause = d.start() >= clauseStart && d.end() <= clauseEnd;
        if (pass == 0 && !inClause) {
          continue;
        }
        int distance = distance(d.start(), d.end(), t);
        if (pass == 1) {
          boolean othersClause = false;
          for (Trigger o : triggers) {
            if (o == t || idleTriggers.contains(o)) {
              continue; // a trigger that told no step ("Presenting the response ... today,") dates nothing
            }
            int[] c = commaClause(o, s);
            // a session noun no body held ("meeting in special session on 12 February, adopted") claims no date
            othersClause |= d.start() >= c[0] && d.end() <= c[1]
                && !(o.kind().equals("meet-noun") && !heldSession(o));
          }
          if (othersClause) {
            continue;
          }
        }
        if (distance < bestDistance) {
          best = d;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** The comma-delimited clause around a trigger: {start, end}. */
  private int[] commaClause(Trigger t, Sentence s) {
    int clauseStart = s.start();
    int clauseEnd = s.end();
    for (int i = t.start() - 1; i >= s.start(); i--) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '(' || c == ')') {
        clauseStart = i + 1;
        break;
      }
    }
    for (int i = t.end(); i < s.end(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '(' || c == ')') {
        clauseEnd = i;
        break;
      }
    }
    return new int[] {clauseStart, clauseEnd};
  }

  private static int distance(int start, int end, Trigger t) {
    return end <= t.start() ? t.start() - end : Math.max(0, start - t.end());
  }

  /** True when a date mention writes its year out ("June 2024", "2024"), not inferred ("in June"). */
  /** A month and day without a written year, read as the last such day on or before publication. */
  private PartialDate inPublicationYear(PartialDate date) {
    if (published.isEmpty() || published.get().year().isEmpty() || date.month().isEmpty()) {
      return date;
    }
    int y = published.get().year().getAsInt();
    int pm = published.get().month().orElse(12);
    int pd = published.get().day().orElse(31);
    int m = date.month().getAsInt();
    if (m > pm || m == pm && date.day().orElse(1) > pd) {
      y--;
    }
    int year = y;
    try {
      return date.day().isPresent() ? PartialDate.of(year, m, date.day().getAsInt()) : PartialDate.ofYearMonth(year, m);
    } catch (RuntimeException e) {
      return date;
    }
  }

  private boolean writesYear(DateMention dm) {
    for (int i = dm.start(); i + 4 <= dm.end(); i++) {
      if (Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i + 1))
          && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  /** The year of the one resolution symbol a sentence names ("resolution 1593 (2005)"), or null. */
  private PartialDate resolutionSymbolYear(Sentence s, String lower, Body actor) {
    if (!lower.contains("resolution")) {
      return null;
    }
    PartialDate year = null;
    for (SymbolFinder.Found f : symbols(s, actor)) {
      if (f.symbol().toString().contains("/RES/") && f.symbol().year().isPresent()) {
        if (year != null) {
          return null;
        }
        year = PartialDate.parse(String.valueOf(f.symbol().year().getAsInt()));
      }
    }
    return year;
  }

  private static final String[] RELATIVE_PRONOUNS = {" that ", " which ", " who ", " whose "};
  private static final String[] FUTURE_MARKERS = {" expected to ", " due to ", " will ", " scheduled to ",
      " is to ", " are to ", " set to "};

  /**
   * True when a date belongs to something other than the step of trigger {@code t}: a weekday
   * restated by the date after it ("on Thursday, 28 November"); the verb of a relative clause that
   * is no trigger ("the protests that began on 16 September"); a plan told after the trigger
   * ("whose office is expected to brief the Council in January").
   */
  private boolean anotherEventsDate(DateMention d, List<DateMention> dates, Trigger t, List<Trigger> triggers,
      Sentence s) {
    if (lowerText.startsWith("day", d.end() - 3)) {
      for (DateMention e : dates) {
        if (e != d && e.start() > d.end() && e.start() - d.end() <= 3 && e.date().isPresent()
            && text.charAt(d.end()) == ',') {
          return true; // "on Thursday, 28 November": the date says which Thursday
        }
      }
    }
    if (d.start() < t.end()) {
      return false;
    }
    // one look back from the date to the nearest comma, for a plan marker or a relative pronoun
    for (int k = d.start() - 1, lo = Math.max(t.end(), d.start() - 60); k >= lo; k--) {
      char c = text.charAt(k);
      if (c == ',' || c == ';') {
        return false;
      }
      if (c != ' ' || k + 1 >= text.length()) {
        continue;
      }
      char n = lowerText.charAt(k + 1);
      if (n != 't' && n != 'w' && n != 'e' && n != 'd' && n != 's' && n != 'i' && n != 'a') {
        continue;
      }
      for (String w : FUTURE_MARKERS) {
        if (lowerText.startsWith(w, k)) {
          return true;
        }
      }
      for (String w : RELATIVE_PRONOUNS) {
        if (lowerText.startsWith(w, k)) {
          boolean triggerInside = false;
          for (Trigger o : triggers) {
            triggerInside |= o.start() > k && o.start() < d.start();
          }
          if (!triggerInside) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A year later than the publication's ("the Vision 2030 reforms") cannot date a step told. */
  private boolean afterPublicationYear(DateMention d) {
    if (d.date().isEmpty() || d.date().get().year().isEmpty() || published.isEmpty()
        || published.get().year().isEmpty()) {
      return false;
    }
    return d.date().get().year().getAsInt() > published.get().year().getAsInt();
  }

  private PartialDate dateOf(DateMention d, Body actor) {
    if (d.date().isPresent()) {
      return d.date().get();
    }
    if (d.session().isPresent()) {
      return SessionCalendar.dateOf(actor, d.session().getAsInt()).orElse(null);
    }
    return null;
  }

  private PartialDate inheritedDate(Draft d, String lower) {
    if (drafts.isEmpty()) {
      return null;
    }
    boolean also = lower.contains(" also ");
    if (also) {
      for (int i = drafts.size() - 1; i >= 0; i--) {
        Draft x = drafts.get(i);
        if (x.actor == d.actor && x.date != null && d.sentenceIndex - x.sentenceIndex <= 8) {
          return x.date;
        }
      }
    }
    Draft last = drafts.get(drafts.size() - 1);
    boolean voting = d.type == StepType.RESOLUTION_ADOPTED || d.type == StepType.RESOLUTION_REJECTED
        || d.type == StepType.VETO_CAST;
    if (last.date != null && last.actor == d.actor && (also
        || voting && d.sentenceIndex - last.sentenceIndex <= 2 && last.date.precision() == PartialDate.Precision.DAY)) {
      return last.date;
    }
    return null;
  }

  private VoteMention pickVote(List<VoteMention> votes, Trigger t) {
    VoteMention best = null;
    for (VoteMention v : votes) {
      if (best == null || rank(v) > rank(best)
          || rank(v) == rank(best) && Math.abs(v.start() - t.end()) < Math.abs(best.start() - t.end())) {
        best = v;
      }
    }
    return best;
  }

  private static int rank(VoteMention v) {
    switch (v.mode()) {
      case RECORDED_VOTE:
        return 3;
      case WITHOUT_VOTE:
        return 2;
      default:
        return 1;
    }
  }

  private PersonFinder.Found nearestPerson(List<PersonFinder.Found> persons, Trigger t) {
    PersonFinder.Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PersonFinder.Found p : persons) {
      int distance = p.end() <= t.start() ? t.start() - p.end() : p.start() - t.end();
      if (distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- mentions and output

  private void addMentions(Sentence s, List<Entity> entities, List<DateMention> dates,
      List<VoteMention> votes, List<PersonFinder.Found> persons, List<Trigger> triggers) {
    if (mentions.size() > 100_000) {
      return;
    }
    for (Entity e : entities) {
      String kind = e.body != null ? "body" : e.state != null ? "state" : "organisation";
      String value = e.body != null ? e.body.id() : e.state != null ? e.state
          : text.substring(e.start, e.end);
      if (e.state != null && isSponsor(e) || e.kind == Gazetteer.Kind.ORG && isSponsor(e)) {
        kind = "sponsor";
      }
      mentions.add(mention(kind, e.start, e.end, value));
    }
    for (DateMention d : dates) {
      mentions.add(mention("date", d.start(), d.end(), d.date().map(DocumentReader::iso).orElse(null)));
    }
    for (VoteMention v : votes) {
      addVoteMention(v);
    }
    for (PersonFinder.Found p : persons) {
      mentions.add(mention("person", p.start(), p.end(), p.name()));
    }
    for (Trigger t : triggers) {
      mentions.add(mention("trigger", t.start(), t.end(), t.kind()));
    }
    for (SymbolFinder.Found f : symbols(s, null)) {
      mentions.add(mention("symbol", f.start(), f.end(), f.symbol().toString()));
    }
  }

  /** {@link PartialDate#toString()} without {@code String.format}, for speed. */
  static String iso(PartialDate d) {
    StringBuilder b = new StringBuilder(10);
    if (d.year().isPresent()) {
      int y = d.year().getAsInt();
      b.append(y < 1000 ? (y < 100 ? (y < 10 ? "000" : "00") : "0") : "").append(y);
    } else {
      b.append('-');
    }
    if (d.month().isPresent()) {
      b.append('-').append(d.month().getAsInt() < 10 ? "0" : "").append(d.month().getAsInt());
    }
    if (d.day().isPresent()) {
      b.append('-').append(d.day().getAsInt() < 10 ? "0" : "").append(d.day().getAsInt());
    }
    return b.toString();
  }

  private void addVoteMention(VoteMention v) {
    String value = v.tally().map(Tally::toString).orElse(
        v.mode() == VoteMention.Mode.WITHOUT_VOTE ? "without-vote" : "consensus");
    mentions.add(mention("tally", v.start(), v.end(), value));
  }

  private Mention mention(String kind, int start, int end, String value) {
    Mention.Builder b = Mention.builder().kind(kind).start(start).end(end)
        .text(original.substring(start, end));
    if (value != null) {
      b.value(value);
    }
    return b.build();
  }

  private Extraction build() {
    perfectRetoldWithItsDay();
    actorlessRestatements();
    headlineStepsOnLeadDay();
    unHeadlineOnFirstDay();
    createdByResolution();
    mergeDuplicates();
    sameSentenceDates();
    failuresTellingAVeto();
    agendaVotesToldAsDecisions();
    shareResolutionVotes();
    List<Step> steps = new ArrayList<>();
    Map<String, String> persons = new java.util.LinkedHashMap<>();
    String idBase = idPart(sourceId);
    int n = 0;
    for (Draft d : drafts) {
      if (d.merged) {
        continue;
      }
      Step step = toStep(d, "step-" + idBase + "-" + (++n));
      if (step != null) {
        steps.add(step);
        if (d.person != null) {
          persons.put(step.id(), d.person);
        }
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return Extraction.builder().steps(steps).mentions(mentions).personNames(persons).build();
  }

  /**
   * "The Council has renewed the mandate of X." then "The mandate was extended on Thursday, by ...":
   * a step told in the present perfect, dated only by the publication day, and told again just
   * after with its own day in the week before, is that one step of that day.
   */
  private void perfectRetoldWithItsDay() {
    if (published.isEmpty() || published.get().toLocalDate().isEmpty()) {
      return;
    }
    java.time.LocalDate day = published.get().toLocalDate().get();
    for (int i = 0; i < drafts.size(); i++) {
      Draft a = drafts.get(i);
      if (a.date == null || !a.date.toLocalDate().equals(Optional.of(day)) || a.sentence == null) {
        continue;
      }
      for (int j = i + 1; j < drafts.size(); j++) {
        Draft b = drafts.get(j);
        if (b.sentenceIndex - a.sentenceIndex > 3) {
          break;
        }
        if (b.type != a.type || b.actor != a.actor || b.state != a.state || b.sentenceIndex == a.sentenceIndex
            || b.date == null || b.date.toLocalDate().isEmpty()) {
          continue;
        }
        java.time.LocalDate other = b.date.toLocalDate().get();
        if (other.isBefore(day) && !other.isBefore(day.minusDays(7))
            && temporal.resolve(text, a.sentence.start(), a.sentence.end()).isEmpty()) {
          a.date = b.date;
        }
        break;
      }
    }
  }

  /**
   * "The decision to establish the panel came after ...": a creation told again with no actor and
   * no date, after the same state's creation with its actor, is that creation, not another one.
   */
  private void actorlessRestatements() {
    for (int j = 0; j < drafts.size(); j++) {
      Draft b = drafts.get(j);
      if (b.merged || b.actor != null || b.date != null || b.state == null || b.vote != null
          || b.type != StepType.MECHANISM_ESTABLISHED) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        Draft a = drafts.get(i);
        if (!a.merged && a.type == b.type && a.state == b.state && a.actor != null
            && b.sentenceIndex - a.sentenceIndex <= 4 && b.sentenceIndex > a.sentenceIndex) {
          b.merged = true;
          break;
        }
      }
    }
  }

  /** True when two steps name different document symbols or were decided by different votes. */
  private static boolean differentTexts(Draft a, Draft b) {
    if (a.symbol != null && b.symbol != null && !a.symbol.equals(b.symbol)) {
      return true;
    }
    boolean aRecorded = a.vote != null && a.vote.mode() == VoteMention.Mode.RECORDED_VOTE;
    boolean bRecorded = b.vote != null && b.vote.mode() == VoteMention.Mode.RECORDED_VOTE;
    return a.vote != null && b.vote != null && (aRecorded != bRecorded // "without a vote" is also "by consensus"
        || a.vote.tally().isPresent() && b.vote.tally().isPresent() && !a.vote.tally().equals(b.vote.tally()));
  }

  private void mergeDuplicates() {
    for (int i = 0; i < drafts.size(); i++) {
      Draft a = drafts.get(i);
      if (a.merged) {
        continue;
      }
      for (int j = i + 1; j < drafts.size(); j++) {
        Draft b = drafts.get(j);
        if (b.merged || a.type != b.type || a.actor != b.actor || a.state != b.state
            || a.visitor != b.visitor
            || b.distinct && a.sentenceIndex != b.sentenceIndex && a.sentence.end() > headlineEnd) {
          continue;
        }
        if (a.date != null && b.date != null && !a.date.isCompatibleWith(b.date)) {
          continue;
        }
        if (differentTexts(a, b)) {
          continue; // two thematic texts of one sitting: other symbols, other votes
        }
        if (a.person != null && b.person != null && !a.person.equals(b.person)) {
          continue; // two persons appointed
        }
        if (a.date == null && b.date == null && b.sentenceIndex - a.sentenceIndex > 3 && a.sentence.end() > headlineEnd) {
          continue;
        }
        Draft keep = richness(b) > richness(a) ? b : a;
        Draft drop = keep == a ? b : a;
        if (keep.date == null || drop.date != null && drop.date.precision().ordinal() > keep.date.precision().ordinal()
            && drop.date.precision() != PartialDate.Precision.MONTH_DAY) {
          keep.date = drop.date;
        }
        if (keep.vote == null || keep.vote.tally().isEmpty() && drop.vote != null && drop.vote.tally().isPresent()) {
          keep.vote = drop.vote == null ? keep.vote : drop.vote;
        }
        if (keep.symbol == null) {
          keep.symbol = drop.symbol;
        }
        if (keep.person == null) {
          keep.person = drop.person;
        }
        if (keep.vetoers.isEmpty()) {
          keep.vetoers.addAll(drop.vetoers);
        }
        drop.merged = true;
        if (keep == b) {
          // keep a's place in the list order: swap contents by marking a merged
          a.merged = true;
          break;
        }
      }
    }
  }

  /**
   * A mechanism set up or a mandate renewed without its vote told takes the vote of the one
   * resolution the same body adopted on the same state the same day ("voted to create a commission
   * on Yemen. The resolution was adopted by 25 votes ..."; "In the same text, the Council renewed").
   */
  private void shareResolutionVotes() {
    for (Draft d : drafts) {
      if (d.merged || d.vote != null || d.date == null || d.actor == null
          || d.type != StepType.MECHANISM_ESTABLISHED && d.type != StepType.MANDATE_RENEWED) {
        continue;
      }
      Draft only = null;
      int count = 0;
      for (Draft r : drafts) {
        if (!r.merged && r.type == StepType.RESOLUTION_ADOPTED && r.actor == d.actor && r.state == d.state
            && d.date.equals(r.date)) {
          only = r;
          count++;
        }
      }
      if (count == 1 && only.vote != null) {
        d.vote = only.vote;
      }
    }
  }

  /**
   * After restatements are merged, an undated step takes the date of a dated step of the same
   * actor and state told in the same sentence ("The Council decided to extend the mandate ... in
   * a resolution ..., adopted by a vote of ...": the renewal dated by the lead, so is the adoption).
   */
  private void sameSentenceDates() {
    for (Draft d : drafts) {
      if (d.merged || d.date != null || d.actor == null) {
        continue;
      }
      for (Draft o : drafts) {
        if (o != d && !o.merged && o.date != null && o.actor == d.actor && o.state == d.state
            && o.sentence == d.sentence) {
          d.date = o.date;
          break;
        }
      }
    }
  }

  private static int richness(Draft d) {
    int r = 0;
    if (d.date != null) {
      r += 1 + d.date.precision().ordinal();
    }
    if (d.vote != null) {
      r += d.vote.tally().isPresent() ? 4 : 2;
    }
    if (d.symbol != null) {
      r += 1;
    }
    // a sentence with a body named explicitly is better evidence than a headline
    r += d.actorExplicit ? 1 : 0;
    r += d.sentence.end() - d.sentence.start() > 60 ? 1 : 0;
    return r;
  }

  private Step toStep(Draft d, String id) {
    Step.Builder b = Step.builder().id(id).type(d.type);
    if (d.actor != null) {
      b.actor(d.actor);
    }
    if (d.state != null) {
      b.subjectState(d.state);
    }
    if (d.date != null) {
      b.date(d.date);
    }
    if (d.symbol != null) {
      b.symbol(d.symbol);
    }
    // Step.person() is an entity id in a dossier: the name goes to Extraction.personNames()
    Outcome outcome = outcome(d);
    if (outcome != null) {
      b.outcome(outcome);
    }
    StringBuilder summary = new StringBuilder(d.actor == null ? "state" : d.actor.id()).append(' ')
        .append(d.type.id());
    if (d.visitor != null) {
      summary.append(" (visit by ").append(d.visitor.id()).append(')');
    }
    if (d.state != null) {
      summary.append(" (").append(d.state.alpha3()).append(')');
    }
    if (!d.sponsors.isEmpty()) {
      summary.append("; sponsors: ").append(String.join(", ", d.sponsors));
    }
    b.summary(summary.toString());
    b.confidence(confidence(d));
    Sentence s = d.sentence;
    b.addEvidence(Evidence.of(sourceId, s.start(), original.substring(s.start(), s.end())));
    return b.build();
  }

  private Outcome outcome(Draft d) {
    VoteMention v = d.vote;
    switch (d.type) {
      case RESOLUTION_ADOPTED:
      case AMENDMENT_ADOPTED:
      case MECHANISM_ESTABLISHED:
      case MANDATE_RENEWED:
      case MEMBERSHIP_SUSPENDED:
        if (v == null) {
          return d.type == StepType.RESOLUTION_ADOPTED || d.type == StepType.AMENDMENT_ADOPTED
              ? Outcome.adopted() : null;
        }
        if (v.tally().isPresent()) {
          return AdoptedByRecordedVote.of(v.tally().get());
        }
        return v.mode() == VoteMention.Mode.WITHOUT_VOTE ? Outcome.withoutVote() : Outcome.consensus();
      case RESOLUTION_REJECTED:
      case AMENDMENT_REJECTED:
        return v != null && v.tally().isPresent() ? RejectedByRecordedVote.of(rejectionTally(v)) : null;
      case VETO_CAST: {
        if (v == null || v.tally().isEmpty()) {
          return null;
        }
        List<State> by = new ArrayList<>(d.vetoers);
        if (by.isEmpty()) {
          for (String name : v.against()) {
            States.byName(name).filter(State::isPermanentSecurityCouncilMember).ifPresent(by::add);
          }
        }
        return by.isEmpty() ? null : Vetoed.builder().tally(v.tally().get()).vetoedBy(by).build();
      }
      case AGENDA_ITEM_ADDED:
      case REFERRAL_MADE:
        // a procedural vote on the agenda, a referral by a resolution: only a stated tally counts
        return v != null && v.tally().isPresent() ? AdoptedByRecordedVote.of(v.tally().get()) : null;
      default:
        return null;
    }
  }

  /**
   * The tally of a rejection: "rejected by 19 votes to 17" gives the majority against first, so
   * unlabelled counts whose first number is the larger are read as "no" before "yes".
   */
  private Tally rejectionTally(VoteMention v) {
    Tally t = v.tally().get();
    if (t.yes() <= t.no()) {
      return t;
    }
    String said = lowerText.substring(v.start(), v.end());
    if (said.contains("favo") || said.contains(" for") || said.contains("yes")) {
      return t;
    }
    return Tally.of(t.no(), t.yes(), t.abstain());
  }

  private static double confidence(Draft d) {
    double c = 0.45;
    c += d.actorExplicit ? 0.2 : 0;
    c += d.state != null && d.stateExplicit ? 0.05 : 0;
    c += d.state != null ? 0.05 : 0;
    c += d.date != null ? 0.1 : 0;
    c += d.vote != null ? 0.1 : 0;
    c += d.symbol != null ? 0.05 : 0;
    return Math.round(Math.min(0.95, c) * 100) / 100.0;
  }

  private static String idPart(String sourceId) {
    StringBuilder b = new StringBuilder();
    for (char c : sourceId.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' ? c : '-');
    }
    return b.length() == 0 ? "doc" : b.toString();
  }
}
