package org.unrights.votes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.State;
import org.unrights.model.States;

/**
 * Loads the UN General Assembly roll-call tables in the Voeten/unvotes layout ({@code unvotes.csv},
 * {@code roll_calls.csv}, {@code issues.csv}, as written by R's readr) into a {@link VoteRecord}.
 *
 * <p>The files are streamed with Jackson's CSV module; loading is all-or-nothing: a malformed row
 * fails with a {@link VoteDataFormatException} naming the file, line, column and value.
 *
 * <p>How cells are read:
 * <ul>
 *   <li>a bare {@code NA} is a missing value; a quoted {@code "NA"} is the text NA (Namibia's
 *       country code);</li>
 *   <li>countries map to {@link States} by {@code country_code} ({@link States#byCode}), else by
 *       {@code country} ({@link States#byName}), so Yugoslavia, Czechoslovakia, the German
 *       Democratic Republic, the Yemen Arab Republic, Democratic Yemen and Zanzibar are their own
 *       former members and the Federal Republic of Germany is Germany (DEU). One voter is not a
 *       state in the registry: "Taiwan" (code {@code TW}, sessions 1 to 26, until October 1971),
 *       whose ballots were cast in China's seat; its ballots are China's (CHN) in vote events,
 *       while the record keeps "Taiwan" a voter of its own, so analyses can tell the two apart.
 *       Any other unknown country fails the load;</li>
 *   <li>{@code unres} gives the resolution's symbol only where it is a UN document symbol
 *       ({@code A/RES/74/12}); the data set's own codes ({@code R/1/66}, {@code ESS/1/34}, lettered
 *       forms) are not symbols and are left absent
 *       ({@link VoteRecord#rollCallsWithoutResolutionSymbol()} counts them).</li>
 * </ul>
 *
 * <pre>{@code
 * VoteRecord record = UnvotesLoader.load(Path.of("shared/data/unvotes"));
 * record.ballotCount();   // 870109
 * }</pre>
 */
public final class UnvotesLoader {

  /** The file of ballots. */
  public static final String BALLOTS_FILE = "unvotes.csv";
  /** The file of roll calls. */
  public static final String ROLL_CALLS_FILE = "roll_calls.csv";
  /** The file of issue codes. */
  public static final String ISSUES_FILE = "issues.csv";

  static final List<String> BALLOTS_HEADER = List.of("rcid", "country", "country_code", "vote");
  static final List<String> ROLL_CALLS_HEADER =
      List.of("rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr");
  static final List<String> ISSUES_HEADER = List.of("rcid", "short_name", "issue");

  /** Voters that are not states in the registry, and the seat whose ballots they cast. */
  private static final Map<String, String> SEATS = Map.of("TW", "CHN");

  private UnvotesLoader() {}

  /**
   * Loads the three tables from a folder.
   *
   * @param dir  the folder holding unvotes.csv, roll_calls.csv and issues.csv, not null
   * @return the record, not null
   * @throws VoteDataFormatException  if a row is malformed
   * @throws UncheckedIOException  if a file cannot be read
   */
  public static VoteRecord load(Path dir) {
    return load(dir.resolve(BALLOTS_FILE), dir.resolve(ROLL_CALLS_FILE), dir.resolve(ISSUES_FILE));
  }

  /**
   * Loads the three tables from their files.
   *
   * @param ballots  unvotes.csv, not null
   * @param rollCalls  roll_calls.csv, not null
   * @param issues  issues.csv, not null
   * @return the record, not null
   * @throws VoteDataFormatException  if a row is malformed
   * @throws UncheckedIOException  if a file cannot be read
   */
  public static VoteRecord load(Path ballots, Path rollCalls, Path issues) {
    try (CsvRows rc = CsvRows.open(rollCalls, ROLL_CALLS_HEADER);
        CsvRows is = CsvRows.open(issues, ISSUES_HEADER);
        CsvRows bs = CsvRows.open(ballots, BALLOTS_HEADER)) {
      return read(rc, is, bs);
    }
  }

