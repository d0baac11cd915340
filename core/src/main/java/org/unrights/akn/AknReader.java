package org.unrights.akn;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Evidence;
import org.unrights.model.InvalidValueException;
import org.unrights.model.PartialDate;
import org.unrights.model.Source;
import org.unrights.model.SourceKind;
import org.unrights.model.VoteOption;

/**
 * Reads one Akoma Ntoso for the UN (AKN4UN) document: a Security Council resolution or a draft
 * resolution that failed.
 *
 * <p>It reads the FRBR work and expression identifiers, the document symbol ({@code docNumber}),
 * the date, the subject classifications, the workflow ({@code draftResolution} with its sponsors,
 * {@code draftResolutionAdditionalSponsors}, then {@code adopted}, {@code notAdopted} or
 * {@code veto} with the meeting record), the voting counts with each member state listed, and the
 * preambular and numbered operative paragraphs of the main document (annexes are skipped).
 *
 * <p>Parsing is safe: the JDK's StAX parser with DTDs and external entities switched off and no
 * access to external DTDs or schemas; {@code xsi:schemaLocation} is never fetched. A document
 * with a DOCTYPE, malformed or truncated XML, or a missing symbol fails with an
 * {@link AknFormatException} naming the file, line and column.
 *
 * <pre>{@code
 * ScRecord r = AknReader.read(Path.of("S_2024_173-2403217E.xml"));
 * r.recordedResult();   // VETOED
 * r.vetoedBy();         // [USA]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AknReader {

  private static final XMLInputFactory FACTORY = newFactory();
  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "num", "content", "point", "intro",
      "list", "item", "blockList", "listIntroduction", "subheading", "heading", "alinea", "wrapUp", "sublist");
  static final java.util.regex.Pattern MISSING_DOT_PV = java.util.regex.Pattern.compile("S/PV(\\d+)");

  private AknReader() {}

  /**
   * Returns a StAX factory configured for untrusted input: no DTDs, no external entities, no
   * external DTD or schema access.
   *
   * @return the factory, not null
   */
  static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    trySet(f, "http://javax.xml.XMLConstants/property/accessExternalDTD", "");
    trySet(f, "http://javax.xml.XMLConstants/property/accessExternalSchema", "");
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException unsupported) {
      // not every StAX implementation knows the JAXP properties; DTDs are off regardless
    }
  }

  /**
   * Reads a resolution or failed draft from a file.
   *
   * @param file  the AKN4UN file, UTF-8, not null
   * @return the record, not null
   * @throws AknFormatException  if the file is malformed, truncated, has a DOCTYPE, or is neither
   *     a resolution nor a draft resolution
   * @throws UnknownMemberException  if a member state's name cannot be resolved
   * @throws UncheckedIOException  if the file cannot be read
   */
  public static ScRecord read(Path file) {
    return read(readString(file), file.getFileName().toString());
  }

  /**
   * Reads a resolution or failed draft from XML text.
   *
   * @param xml  the document, not null
   * @param file  the name to report and to record as the source's file, not null
   * @return the record, not null
   * @throws AknFormatException  if the XML is malformed, truncated, has a DOCTYPE, or is neither a
   *     resolution nor a draft resolution
   * @throws UnknownMemberException  if a member state's name cannot be resolved
   */
  public static ScRecord read(String xml, String file) {
    MemberNames names = new MemberNames();
    List<DataIssue> skipped = new ArrayList<>();
    Optional<ScRecord> r = read(xml, file, names, skipped);
    names.throwIfUnknown();
    return r.orElseThrow(() -> new AknFormatException(file, 0, 0, skipped.get(0).message()));
  }

  static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a document; one that is neither a resolution nor a draft resolution (e.g. a presidential
   * statement) gives empty and a {@link DataIssueKind#NOT_A_RESOLUTION} issue.
   */
  static Optional<ScRecord> read(String xml, String file, MemberNames names, List<DataIssue> skipped) {
    RawRecord raw = new Parser(xml, file).parse();
    if (raw == null) {
      return Optional.empty();
    }
    if (raw.result == null) {
      skipped.add(DataIssue.of(DataIssueKind.NOT_A_RESOLUTION, raw.symbolText, file,
          "neither a resolution nor a draft resolution with a recorded result; skipped"));
      return Optional.empty();
    }
    return Optional.of(RecordAssembler.assemble(raw, names));
  }

  /** One pass over one document. */
  private static final class Parser {
    private final String xml;
    private final String file;
    private final RawRecord raw = new RawRecord();
    private final Deque<String> path = new ArrayDeque<>();
    private XMLStreamReader r;
    private String statementName;
    private String frbrBlock;
    private PartialDate workDate;
    private VoteOption countOption;
    private StringBuilder text;
    private int textDepth;
    private String paraNum;
    private StringBuilder numText;
    private String paraEId;
    private ParagraphKind paraKind;
    private int skipDepth;
    private String dateFromWorkflow;
    private String stepBy;

    Parser(String xml, String file) {
      this.xml = xml;
      this.file = file;
      raw.location = file;
    }

    RawRecord parse() {
      try {
        r = FACTORY.createXMLStreamReader(new StringReader(xml));
        try {
          while (r.hasNext()) {
            int ev = r.next();
            switch (ev) {
              case XMLStreamConstants.DTD:
                throw fail("DOCTYPE declarations are not allowed in AKN4UN input (DTDs and entities are disabled)");
              case XMLStreamConstants.ENTITY_REFERENCE:
                throw fail("entity reference '&" + r.getLocalName() + ";' is not allowed (no DTD declares it)");
              case XMLStreamConstants.START_ELEMENT:
                start(r.getLocalName());
                break;
              case XMLStreamConstants.END_ELEMENT:
                end(r.getLocalName());
                break;
              case XMLStreamConstants.CHARACTERS:
              case XMLStreamConstants.CDATA:
              case XMLStreamConstants.SPACE:
                if (numText != null) {
                  numText.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                } else if (text != null && skipDepth == 0) {
                  text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
                break;
              default:
                break;
            }
          }
        } finally {
          r.close();
        }
      } catch (XMLStreamException e) {
        Location l = e.getLocation();
        String msg = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        throw new AknFormatException(file, l == null ? 0 : l.getLineNumber(), l == null ? 0 : l.getColumnNumber(),
            "malformed or truncated XML: " + msg.strip(), e);
      }
      return finish();
    }

    private AknFormatException fail(String problem) {
      Location l = r.getLocation();
      return new AknFormatException(file, l.getLineNumber(), l.getColumnNumber(), problem);
    }

    private String attr(String name) {
      String v = r.getAttributeValue(null, name);
      return v == null ? null : v.strip();
    }

    private void start(String name) {
      if (text != null && skipDepth == 0 && BLOCKS.contains(name)) {
        text.append(' '); // block elements separate words: <num>(a)</num><content>to report</content>
      }
      if (skipDepth > 0) {
        skipDepth++;
        path.push(name);
        return;
      }
      if (path.isEmpty() && !name.equals("akomaNtoso")) {
        throw fail("the root element is <" + name + ">, not <akomaNtoso>");
      }
      if (path.size() == 1) {
        statementName = attr("name");
        if (statementName == null) {
          statementName = name;
        }
      }
      if (name.equals("attachments") || (name.equals("authorialNote") && text != null)) {
        skipDepth = 1;
        path.push(name);
        return;
      }
      if (path.size() >= 3 && metaOfStatement()) {
        startMeta(name);
      } else if (path.size() == 2 && name.equals("preamble")) {
        paraKind = ParagraphKind.PREAMBLE;
      } else if (path.size() == 2 && name.equals("mainBody")) {
        paraKind = ParagraphKind.OPERATIVE;
      } else if (path.size() == 3 && paraKind == ParagraphKind.PREAMBLE && name.equals("container")) {
        beginParagraph();
      } else if (path.size() == 3 && paraKind == ParagraphKind.OPERATIVE && name.equals("paragraph")) {
        beginParagraph();
      } else if (path.size() == 4 && text != null && name.equals("num") && paraNum == null && numText == null) {
        numText = new StringBuilder(); // the paragraph's own number: collected apart from its text
      } else if (name.equals("docNumber") && raw.symbolText == null) {
        text = new StringBuilder();
        textDepth = path.size();
      }
      path.push(name);
    }

    private boolean metaOfStatement() {
      // path from the root: akomaNtoso, statement, meta, ...
      java.util.Iterator<String> it = path.descendingIterator();
      it.next();
      it.next();
      return it.next().equals("meta");
    }

    private void beginParagraph() {
      text = new StringBuilder();
      textDepth = path.size();
      paraNum = null;
      paraEId = attr("eId");
    }

    private void startMeta(String name) {
      switch (name) {
        case "FRBRWork":
        case "FRBRExpression":
        case "FRBRManifestation":
          frbrBlock = name;
          break;
        case "FRBRthis":
          if ("FRBRWork".equals(frbrBlock) && raw.frbrWork == null) {
            raw.frbrWork = attr("value");
          } else if ("FRBRExpression".equals(frbrBlock) && raw.frbrExpression == null) {
            raw.frbrExpression = attr("value");
          }
          break;
        case "FRBRdate":
          String n = attr("name");
          if ("FRBRWork".equals(frbrBlock) && workDate == null && ("adoption".equals(n) || "voting".equals(n))) {
            workDate = date(attr("date"), "FRBRdate");
          }
          break;
        case "keyword":
          keyword();
          break;
        case "step":
          step();
          break;
        case "count":
          count();
          break;
        case "organization":
          if (countOption != null) {
            text = new StringBuilder();
            textDepth = path.size();
          }
          break;
        default:
          break;
      }
    }

    private void keyword() {
      String value = attr("value");
      String showAs = attr("showAs");
      String dictionary = attr("dictionary") == null ? "" : attr("dictionary");
      String refersTo = attr("refersTo");
      SubjectVocabulary v = Subject.classify(dictionary);
      if (v == SubjectVocabulary.SDG) {
        try {
          int goal = Integer.parseInt(value);
          if (!raw.sdgs.contains(goal)) {
            raw.sdgs.add(goal);
          }
        } catch (NumberFormatException e) {
          throw fail("SDG keyword value '" + value + "' is not a goal number");
        }
        return;
      }
      String term = "agenda".equals(refersTo) || "title".equals(refersTo) ? showAs : value;
      if (term == null || term.isBlank()) {
        return;
      }
      if ("title".equals(refersTo) && raw.title == null) {
        raw.title = term;
      }
      if ("agenda".equals(refersTo) && dictionary.equals("S/")) {
        String item = term.endsWith(".") ? term.substring(0, term.length() - 1) : term;
        if (!raw.agendaItems.contains(item)) {
          raw.agendaItems.add(item);
        }
      }
      Subject.Builder s = Subject.builder().term(term).dictionary(dictionary).vocabulary(v);
      Optional.ofNullable(attr("href")).filter(h -> !h.isBlank()).ifPresent(s::href);
      Subject subject = s.build();
      if (!raw.subjects.contains(subject)) {
        raw.subjects.add(subject);
      }
    }

    private void step() {
      String outcome = attr("outcome");
      String by = attr("by");
      String as = attr("as");
      if (outcome == null) {
        return;
      }
      switch (outcome) {
        case "draftResolution":
          raw.sponsorsProse = by == null ? "" : by;
          raw.tabled = date(attr("date"), "step/@date");
          if (as != null && !as.isBlank()) {
            raw.draftSymbol = symbol(as, "draftResolution step/@as");
          }
          break;
        case "draftResolutionAdditionalSponsors":
          raw.additionalSponsorsProse = by == null ? "" : by;
          break;
        case "adopted":
        case "notAdopted":
        case "veto":
        case "Veto":
          raw.result = outcome.equals("adopted") ? RecordedResult.ADOPTED
              : outcome.equals("notAdopted") ? RecordedResult.NOT_ADOPTED : RecordedResult.VETOED;
          raw.resultText = by;
          raw.chapterVII = "Chapter VII".equalsIgnoreCase(attr("refersTo"));
          dateFromWorkflow = attr("date");
          stepBy = by;
          if (as != null && !as.isBlank()) {
            raw.outcomeRecord = symbol(as, "step/@as");
          }
          raw.date = date(dateFromWorkflow, "step/@date");
          break;
        default:
          throw fail("unknown workflow step outcome '" + outcome + "'");
      }
    }

    private void count() {
      String refersTo = attr("refersTo");
      if (refersTo == null) {
        throw fail("count without refersTo");
      }
      switch (refersTo) {
        case "inFavour":
          countOption = VoteOption.YES;
          break;
        case "against":
          countOption = VoteOption.NO;
          break;
        case "abstaining":
          countOption = VoteOption.ABSTAIN;
          break;
        default:
          throw fail("unknown count refersTo '" + refersTo + "' (expected inFavour, against or abstaining)");
      }
      String value = attr("value");
      if (value != null && !value.isBlank()) {
        try {
          raw.statedCounts.put(countOption, Integer.parseInt(value));
        } catch (NumberFormatException e) {
          throw fail("count value '" + value + "' is not a number");
        }
      }
      raw.voters.computeIfAbsent(countOption, k -> new ArrayList<>());
    }

    private void end(String name) {
      path.pop();
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (name.equals("count")) {
        countOption = null;
      } else if (name.equals("organization") && countOption != null && text != null) {
        raw.voters.get(countOption).add(collapse(text));
        text = null;
      } else if (name.equals("docNumber") && text != null && path.size() + 1 == textDepth + 1 && raw.symbolText == null) {
        raw.symbolText = collapse(text);
        text = null;
      } else if (name.equals("num") && numText != null && path.size() == 4) {
        String num = collapse(numText);
        paraNum = num.endsWith(".") ? num.substring(0, num.length() - 1) : num;
        numText = null;
      } else if ((name.equals("container") || name.equals("paragraph")) && text != null && path.size() == 3) {
        String t = collapse(text);
        if (!t.isEmpty()) {
          Paragraph.Builder p = Paragraph.builder().kind(paraKind).text(t);
          Optional.ofNullable(paraNum).filter(s -> !s.isEmpty()).ifPresent(p::number);
          Optional.ofNullable(paraEId).ifPresent(p::eId);
          (paraKind == ParagraphKind.PREAMBLE ? raw.preamble : raw.operative).add(p.build());
        }
        text = null;
        paraNum = null;
      } else if ((name.equals("preamble") || name.equals("mainBody")) && path.size() == 2) {
        paraKind = null;
      }
    }

    private PartialDate date(String value, String where) {
      if (value == null || value.isBlank() || value.startsWith("0001-")) {
        return null;
      }
      try {
        return PartialDate.of(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        throw fail(where + " '" + value + "' is not an ISO date");
      }
    }

    private DocumentSymbol symbol(String value, String where) {
      String v = value.strip();
      java.util.regex.Matcher pv = MISSING_DOT_PV.matcher(v);
      if (pv.matches()) {
        String fixed = "S/PV." + pv.group(1);
        raw.issues.add(DataIssue.of(DataIssueKind.IRREGULAR_FORM, raw.symbolText == null ? file : raw.symbolText, file,
            where + " '" + v + "' read as '" + fixed + "'"));
        v = fixed;
      }
      try {
        return DocumentSymbol.parse(v);
      } catch (InvalidValueException e) {
        throw fail(where + " '" + value + "' is not a document symbol: " + e.getMessage());
      }
    }

    private RawRecord finish() {
      if (raw.symbolText == null) {
        throw new AknFormatException(file, 0, 0, "no <docNumber> (the document symbol) in the cover page");
      }
      try {
        raw.symbol = DocumentSymbol.parse(raw.symbolText);
      } catch (InvalidValueException e) {
        throw new AknFormatException(file, 0, 0, "docNumber '" + raw.symbolText + "' is not a document symbol: "
            + e.getMessage(), e);
      }
      String sourceId = "un-akn-" + RecordAssembler.idOf(raw.symbol);
      raw.source = Source.builder().id(sourceId).title("AKN4UN " + raw.symbol).kind(SourceKind.OFFICIAL)
          .outlet("United Nations").language("en").symbol(raw.symbol).file(file).build();
      int at = xml.indexOf("<docNumber");
      int q = at < 0 ? -1 : xml.indexOf(raw.symbolText, at);
      if (q >= 0) {
        raw.evidence.add(Evidence.of(sourceId, q, raw.symbolText));
      }
      boolean resolution = raw.symbol.isResolution() && "resolution".equals(statementName);
      boolean draft = !raw.symbol.isResolution() && "draftResolution".equals(statementName);
      if (!resolution && !draft) {
        raw.result = null;
        return raw;
      }
      if (raw.result == null) {
        throw new AknFormatException(file, 0, 0, "the workflow has no adopted, notAdopted or veto step");
      }
      if (resolution != (raw.result == RecordedResult.ADOPTED)) {
        throw new AknFormatException(file, 0, 0, "a " + statementName + " whose workflow ends '" + raw.result + "'");
      }
      if (draft && raw.draftSymbol == null) {
        raw.draftSymbol = raw.symbol;
      }
      if (raw.date == null) {
        raw.date = workDate;
      } else if (workDate != null && !workDate.equals(raw.date)) {
        String id = RecordAssembler.idOf(raw.draftSymbol != null && draft ? raw.draftSymbol : raw.symbol);
        raw.conflicts.add(RecordAssembler.conflict(id, "date", raw.date.toString() + " (workflow)", file,
            workDate + " (FRBRWork date)", file, "the record keeps the workflow's date"));
      }
      // The meeting named in the result text against the meeting record's symbol.
      Optional<Integer> named = RecordAssembler.meetingNumber(stepBy);
      if (named.isPresent() && raw.outcomeRecord != null
          && RecordAssembler.pvNumber(raw.outcomeRecord).filter(pv -> !pv.equals(named.get())).isPresent()) {
        String id = RecordAssembler.idOf(draft ? raw.draftSymbol : raw.symbol);
        raw.conflicts.add(RecordAssembler.conflict(id, "meetingRecord", raw.outcomeRecord.toString(), file,
            "S/PV." + named.get() + " (result text: " + stepBy + ")", file, "the record keeps the step's meeting record"));
      }
      if (draft && raw.sponsorsProse == null) {
        raw.sponsorsProse = "";
      }
      return raw;
    }
  }

  static String collapse(CharSequence text) {
    char[] s = text.toString().toCharArray();
    int n = s.length;
    char[] out = new char[n];
    int len = 0;
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s[i])) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(s[i])) {
        i++;
      }
      if (i > start) {
        if (len > 0) {
          out[len++] = ' ';
        }
        System.arraycopy(s, start, out, len, i - start);
        len += i - start;
      }
    }
    return new String(out, 0, len);
  }

  private static boolean isSpace(char c) {
    return c <= ' ' ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || Character.isWhitespace(c)
        : c == '\u00a0' || (c > '\u007f' && Character.isWhitespace(c));
  }
}
