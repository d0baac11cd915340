package org.unrights.votes;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV table row by row with FastCSV, keeping for each field its characters (no string is
 * built unless asked for), whether it was quoted (readr writes a missing value as a bare {@code NA}
 * and the text "NA" as {@code "NA"}), and the line where each row starts. Not thread-safe; one
 * instance per file or part of a file.
 *
 * <p>FastCSV reads an unterminated quoted field at the end of its input as a field that runs to the
 * end. To tell that apart, every input is read with an end marker appended ({@code "\n\0"}): after
 * a well-formed table the marker is a row of its own (one bare field, NUL); after an unclosed quote
 * it is swallowed by the quoted field, which then ends with the marker, and the table is rejected.
 * Empty lines are skipped.
 */
final class CsvRows implements Closeable {

  /** Appended to every input; see the class comment. */
  private static final String END = "\n\0";

  /** Copies each field's characters into the row's buffers. */
  private final class Handler extends AbstractBaseCsvCallbackHandler<CsvRows> {
    @Override
    protected void handleBegin(long startingLineNumber) {
      line = startingLineNumber + lineOffset;
      fields = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean isQuoted) {
      fields = index + 1;
      if (index < width) {
        char[] c = chars[index];
        if (c.length < len) {
          c = chars[index] = new char[Math.max(len, c.length * 2)];
        }
        int high = 0;
        for (int i = 0; i < len; i++) {
          char ch = buf[offset + i];
          c[i] = ch;
          high |= ch;
        }
        if (bytesAsChars && high >= 0x80) {
          len = decodeUtf8(index, len);
        }
        lengths[index] = len;
        quoted[index] = isQuoted;
        text[index] = null;
      }
    }

    @Override
    protected CsvRows buildRecord() {
      return CsvRows.this;
    }
  }

  private final String file;
  private final List<String> header;
  private final int width;
  private final char[][] chars;
  private final int[] lengths;
  private final boolean[] quoted;
  private final String[] text;
  private final CsvReader<CsvRows> reader;
  private final CloseableIterator<CsvRows> rows;
  private final long lineOffset;
  /** Whether the parser sees the input's bytes as characters (see {@link ByteCharReader}). */
  private final boolean bytesAsChars;
  private long line;
  private int fields;
  private boolean ended;

  private CsvRows(String file, List<String> header, long lineOffset, Reader in) {
    this(file, header, lineOffset, null, in);
  }

  private CsvRows(String file, List<String> header, long lineOffset, InputStream in, Reader r) {
    this.file = file;
    this.header = List.copyOf(header);
    this.width = header.size();
    this.chars = new char[width][16];
    this.lengths = new int[width];
    this.quoted = new boolean[width];
    this.text = new String[width];
    this.lineOffset = lineOffset;
    CsvReader.CsvReaderBuilder builder = CsvReader.builder()
        .allowExtraFields(true)     // the field count is checked here, naming the column
        .allowMissingFields(true)
        .skipEmptyLines(true);
    this.bytesAsChars = in != null;
    this.reader = builder.build(new Handler(), in != null ? new EndMarkedReader(new ByteCharReader(new BufferedInputStream(in, 1 << 16))) : new EndMarkedReader(r));
    this.rows = reader.iterator();
  }

  /**
   * Re-reads a field that the parser saw as bytes-as-characters and that holds non-ASCII bytes as
   * UTF-8 (malformed sequences become U+FFFD, as with a decoding reader).
   *
   * @return the field's length in characters
   */
  private int decodeUtf8(int index, int len) {
    char[] c = chars[index];
    byte[] bytes = new byte[len];
    for (int i = 0; i < len; i++) {
      bytes[i] = (byte) c[i];
    }
    String decoded = new String(bytes, StandardCharsets.UTF_8);
    decoded.getChars(0, decoded.length(), c, 0);
    return decoded.length();
  }