  /**
   * Loads the three tables from readers (e.g. test fixtures).
   *
   * @param ballots  unvotes.csv's text, not null
   * @param rollCalls  roll_calls.csv's text, not null
   * @param issues  issues.csv's text, not null
   * @return the record, not null
   * @throws VoteDataFormatException  if a row is malformed
   * @throws UncheckedIOException  if a reader fails
   */
  public static VoteRecord load(Reader ballots, Reader rollCalls, Reader issues) {
    try (CsvRows rc = CsvRows.open(ROLL_CALLS_FILE, rollCalls, ROLL_CALLS_HEADER);
        CsvRows is = CsvRows.open(ISSUES_FILE, issues, ISSUES_HEADER);
        CsvRows bs = CsvRows.open(BALLOTS_FILE, ballots, BALLOTS_HEADER)) {
      return read(rc, is, bs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class VoterSlot {
    final String name;
    final Optional<String> code;
    final String codeText;
    final State state;
    final long[] hi;
    final long[] lo;
    final long[] seat;
    VoterSlot next;

    VoterSlot(String name, Optional<String> code, State state, int words, long[] seat) {
      this.name = name;
      this.code = code;
      this.codeText = code.orElse(null);
      this.state = state;
      this.hi = new long[words];
      this.lo = new long[words];
      this.seat = seat;
    }
  }

  private static VoteRecord read(CsvRows rc, CsvRows is, CsvRows bs) {
    // roll calls
    int cap = 8192;
    int n = 0;
    int[] rcid = new int[cap];
    int[] session = new int[cap];
    int[] epochDay = new int[cap];
    byte[] important = new byte[cap];
    byte[] amend = new byte[cap];
    byte[] para = new byte[cap];
    String[] unres = new String[cap];
    DocumentSymbol[] symbol = new DocumentSymbol[cap];
    String[] shortTitle = new String[cap];
    String[] descr = new String[cap];
    Map<Integer, Integer> index = new HashMap<>();
    while (rc.next()) {
      if (n == cap) {
        cap *= 2;
        rcid = Arrays.copyOf(rcid, cap);
        session = Arrays.copyOf(session, cap);
        epochDay = Arrays.copyOf(epochDay, cap);
        important = Arrays.copyOf(important, cap);
        amend = Arrays.copyOf(amend, cap);
        para = Arrays.copyOf(para, cap);
        unres = Arrays.copyOf(unres, cap);
        symbol = Arrays.copyOf(symbol, cap);
        shortTitle = Arrays.copyOf(shortTitle, cap);
        descr = Arrays.copyOf(descr, cap);
      }
      rcid[n] = rc.integer(0);
      if (index.put(rcid[n], n) != null) {
        throw rc.error(0, "the rcid appears twice");
      }
      session[n] = rc.isBlank(1) ? VoteRecord.MISSING : rc.integer(1);
      important[n] = rc.flag(2);
      if (rc.isBlank(3)) {
        epochDay[n] = VoteRecord.MISSING;
      } else {
        try {
          epochDay[n] = (int) LocalDate.parse(rc.text(3)).toEpochDay();
        } catch (DateTimeParseException e) {
          throw rc.error(3, "expected a date YYYY-MM-DD");
        }
      }
      unres[n] = rc.isBlank(4) ? "" : rc.text(4).strip();
      symbol[n] = resolutionSymbol(unres[n]).orElse(null);
      amend[n] = rc.flag(5);
      para[n] = rc.flag(6);
      shortTitle[n] = rc.isMissing(7) ? "" : rc.text(7).strip();
      descr[n] = rc.isMissing(8) ? "" : rc.text(8);
      n++;
    }
    int words = (n + 63) >>> 6;

    // issues
    Map<String, long[]> issueBits = new LinkedHashMap<>();
    Map<String, String> issueNames = new LinkedHashMap<>();
    while (is.next()) {
      Integer i = index.get(is.integer(0));
      if (i == null) {
        throw is.error(0, "no such rcid in " + ROLL_CALLS_FILE);
      }
      if (is.isBlank(1)) {
        throw is.error(1, "expected an issue code");
      }
      String code = is.text(1);
      issueNames.putIfAbsent(code, is.isBlank(2) ? code : is.text(2));
      issueBits.computeIfAbsent(code, k -> new long[words])[i >>> 6] |= 1L << i;
    }

    // ballots
    Map<String, VoterSlot> slots = new HashMap<>();
    Map<State, long[]> seats = new HashMap<>();
    long ballots = 0;
    int lastRcid = Integer.MIN_VALUE;
    int i = -1;
    VoterSlot previous = null;
    VoterSlot firstOfRollCall = null;
    while (bs.next()) {
      int id = bs.integer(0);
      if (id != lastRcid) {
        previous = null;
        Integer at = index.get(id);
        if (at == null) {
          throw bs.error(0, "no such rcid in " + ROLL_CALLS_FILE);
        }
        i = at;
        lastRcid = id;
      }
      String country = bs.text(1);
      // rows list a roll call's voters in much the same order each time: try the voter that
      // followed the previous one last time before hashing the name
      VoterSlot predicted = previous == null ? firstOfRollCall : previous.next;
      VoterSlot slot = predicted != null && predicted.name.equals(country) ? predicted : slots.get(country);
      String codeText = bs.isBlank(2) ? null : bs.text(2);
      if (slot == null) {
        if (bs.isBlank(1)) {
          throw bs.error(1, "expected a country name");
        }
        Optional<String> code = Optional.ofNullable(codeText);
        State state = state(bs, country, code);
        slot = new VoterSlot(country, code, state, words, seats.computeIfAbsent(state, s -> new long[words]));
        slots.put(country, slot);
      } else if (codeText == null ? slot.codeText != null : !codeText.equals(slot.codeText)) {
        throw bs.error(2, country + " has code " + slot.code.orElse("NA") + " in earlier rows");
      }
      int w = i >>> 6;
      long bit = 1L << i;
      if ((slot.seat[w] & bit) != 0) {
        throw bs.error(1, "a second ballot for " + slot.state.alpha3() + " in roll call " + id);
      }
      slot.seat[w] |= bit;
      String vote = bs.text(3);
      if (vote.length() == 3 && vote.equals("yes")) {
        slot.lo[w] |= bit;
      } else if (vote.length() == 2 && vote.equals("no")) {
        slot.hi[w] |= bit;
      } else if (vote.length() == 7 && vote.equals("abstain")) {
        slot.hi[w] |= bit;
        slot.lo[w] |= bit;
      } else {
        throw bs.error(3, "expected yes, no or abstain");
      }
      if (previous == null) {
        firstOfRollCall = slot;
      } else {
        previous.next = slot;
      }
      previous = slot;
      ballots++;
    }

    List<VoterSlot> ordered = new ArrayList<>(slots.values());
    ordered.sort((a, b) -> a.name.compareTo(b.name));
    List<Voter> voters = new ArrayList<>();
    long[][] hi = new long[ordered.size()][];
    long[][] lo = new long[ordered.size()][];
    for (int v = 0; v < ordered.size(); v++) {
      VoterSlot s = ordered.get(v);
      voters.add(new Voter(v, s.name, s.code, s.state));
      hi[v] = s.hi;
      lo[v] = s.lo;
    }
    return new VoteRecord(n, Arrays.copyOf(rcid, n), Arrays.copyOf(session, n), Arrays.copyOf(epochDay, n),
        Arrays.copyOf(important, n), Arrays.copyOf(amend, n), Arrays.copyOf(para, n), Arrays.copyOf(unres, n),
        Arrays.copyOf(symbol, n), Arrays.copyOf(shortTitle, n), Arrays.copyOf(descr, n), issueBits, issueNames,
        voters, hi, lo, ballots);
  }

  private static State state(CsvRows bs, String country, Optional<String> code) {
    Optional<State> state = code.flatMap(States::byCode);
    if (state.isEmpty() && code.isPresent() && SEATS.containsKey(code.get())) {
      state = States.byAlpha3(SEATS.get(code.get()));
    }
    if (state.isEmpty()) {
      state = States.byName(country);
    }
    if (state.isEmpty()) {
      throw code.isPresent()
          ? bs.error(2, "no state in the registry has this code (country '" + country + "')")
          : bs.error(1, "no state in the registry has this name");
    }
    return state.get();
  }

  /**
   * Reads the resolution symbol in an {@code unres} cell, where it is a UN document symbol.
   *
   * @param unres  the cell, not null
   * @return the symbol, or empty for the data set's own codes ({@code R/1/66}) and empty cells
   */
  static Optional<DocumentSymbol> resolutionSymbol(String unres) {
    if (!unres.startsWith("A/")) {
      return Optional.empty();
    }
    return DocumentSymbol.tryParse(unres).filter(DocumentSymbol::isResolution);
  }

  /**
   * Opens a file as UTF-8 text.
   *
   * @param path  the file
   * @return the reader
   * @throws UncheckedIOException  if it cannot be opened
   */
  static Reader reader(Path path) {
    try {
      return Files.newBufferedReader(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
