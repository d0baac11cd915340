package org.unrights.akn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Evidence;
import org.unrights.model.InvalidValueException;
import org.unrights.model.PartialDate;
import org.unrights.model.Source;
import org.unrights.model.SourceKind;
import org.unrights.model.VoteOption;

/**
 * Reads the Security Council's data extract: JSON Lines files ({@code 2000.jsonl} ...), one
 * adopted resolution per line, with the members in favour, against and abstaining.
 *
 * <p>Every line becomes an {@link ScRecord} of the same shape the {@link AknReader} gives. The
 * extract's irregularities are handled in the open: counts that disagree with the listed names,
 * the adoption date against the date in the document title, and the meeting named against the
 * meeting record become {@link org.unrights.model.Conflict}s; dates written as timestamps or
 * with trailing words, symbols without their space, and split or misspelt member names become
 * {@link DataIssue}s. A line that is not JSON, or lacks a symbol or a readable date, fails with an
 * {@link AknFormatException} naming file, line and column.
 *
 * <pre>{@code
 * List<ScRecord> records = DataExtractReader.readAll(Path.of("un-sc/data_extract"));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DataExtractReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([A-Za-z]+) (\\d{4})(.*)");
  private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?: 00:00:00)?");
  private static final Pattern TITLE_DATE = Pattern.compile("\\bon\\s*(\\d{1,2} [A-Za-z]+ \\d{4})");

  private DataExtractReader() {}

  /**
   * Reads every {@code *.jsonl} file of a folder, in name order.
   *
   * @param dir  the {@code data_extract} folder, not null
   * @return the records in file and line order, not null
   * @throws AknFormatException  if a line cannot be read
   * @throws UnknownMemberException  listing every member name that cannot be resolved
   * @throws UncheckedIOException  if the folder cannot be listed or a file read
   */
  public static List<ScRecord> readAll(Path dir) {
    MemberNames names = new MemberNames();
    List<ScRecord> all = new ArrayList<>();
    for (Path f : files(dir)) {
      all.addAll(read(f, names));
    }
    names.throwIfUnknown();
    return all;
  }

  /**
   * Reads one JSON Lines file.
   *
   * @param file  the file, UTF-8, not null
   * @return the records in line order, not null
   * @throws AknFormatException  if a line cannot be read
   * @throws UnknownMemberException  listing every member name that cannot be resolved
   * @throws UncheckedIOException  if the file cannot be read
   */
  public static List<ScRecord> read(Path file) {
    MemberNames names = new MemberNames();
    List<ScRecord> records = read(file, names);
    names.throwIfUnknown();
    return records;
  }

  static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  static List<ScRecord> read(Path file, MemberNames names) {
    String label = "data_extract/" + file.getFileName();
    return read(AknReader.readString(file), label, names);
  }

  static List<ScRecord> read(String text, String label, MemberNames names) {
    String base = label.substring(label.lastIndexOf('/') + 1).replace(".jsonl", "");
    Source source = Source.builder().id("un-sc-data-extract-" + base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
        .title("Security Council data extract " + base).kind(SourceKind.OFFICIAL).outlet("United Nations")
        .language("en").file(label).build();
    List<ScRecord> records = new ArrayList<>();
    int offset = 0;
    int lineNo = 0;
    while (offset < text.length()) {
      int nl = text.indexOf('\n', offset);
      int end = nl < 0 ? text.length() : nl;
      lineNo++;
      String line = text.substring(offset, end);
      if (!line.isBlank()) {
        records.add(line(line, label, lineNo, offset, source, names));
      }
      offset = end + 1;
    }
    return records;
  }

  private static ScRecord line(String line, String label, int lineNo, int lineStart, Source source, MemberNames names) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new AknFormatException(label, lineNo, col, "not a JSON object: " + e.getOriginalMessage(), e);
    }
    if (!n.isObject()) {
      throw new AknFormatException(label, lineNo, 1, "not a JSON object");
    }
    RawRecord raw = new RawRecord();
    raw.location = label + ":" + lineNo;
    raw.line = lineNo;
    raw.source = source;
    raw.result = RecordedResult.ADOPTED;
    String symbolText = required(n, "symbol", line, label, lineNo);
    raw.symbolText = symbolText;
    raw.symbol = symbol(symbolText, "symbol", line, label, lineNo);
    if (!raw.symbol.isResolution()) {
      throw new AknFormatException(label, lineNo, column(line, "symbol"), "symbol '" + symbolText + "' is not a resolution's");
    }
    if (!raw.symbol.toString().equals(symbolText.strip())) {
      raw.issues.add(DataIssue.of(DataIssueKind.IRREGULAR_FORM, symbolText, raw.location,
          "symbol '" + symbolText + "' read as '" + raw.symbol + "'"));
    }
    int q = line.indexOf('"' + symbolText + '"');
    if (q >= 0) {
      raw.evidence.add(Evidence.of(source.id(), lineStart + q + 1, symbolText));
    }
    String id = RecordAssembler.idOf(raw.symbol);
    String dateText = text(n, "adoption_date");
    raw.date = date(dateText, "adoption_date", raw, line, label, lineNo);
    if (raw.date == null) {
      throw new AknFormatException(label, lineNo, column(line, "adoption_date"), "adoption_date is empty");
    }
    if (raw.symbol.year().isPresent() && raw.date.year().getAsInt() != raw.symbol.year().getAsInt()) {
      raw.conflicts.add(RecordAssembler.conflict(id, "adopted", raw.date + " (adoption_date)", raw.location,
          raw.symbol.year().getAsInt() + " (the symbol's year)", raw.location, "a resolution is adopted in its symbol's year"));
    }
    Matcher t = TITLE_DATE.matcher(text(n, "document_title").replace('\u00a0', ' '));
    if (t.find()) {
      PartialDate titled = date(t.group(1), "document_title", raw, line, label, lineNo);
      if (titled != null && !titled.equals(raw.date)) {
        raw.conflicts.add(RecordAssembler.conflict(id, "adopted", raw.date + " (adoption_date)", raw.location,
            titled + " (document_title)", raw.location, "the record keeps adoption_date"));
      }
    }
    raw.title = blankToNull(text(n, "resolution_title"));
    String draft = text(n, "draft_resolution");
    if (!draft.isBlank()) {
      raw.draftSymbol = symbol(draft, "draft_resolution", line, label, lineNo);
      raw.tabled = date(text(n, "draft_resolution_date"), "draft_resolution_date", raw, line, label, lineNo);
    }
    String letter = text(n, "outcome_letter").strip();
    if (!letter.isBlank()) {
      Matcher pv = AknReader.MISSING_DOT_PV.matcher(letter);
      if (pv.matches()) {
        raw.issues.add(DataIssue.of(DataIssueKind.IRREGULAR_FORM, symbolText, raw.location,
            "outcome_letter '" + letter + "' read as 'S/PV." + pv.group(1) + "'"));
        letter = "S/PV." + pv.group(1);
      }
      raw.outcomeRecord = symbol(letter, "outcome_letter", line, label, lineNo);
    }
    Optional<Integer> meeting = RecordAssembler.meetingNumber(text(n, "adoption_meeting"));
    if (meeting.isPresent() && raw.outcomeRecord != null
        && RecordAssembler.pvNumber(raw.outcomeRecord).filter(pv -> !pv.equals(meeting.get())).isPresent()) {
      raw.conflicts.add(RecordAssembler.conflict(id, "meetingRecord", raw.outcomeRecord + " (outcome_letter)", raw.location,
          "S/PV." + meeting.get() + " (adoption_meeting)", raw.location, "the record keeps outcome_letter"));
    }
    raw.resultText = blankToNull(text(n, "adoption_type"));
    raw.chapterVII = text(n, "chapter_VII").strip().equalsIgnoreCase("Chapter VII");
    String agenda = text(n, "agenda_item_name").strip();
    if (!agenda.isEmpty()) {
      raw.agendaItems.add(agenda.endsWith(".") ? agenda.substring(0, agenda.length() - 1) : agenda);
    }
    for (JsonNode g : n.path("SDGs")) {
      try {
        int goal = Integer.parseInt(g.asText().strip());
        if (!raw.sdgs.contains(goal)) {
          raw.sdgs.add(goal);
        }
      } catch (NumberFormatException e) {
        throw new AknFormatException(label, lineNo, column(line, "SDGs"), "SDG '" + g.asText() + "' is not a goal number");
      }
    }
    for (JsonNode pair : n.path("subjects")) {
      if (pair.size() >= 2 && !pair.get(0).asText().isBlank()) {
        Subject s = Subject.of(pair.get(0).asText().strip(), pair.get(1).asText().strip());
        if (!raw.subjects.contains(s)) {
          raw.subjects.add(s);
        }
      }
    }
    raw.sponsorNames = strings(n, "sponsors");
    raw.additionalSponsorNames = strings(n, "additional_sponsors");
    put(raw, VoteOption.YES, n, "MS_in_favour", line, label, lineNo);
    put(raw, VoteOption.NO, n, "MS_against", line, label, lineNo);
    put(raw, VoteOption.ABSTAIN, n, "MS_abstaining", line, label, lineNo);
    return RecordAssembler.assemble(raw, names);
  }

  private static void put(RawRecord raw, VoteOption option, JsonNode n, String field, String line, String label, int lineNo) {
    raw.voters.put(option, strings(n, field));
    String count = text(n, field + "_count").strip();
    if (!count.isEmpty()) {
      try {
        raw.statedCounts.put(option, Integer.parseInt(count));
      } catch (NumberFormatException e) {
        throw new AknFormatException(label, lineNo, column(line, field + "_count"),
            field + "_count '" + count + "' is not a number");
      }
    }
  }

  private static List<String> strings(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : n.path(field)) {
      if (!e.asText().isBlank()) {
        out.add(e.asText());
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String required(JsonNode n, String field, String line, String label, int lineNo) {
    String v = text(n, field);
    if (v.isBlank()) {
      throw new AknFormatException(label, lineNo, 1, "field '" + field + "' is missing or empty");
    }
    return v;
  }

  private static int column(String line, String field) {
    int at = line.indexOf('"' + field + '"');
    return at < 0 ? 1 : at + 1;
  }

  private static DocumentSymbol symbol(String text, String field, String line, String label, int lineNo) {
    try {
      return DocumentSymbol.parse(text);
    } catch (InvalidValueException e) {
      throw new AknFormatException(label, lineNo, column(line, field), field + " '" + text + "' is not a document symbol: "
          + e.getMessage(), e);
    }
  }

  /** Reads "27 January 2014", "31 October 2024" with no-break spaces, or "2021-07-09 00:00:00". */
  private static PartialDate date(String text, String field, RawRecord raw, String line, String label, int lineNo) {
    String s = text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    if (s.isEmpty()) {
      return null;
    }
    try {
      Matcher ts = TIMESTAMP.matcher(s);
      if (ts.matches()) {
        if (!s.equals(ts.group(1)) || !field.equals("draft_resolution_date")) {
          raw.issues.add(DataIssue.of(DataIssueKind.IRREGULAR_FORM, raw.symbolText, raw.location,
              field + " '" + text + "' is written as a timestamp; read as " + ts.group(1)));
        }
        return PartialDate.of(LocalDate.parse(ts.group(1)));
      }
      Matcher m = DAY_MONTH_YEAR.matcher(s);
      if (m.matches()) {
        Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        if (!m.group(4).isBlank()) {
          raw.issues.add(DataIssue.of(DataIssueKind.IRREGULAR_FORM, raw.symbolText, raw.location,
              field + " '" + text + "' has words after the date; read as " + d));
        }
        return PartialDate.of(d);
      }
    } catch (RuntimeException e) {
      // falls through to the error below
    }
    throw new AknFormatException(label, lineNo, column(line, field), field + " '" + text + "' is not a date");
  }
}