  /**
   * Hands a UTF-8 byte stream to the parser one byte per character (wrapped in an
   * {@link EndMarkedReader}); skips a UTF-8 byte order mark.
   *
   * <p>UTF-8 is ASCII-transparent: every byte of a multi-byte sequence is 0x80 or above, so the
   * separators, quotes and line breaks the parser looks for are found at the same places as in the
   * decoded text, and each field's bytes are decoded afterwards ({@link #decodeUtf8}) only when a
   * byte is 0x80 or above. This spares decoding the whole file (most fields are ASCII).
   */
  private static final class ByteCharReader extends Reader {
    private final InputStream in;
    private byte[] bytes = new byte[0];
    private boolean started;

    ByteCharReader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (bytes.length < len) {
        bytes = new byte[len];
      }
      while (true) {
        int n = in.readNBytes(bytes, 0, len);
        if (n == 0) {
          return -1;
        }
        int from = 0;
        if (!started) {
          started = true;
          if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            from = 3;
          }
        }
        if (n > from) {
          for (int i = from; i < n; i++) {
            buf[off + i - from] = (char) (bytes[i] & 0xff);
          }
          return n - from;
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** A reader that yields its delegate's text, then {@link #END}. */
  private static final class EndMarkedReader extends Reader {
    private final Reader in;
    private int end = -1;

    EndMarkedReader(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (end < 0) {
        int n = in.read(buf, off, len);
        if (n >= 0) {
          return n;
        }
        end = 0;
      }
      if (end == END.length()) {
        return -1;
      }
      int n = Math.min(len, END.length() - end);
      END.getChars(end, end + n, buf, off);
      end += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Opens a table and checks its header.
   *
   * @param path  the file
   * @param header  the expected header, in order
   * @return the rows, positioned before the first data row
   * @throws VoteDataFormatException  if the header differs
   * @throws UncheckedIOException  if the file cannot be read
   */
  static CsvRows open(Path path, List<String> header) {
    String file = path.getFileName().toString();
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return open(file, in, header, 0, true);
  }

  /**
   * Opens a part of a table: rows from a byte stream that may start after the header.
   *
   * @param file  the file name, for messages
   * @param in  the bytes (UTF-8), closed with the rows
   * @param header  the table's header, in order
   * @param lineOffset  the number of lines before the stream's first line
   * @param withHeader  whether the stream starts with the header (then it is checked)
   * @return the rows, positioned before the first data row
   * @throws VoteDataFormatException  if the header differs
   */
  static CsvRows open(String file, InputStream in, List<String> header, long lineOffset, boolean withHeader) {
    CsvRows rows;
    try {
      rows = new CsvRows(file, header, lineOffset, in, null);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return withHeader ? rows.start() : rows;
  }

  /**
   * Opens a table from a reader and checks its header.
   *
   * @param file  the file name, for messages
   * @param reader  the text
   * @param header  the expected header, in order
   * @return the rows, positioned before the first data row
   * @throws VoteDataFormatException  if the header differs
   */
  static CsvRows open(String file, Reader reader, List<String> header) {
    return new CsvRows(file, header, 0, reader).start();
  }

  private CsvRows start() {
    try {
      if (!fetch()) {
        throw new VoteDataFormatException(file, 1, 0, "", "", "the file is empty", null);
      }
      List<String> seen = new ArrayList<>();
      for (int c = 0; c < Math.min(fields, width); c++) {
        seen.add(text(c));
      }
      if (fields != width || !seen.equals(header)) {
        throw new VoteDataFormatException(file, line, 0, "", String.join(",", seen)
            + (fields > width ? ",..." : ""), "the header must be " + String.join(",", header), null);
      }
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Reads the next record, telling the end marker from data; false at the end. */
  private boolean fetch() {
    if (ended) {
      return false;
    }
    try {
      if (!rows.hasNext()) {
        // the end marker is always a record of its own unless a quote swallowed it
        throw new VoteDataFormatException(file, line, 0, "", "", "not valid CSV: the input ended inside a quoted field", null);
      }
      rows.next();
    } catch (CsvParseException e) {
      Throwable why = e.getCause() != null ? e.getCause() : e;
      int column = Math.min(fields, width - 1) + 1;
      throw new VoteDataFormatException(file, line, column, header.get(column - 1), "",
          "not valid CSV: " + why.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getCause().getMessage(), e.getCause());
    }
    if (fields == 1 && lengths[0] == 1 && !quoted[0] && chars[0][0] == '\0') {
      ended = true;
      return false;
    }
    int last = Math.min(fields, width) - 1;
    if (last >= 0 && quoted[last] && endsWithMarker(last)) {
      throw new VoteDataFormatException(file, line, last + 1, header.get(last), "",
          "not valid CSV: a quoted field is not closed before the end of the file", null);
    }
    return true;
  }

  private boolean endsWithMarker(int column) {
    int n = lengths[column];
    return n >= END.length() && chars[column][n - 1] == END.charAt(1) && chars[column][n - 2] == END.charAt(0);
  }

  /**
   * Reads the next row.
   *
   * @return false at the end of the table
   * @throws VoteDataFormatException  if the row has too few or too many fields or is not valid CSV
   */
  boolean next() {
    if (!fetch()) {
      return false;
    }
    if (fields != width) {
      int column = Math.min(fields, width) + 1;
      throw new VoteDataFormatException(file, line, column,
          column <= header.size() ? header.get(column - 1) : "", "",
          "expected " + width + " fields, found " + fields, null);
    }
    return true;
  }

  /** Returns the text of a field of the current row (a bare NA is the text "NA"). */
  String text(int column) {
    String s = text[column];
    if (s == null) {
      s = text[column] = new String(chars[column], 0, lengths[column]);
    }
    return s;
  }

  /** Tells whether a field of the current row has exactly this text, without building a string. */
  boolean is(int column, String s) {
    int n = lengths[column];
    if (s.length() != n) {
      return false;
    }
    char[] c = chars[column];
    for (int i = 0; i < n; i++) {
      if (c[i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether a field of the current row has exactly these characters. */
  boolean is(int column, char[] s) {
    int n = s.length;
    if (lengths[column] != n) {
      return false;
    }
    char[] c = chars[column];
    for (int i = 0; i < n; i++) {
      if (c[i] != s[i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the number of characters of a field of the current row. */
  int length(int column) {
    return lengths[column];
  }

  /** Returns a character of a field of the current row. */
  char charAt(int column, int index) {
    return chars[column][index];
  }

  /** Tells whether a field of the current row is a bare {@code NA}, readr's missing value. */
  boolean isMissing(int column) {
    return !quoted[column] && lengths[column] == 2 && chars[column][0] == 'N' && chars[column][1] == 'A';
  }

  /** Tells whether a field of the current row is a bare {@code NA} or empty. */
  boolean isBlank(int column) {
    return lengths[column] == 0 || isMissing(column);
  }

  /** Returns the line where the current row starts. */
  long line() {
    return line;
  }

  /** Returns the file name. */
  String file() {
    return file;
  }

  /**
   * Builds an exception naming a field of the current row.
   *
   * @param column  the column, from 0
   * @param rule  what was expected
   * @return the exception, to throw
   */
  VoteDataFormatException error(int column, String rule) {
    return new VoteDataFormatException(file, line, column + 1, header.get(column), text(column), rule, null);
  }

  /**
   * Parses a non-negative decimal integer field.
   *
   * @param column  the column, from 0
   * @return the value
   * @throws VoteDataFormatException  if the field is not such a number
   */
  int integer(int column) {
    int n = lengths[column];
    if (n == 0 || n > 9) {
      throw error(column, "expected a whole number");
    }
    char[] s = chars[column];
    int v = 0;
    for (int i = 0; i < n; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        throw error(column, "expected a whole number");
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Parses a 0/1 flag, where a bare NA is missing.
   *
   * @param column  the column, from 0
   * @return 1, 0, or -1 when missing
   * @throws VoteDataFormatException  if the field is something else
   */
  byte flag(int column) {
    if (isBlank(column)) {
      return -1;
    }
    if (lengths[column] == 1 && (chars[column][0] == '0' || chars[column][0] == '1')) {
      return (byte) (chars[column][0] - '0');
    }
    throw error(column, "expected 0, 1 or NA");
  }

  @Override
  public void close() {
    Arrays.fill(text, null);
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}
