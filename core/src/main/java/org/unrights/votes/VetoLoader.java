package org.unrights.votes;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unrights.model.Body;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.MotionKind;
import org.unrights.model.PartialDate;
import org.unrights.model.QuestionKind;
import org.unrights.model.State;
import org.unrights.model.States;
import org.unrights.model.VetoedCountsNotRecorded;
import org.unrights.model.VoteEvent;

/**
 * Loads the Security Council veto list ({@code unsc_vetoes_1946_sept2022.csv}, World Politics Data
 * Lab, from the Dag Hammarskjöld Library's list) into a {@link VetoRecord}.
 *
 * <p>Each row becomes a {@link VoteEvent} of the Security Council with id {@code unsc-veto-<n>}
 * (n = the row's position, from 1), its date (the file's M/D/YYYY), the draft symbol when
 * {@code draft} holds one ({@code S/7575/Rev.1}; often it holds a meeting record such as
 * {@code S/PV.23}, which then is no draft symbol), the meeting record, the agenda item, question
 * kind substantive (only substantive matters can be vetoed) and the outcome
 * {@link VetoedCountsNotRecorded}: the list names the vetoing members but gives no counts.
 *
 * <p>The vetoing members are read from {@code member_veto1..3} ({@code USSR} is the USSR, SUN;
 * {@code Russia} the Russian Federation, RUS; {@code China} the China seat, CHN). The per-member
 * 0/1 columns ({@code China, France, Russia, USSR, USA, UK}) leave out some vetoes that the named
 * columns give (26 rows in the Sept 2022 file); {@link VetoRecord#flagMismatchLines()} lists them.
 * Loading is all-or-nothing: a malformed row fails with a {@link VoteDataFormatException}.
 */
public final class VetoLoader {

  static final List<String> HEADER = List.of("year", "date", "month", "draft", "meeting_record", "agenda_item",
      "crisis_topic", "region", "member_veto1", "member_veto2", "member_veto3", "single_veto", "multiple_vetoes",
      "China", "France", "Russia", "USSR", "USA", "UK", "russia_china", "usa_uk", "usa_france", "usa_france_uk",
      "france_uk");

  private static final Map<String, String> MEMBERS = Map.of("China", "CHN", "France", "FRA", "Russia", "RUS",
      "USSR", "SUN", "USA", "USA", "UK", "GBR");
  private static final List<String> FLAG_COLUMNS = List.of("China", "France", "Russia", "USSR", "USA", "UK");

  private VetoLoader() {}

  /**
   * Loads the veto list from a file.
   *
   * @param file  the CSV file, not null
   * @return the record, not null
   * @throws VoteDataFormatException  if a row is malformed
   * @throws UncheckedIOException  if the file cannot be read
   */
  public static VetoRecord load(Path file) {
    try (CsvRows rows = CsvRows.open(file, HEADER)) {
      return read(rows);
    }
  }

  /**
   * Loads the veto list from a reader.
   *
   * @param fileName  the name to use in messages, not null
   * @param text  the CSV text, not null
   * @return the record, not null
   * @throws VoteDataFormatException  if a row is malformed
   * @throws UncheckedIOException  if the reader fails
   */
  public static VetoRecord load(String fileName, Reader text) {
    try (CsvRows rows = CsvRows.open(fileName, text, HEADER)) {
      return read(rows);
    }
  }

  private static VetoRecord read(CsvRows rows) {
    List<VoteEvent> vetoes = new ArrayList<>();
    List<Long> mismatches = new ArrayList<>();
    int symbolsNotParsed = 0;
    int n = 0;
    while (rows.next()) {
      n++;
      LocalDate date = date(rows, 1);
      int year = rows.integer(0);
      if (year != date.getYear()) {
        throw rows.error(0, "the year differs from the date's " + date.getYear());
      }
      Set<State> by = new LinkedHashSet<>();
      for (int c = 8; c <= 10; c++) {
        if (rows.isBlank(c)) {
          continue;
        }
        String alpha3 = MEMBERS.get(rows.text(c).strip());
        if (alpha3 == null) {
          throw rows.error(c, "expected one of " + MEMBERS.keySet());
        }
        if (!by.add(States.byAlpha3(alpha3).orElseThrow())) {
          throw rows.error(c, "the member is named twice");
        }
      }
      if (by.isEmpty()) {
        throw rows.error(8, "expected the vetoing member");
      }
      Set<State> flagged = new LinkedHashSet<>();
      for (int k = 0; k < FLAG_COLUMNS.size(); k++) {
        int c = 13 + k;
        if (rows.flag(c) == 1) {
          flagged.add(States.byAlpha3(MEMBERS.get(FLAG_COLUMNS.get(k))).orElseThrow());
        }
      }
      if (!flagged.equals(by)) {
        mismatches.add(rows.line());
      }
      VoteEvent.Builder b = VoteEvent.builder()
          .id("unsc-veto-" + n)
          .body(Body.UNSC)
          .date(PartialDate.of(date))
          .questionKind(QuestionKind.SUBSTANTIVE)
          .outcome(VetoedCountsNotRecorded.of(List.copyOf(by)));
      Optional<DocumentSymbol> draft = symbol(rows, 3);
      Optional<DocumentSymbol> meeting = symbol(rows, 4);
      if (!rows.isBlank(3) && draft.isEmpty()) {
        symbolsNotParsed++;
      }
      if (!rows.isBlank(4) && meeting.isEmpty()) {
        symbolsNotParsed++;
      }
      if (draft.isPresent() && !draft.get().isMeetingRecord()) {
        b.motionKind(MotionKind.DRAFT_RESOLUTION).motionSymbol(draft.get());
      } else {
        b.motionKind(MotionKind.OTHER);
      }
      if (meeting.isPresent() && meeting.get().isMeetingRecord()) {
        b.meetingRecord(meeting.get());
      } else if (draft.isPresent() && draft.get().isMeetingRecord()) {
        b.meetingRecord(draft.get());
      }
      if (!rows.isBlank(5)) {
        b.agendaItem(rows.text(5).strip());
      }
      vetoes.add(b.build());
    }
    return new VetoRecord(vetoes, mismatches, symbolsNotParsed);
  }

  private static Optional<DocumentSymbol> symbol(CsvRows rows, int column) {
    return rows.isBlank(column) ? Optional.empty() : DocumentSymbol.tryParse(rows.text(column).strip());
  }

  private static LocalDate date(CsvRows rows, int column) {
    String[] parts = rows.text(column).strip().split("/", -1);
    if (parts.length != 3) {
      throw rows.error(column, "expected a date M/D/YYYY");
    }
    try {
      return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (NumberFormatException | DateTimeException e) {
      throw rows.error(column, "expected a date M/D/YYYY");
    }
  }
}
