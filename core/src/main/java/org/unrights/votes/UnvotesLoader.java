package org.unrights.votes;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.State;
import org.unrights.model.States;

/**
 * Loads the UN General Assembly roll-call tables in the Voeten/unvotes layout ({@code unvotes.csv},
 * {@code roll_calls.csv}, {@code issues.csv}, as written by R's readr) into a {@link VoteRecord}.
 *
 * <p>The files are streamed with FastCSV ({@code de.siegmar:fastcsv}); loading is all-or-nothing: a
 * malformed row fails with a {@link VoteDataFormatException} naming the file, line, column and value.
 * {@link #load(Path)} reads unvotes.csv in parts on up to 4 threads (the available processors);
 * {@link #load(Path, int)} sets the number, 1 for the calling thread only.
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
    return load(ballots, rollCalls, issues, defaultThreads(), MIN_PART_BYTES);
  }

  /**
   * Loads the three tables from a folder, reading unvotes.csv on up to {@code threads} threads.
   *
   * <p>With more than one thread the ballots file is cut at line breaks into up to 4 parts per thread,
   * of at least 2 MiB each; the threads read the parts with FastCSV, each taking the next unread
   * part, and the parts are merged; should any part
   * fail (a malformed row, a split inside a quoted field) or the parts disagree, the file is read
   * again in one pass, so errors and results are exactly those of a one-thread load.
   *
   * @param dir  the folder holding unvotes.csv, roll_calls.csv and issues.csv, not null
   * @param threads  the most threads to use, at least 1 (1 = read on the calling thread only)
   * @return the record, not null
   * @throws IllegalArgumentException  if threads is less than 1
   * @throws VoteDataFormatException  if a row is malformed
   * @throws UncheckedIOException  if a file cannot be read
   */
  public static VoteRecord load(Path dir, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    return load(dir.resolve(BALLOTS_FILE), dir.resolve(ROLL_CALLS_FILE), dir.resolve(ISSUES_FILE), threads,
        MIN_PART_BYTES);
  }

  /** The threads {@link #load(Path)} uses: the available processors, at most 4. */
  static int defaultThreads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /** The parts per thread unvotes.csv is cut into, so that threads slowed by other work read fewer. */
  static final int PARTS_PER_THREAD = 4;

  /** The smallest part of unvotes.csv worth reading apart. */
  static final long MIN_PART_BYTES = 2L << 20;

  static VoteRecord load(Path ballots, Path rollCalls, Path issues, int threads, long minPartBytes) {
    RollCalls rc;
    try (CsvRows rcRows = CsvRows.open(rollCalls, ROLL_CALLS_HEADER);
        CsvRows is = CsvRows.open(issues, ISSUES_HEADER)) {
      rc = readRollCalls(rcRows, is);
    }
    if (threads > 1) {
      long size;
      try {
        size = Files.size(ballots);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + ballots, e);
      }
      int parts = (int) Math.min((long) threads * PARTS_PER_THREAD, size / Math.max(1, minPartBytes));
      if (parts > 1) {
        Optional<Ballots> b = readInParts(ballots, rc, threads, parts);
        if (b.isPresent()) {
          return assemble(rc, b.get());
        }
      }
    }
    try (CsvRows bs = CsvRows.open(ballots, BALLOTS_HEADER)) {
      return assemble(rc, new Ballots().read(bs, rc));
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
    }
  }

  private static final class VoterSlot {
    final String name;
    final char[] nameChars;
    final Optional<String> code;
    final String codeText;
    final char[] codeChars;
    final State state;
    final long[] hi;
    final long[] lo;
    final long[] seat;
    VoterSlot next;

    VoterSlot(String name, Optional<String> code, State state, int words, long[] seat) {
      this.name = name;
      this.nameChars = name.toCharArray();
      this.code = code;
      this.codeText = code.orElse(null);
      this.codeChars = code.map(String::toCharArray).orElse(null);
      this.state = state;
      this.hi = new long[words];
      this.lo = new long[words];
      this.seat = seat;
    }
  }

  /** The roll calls and issues: what the ballots are read against. */
  private static final class RollCalls {
    int n;
    int words;
    int[] rcid;
    int[] session;
    int[] epochDay;
    byte[] important;
    byte[] amend;
    byte[] para;
    String[] unres;
    DocumentSymbol[] symbol;
    String[] shortTitle;
    String[] descr;
    final Map<Integer, Integer> index = new HashMap<>();
    final Map<String, long[]> issueBits = new LinkedHashMap<>();
    final Map<String, String> issueNames = new LinkedHashMap<>();
  }

  private static RollCalls readRollCalls(CsvRows rc, CsvRows is) {
    RollCalls r = new RollCalls();
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
    Map<Integer, Integer> index = r.index;
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
    while (is.next()) {
      Integer i = index.get(is.integer(0));
      if (i == null) {
        throw is.error(0, "no such rcid in " + ROLL_CALLS_FILE);
      }
      if (is.isBlank(1)) {
        throw is.error(1, "expected an issue code");
      }
      String code = is.text(1);
      r.issueNames.putIfAbsent(code, is.isBlank(2) ? code : is.text(2));
      r.issueBits.computeIfAbsent(code, k -> new long[words])[i >>> 6] |= 1L << i;
    }
    r.n = n;
    r.words = words;
    r.rcid = rcid;
    r.session = session;
    r.epochDay = epochDay;
    r.important = important;
    r.amend = amend;
    r.para = para;
    r.unres = unres;
    r.symbol = symbol;
    r.shortTitle = shortTitle;
    r.descr = descr;
    return r;
  }

  /** The ballots of unvotes.csv, or of one part of it: each voter's bit planes and seat planes. */
  private static final class Ballots {
    final Map<String, VoterSlot> slots = new HashMap<>();
    final Map<State, long[]> seats = new HashMap<>();
    long count;

    /**
     * Reads ballot rows.
     *
     * @throws VoteDataFormatException  if a row is malformed or repeats a ballot seen in these rows
     */
    Ballots read(CsvRows bs, RollCalls rc) {
      int words = rc.words;
      int lastRcid = Integer.MIN_VALUE;
      int i = -1;
      VoterSlot previous = null;
      VoterSlot firstOfRollCall = null;
      while (bs.next()) {
        int id = bs.integer(0);
        if (id != lastRcid) {
          previous = null;
          Integer at = rc.index.get(id);
          if (at == null) {
            throw bs.error(0, "no such rcid in " + ROLL_CALLS_FILE);
          }
          i = at;
          lastRcid = id;
        }
        // rows list a roll call's voters in much the same order each time: try the voter that
        // followed the previous one last time before building the name and hashing it
        VoterSlot predicted = previous == null ? firstOfRollCall : previous.next;
        VoterSlot slot = predicted != null && bs.is(1, predicted.nameChars) ? predicted : slots.get(bs.text(1));
        boolean noCode = bs.isBlank(2);
        if (slot == null) {
          if (bs.isBlank(1)) {
            throw bs.error(1, "expected a country name");
          }
          String country = bs.text(1);
          Optional<String> code = noCode ? Optional.empty() : Optional.of(bs.text(2));
          State state = state(bs, country, code);
          slot = new VoterSlot(country, code, state, words, seats.computeIfAbsent(state, s -> new long[words]));
          slots.put(country, slot);
        } else if (noCode ? slot.codeChars != null : slot.codeChars == null || !bs.is(2, slot.codeChars)) {
          throw bs.error(2, slot.name + " has code " + slot.code.orElse("NA") + " in earlier rows");
        }
        int w = i >>> 6;
        long bit = 1L << i;
        if ((slot.seat[w] & bit) != 0) {
          throw bs.error(1, "a second ballot for " + slot.state.alpha3() + " in roll call " + id);
        }
        slot.seat[w] |= bit;
        switch (vote(bs)) {
          case YES:
            slot.lo[w] |= bit;
            break;
          case NO:
            slot.hi[w] |= bit;
            break;
          case ABSTAIN:
            slot.hi[w] |= bit;
            slot.lo[w] |= bit;
            break;
          default:
            throw bs.error(3, "expected yes, no or abstain");
        }
        if (previous == null) {
          firstOfRollCall = slot;
        } else {
          previous.next = slot;
        }
        previous = slot;
        count++;
      }
      return this;
    }

    private static final int YES = 1;
    private static final int NO = 2;
    private static final int ABSTAIN = 3;

    /** Reads the vote column without building a string: YES, NO, ABSTAIN or 0 for anything else. */
    private static int vote(CsvRows bs) {
      switch (bs.length(3)) {
        case 3:
          return bs.charAt(3, 0) == 'y' && bs.is(3, "yes") ? YES : 0;
        case 2:
          return bs.charAt(3, 0) == 'n' && bs.is(3, "no") ? NO : 0;
        case 7:
          return bs.charAt(3, 0) == 'a' && bs.is(3, "abstain") ? ABSTAIN : 0;
        default:
          return 0;
      }
    }

    /**
     * Adds the ballots of another part of the file.
     *
     * @return false if the parts disagree (a voter's code, or two ballots for one seat): the caller
     *     then reads the file in one pass, which names the row at fault
     */
    boolean merge(Ballots other) {
      for (Map.Entry<State, long[]> e : other.seats.entrySet()) {
        long[] mine = seats.get(e.getKey());
        if (mine == null) {
          seats.put(e.getKey(), e.getValue());
          continue;
        }
        long[] theirs = e.getValue();
        for (int w = 0; w < mine.length; w++) {
          if ((mine[w] & theirs[w]) != 0) {
            return false;
          }
          mine[w] |= theirs[w];
        }
      }
      for (VoterSlot s : other.slots.values()) {
        VoterSlot mine = slots.get(s.name);
        if (mine == null) {
          slots.put(s.name, s);
        } else if (!Objects.equals(mine.codeText, s.codeText)) {
          return false;
        } else {
          for (int w = 0; w < mine.hi.length; w++) {
            mine.hi[w] |= s.hi[w];
            mine.lo[w] |= s.lo[w];
          }
        }
      }
      count += other.count;
      return true;
    }
  }

  private static VoteRecord read(CsvRows rcRows, CsvRows is, CsvRows bs) {
    RollCalls rc = readRollCalls(rcRows, is);
    return assemble(rc, new Ballots().read(bs, rc));
  }

  private static VoteRecord assemble(RollCalls rc, Ballots b) {
    int n = rc.n;
    List<VoterSlot> ordered = new ArrayList<>(b.slots.values());
    ordered.sort((x, y) -> x.name.compareTo(y.name));
    List<Voter> voters = new ArrayList<>();
    long[][] hi = new long[ordered.size()][];
    long[][] lo = new long[ordered.size()][];
    for (int v = 0; v < ordered.size(); v++) {
      VoterSlot s = ordered.get(v);
      voters.add(new Voter(v, s.name, s.code, s.state));
      hi[v] = s.hi;
      lo[v] = s.lo;
    }
    return new VoteRecord(n, Arrays.copyOf(rc.rcid, n), Arrays.copyOf(rc.session, n),
        Arrays.copyOf(rc.epochDay, n), Arrays.copyOf(rc.important, n), Arrays.copyOf(rc.amend, n),
        Arrays.copyOf(rc.para, n), Arrays.copyOf(rc.unres, n), Arrays.copyOf(rc.symbol, n),
        Arrays.copyOf(rc.shortTitle, n), Arrays.copyOf(rc.descr, n), rc.issueBits, rc.issueNames,
        voters, hi, lo, b.count);
  }

  /**
   * Reads unvotes.csv in parts, each from a line break on, on parallel threads that take the next
   * unread part until none is left (so a thread slowed by other work on the machine reads fewer), and
   * merges them in file order.
   *
   * @return the ballots, or empty if any part failed or the parts disagree (a part boundary inside
   *     a quoted field also makes a part fail): the caller then reads the file in one pass
   */
  private static Optional<Ballots> readInParts(Path file, RollCalls rc, int threads, int parts) {
    long[] bounds;
    try (FileChannel ch = FileChannel.open(file)) {
      bounds = partBounds(ch, parts);
    } catch (IOException e) {
      return Optional.empty();
    }
    int k = bounds.length - 1;
    if (k < 2) {
      return Optional.empty();
    }
    Ballots[] results = new Ballots[k];
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    Runnable worker = () -> {
      int p;
      while (!failed.get() && (p = next.getAndIncrement()) < k) {
        try {
          results[p] = readPart(file, rc, bounds[p], bounds[p + 1], p == 0);
        } catch (IOException | RuntimeException e) {
          failed.set(true);
        } catch (Error e) {
          failed.set(true);
          throw e;
        }
      }
    };
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < Math.min(threads, k); t++) {
      Thread helper = new Thread(worker, "unvotes-reader-" + t);
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    worker.run();
    boolean interrupted = false;
    for (Thread helper : helpers) {
      while (true) {
        try {
          helper.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failed.get()) {
      return Optional.empty();
    }
    Ballots first = results[0];
    for (int p = 1; p < k; p++) {
      if (results[p] == null || !first.merge(results[p])) {
        return Optional.empty();
      }
    }
    return Optional.of(first);
  }

  private static Ballots readPart(Path file, RollCalls rc, long from, long to, boolean withHeader) throws IOException {
    FileChannel ch = FileChannel.open(file);
    try (CsvRows rows = CsvRows.open(file.getFileName().toString(), new RangeInputStream(ch, from, to),
        BALLOTS_HEADER, 0, withHeader)) {
      return new Ballots().read(rows, rc);
    }
  }

  /** Splits a file into about equal parts, each ending just after a line break. */
  private static long[] partBounds(FileChannel ch, int parts) throws IOException {
    long size = ch.size();
    List<Long> bounds = new ArrayList<>();
    bounds.add(0L);
    ByteBuffer buf = ByteBuffer.allocate(4096);
    for (int p = 1; p < parts; p++) {
      long pos = Math.max(size * p / parts, bounds.get(bounds.size() - 1));
      long cut = -1;
      while (cut < 0 && pos < size) {
        buf.clear();
        int n = ch.read(buf, pos);
        if (n <= 0) {
          break;
        }
        for (int j = 0; j < n; j++) {
          if (buf.get(j) == '\n') {
            cut = pos + j + 1;
            break;
          }
        }
        pos += n;
      }
      if (cut > 0 && cut < size) {
        bounds.add(cut);
      }
    }
    bounds.add(size);
    return bounds.stream().mapToLong(Long::longValue).toArray();
  }

  /** The bytes of a file from one offset to another, by positional reads; closes the channel. */
  private static final class RangeInputStream extends InputStream {
    private final FileChannel ch;
    private long pos;
    private final long end;

    RangeInputStream(FileChannel ch, long from, long to) {
      this.ch = ch;
      this.pos = from;
      this.end = to;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos >= end) {
        return -1;
      }
      int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
      if (n > 0) {
        pos += n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      ch.close();
    }
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
