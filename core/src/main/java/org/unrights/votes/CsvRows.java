package org.unrights.votes;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.InputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV table row by row with Jackson's CSV module, keeping for each field whether it was
 * quoted (readr writes a missing value as a bare {@code NA} and the text "NA" as {@code "NA"}),
 * and the line where each row starts. Not thread-safe; one instance per file.
 */
final class CsvRows implements Closeable {

  /** Exposes the decoder's quoted flag, which {@link CsvParser} keeps but does not publish. */
  private static final class QuoteAwareParser extends CsvParser {
    QuoteAwareParser(IOContext ctxt, int stdFeatures, int csvFeatures, Reader reader) {
      super(ctxt, stdFeatures, csvFeatures, null, reader);
    }

    boolean isCurrentTokenQuoted() {
      return _reader.isCurrentTokenQuoted();
    }

    /** The decoder's line of the current position, without allocating a location. */
    int currentRow() {
      return _reader.getCurrentRow();
    }
  }

  /** Creates {@link QuoteAwareParser}s. */
  private static final class QuoteAwareFactory extends CsvFactory {
    private static final long serialVersionUID = 1L;

    @Override
    protected CsvParser _createParser(Reader r, IOContext ctxt) {
      return new QuoteAwareParser(ctxt, _parserFeatures, _csvParserFeatures, r);
    }

    @Override
    protected CsvParser _createParser(InputStream in, IOContext ctxt) throws IOException {
      // the factory's own UTF-8 decoder, faster than an InputStreamReader
      return new QuoteAwareParser(ctxt, _parserFeatures, _csvParserFeatures,
          _createReader(in, JsonEncoding.UTF8, ctxt));
    }
  }

  private static final QuoteAwareFactory FACTORY = new QuoteAwareFactory();

  private final String file;
  private final List<String> header;
  private final QuoteAwareParser parser;
  private final String[] text;
  private final boolean[] quoted;
  private long line;

  private CsvRows(String file, JsonParser parser, List<String> header) {
    this.file = file;
    this.header = List.copyOf(header);
    this.parser = (QuoteAwareParser) parser;
    this.parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    this.text = new String[header.size()];
    this.quoted = new boolean[header.size()];
  }

  /**
   * Opens a table and checks its header.
   *
   * @param path  the file
   * @param header  the expected header, in order
   * @return the rows, positioned before the first data row
   * @throws VoteDataFormatException  if the header differs
   */
  static CsvRows open(Path path, List<String> header) {
    String file = path.getFileName().toString();
    try {
      InputStream in = Files.newInputStream(path);
      CsvRows rows;
      try {
        rows = new CsvRows(file, FACTORY.createParser(in), header);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
      return rows.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
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
  static CsvRows open(String file, Reader reader, List<String> header) throws IOException {
    return new CsvRows(file, FACTORY.createParser(reader), header).start();
  }

  private CsvRows start() throws IOException {
    CsvRows rows = this;
    try {
      if (rows.parser.nextToken() != JsonToken.START_ARRAY) {
        throw new VoteDataFormatException(file, 1, 0, "", "", "the file is empty", null);
      }
      List<String> seen = rows.readRaw();
      if (seen == null || !seen.equals(header)) {
        throw new VoteDataFormatException(file, 1, 0, "", seen == null ? "" : String.join(",", seen),
            "the header must be " + String.join(",", header), null);
      }
      return rows;
    } catch (RuntimeException | IOException e) {
      rows.close();
      throw e;
    }
  }

  private List<String> readRaw() throws IOException {
    JsonToken t = parser.nextToken();
    if (t != JsonToken.START_ARRAY) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
      cells.add(parser.getText());
    }
    return cells;
  }

  /**
   * Reads the next row.
   *
   * @return false at the end of the table
   * @throws VoteDataFormatException  if the row has too few or too many fields or is not valid CSV
   */
  boolean next() {
    try {
      JsonToken t = parser.nextToken();
      if (t != JsonToken.START_ARRAY) {
        return false;
      }
      int n = 0;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (n == 0) {
          line = parser.currentRow();
        }
        if (n < text.length) {
          text[n] = parser.getText();
          quoted[n] = parser.isCurrentTokenQuoted();
        }
        n++;
      }
      if (n == 0) {
        line = parser.currentTokenLocation().getLineNr();
      }
      if (n != text.length) {
        int column = Math.min(n, text.length) + 1;
        throw new VoteDataFormatException(file, line, column,
            column <= header.size() ? header.get(column - 1) : "", "",
            "expected " + text.length + " fields, found " + n, null);
      }
      return true;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new VoteDataFormatException(file, at == null ? line : at.getLineNr(),
          at == null ? 0 : Math.max(0, at.getColumnNr()), "", "", "not valid CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Returns the text of a field of the current row (a bare NA is the text "NA"). */
  String text(int column) {
    return text[column];
  }

  /** Tells whether a field of the current row is a bare {@code NA}, readr's missing value. */
  boolean isMissing(int column) {
    return !quoted[column] && "NA".equals(text[column]);
  }

  /** Tells whether a field of the current row is a bare {@code NA} or empty. */
  boolean isBlank(int column) {
    return isMissing(column) || text[column].isEmpty();
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
    return new VoteDataFormatException(file, line, column + 1, header.get(column), text[column], rule, null);
  }

  /**
   * Parses a non-negative decimal integer field.
   *
   * @param column  the column, from 0
   * @return the value
   * @throws VoteDataFormatException  if the field is not such a number
   */
  int integer(int column) {
    String s = text[column];
    int n = s.length();
    if (n == 0 || n > 9) {
      throw error(column, "expected a whole number");
    }
    int v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
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
    switch (text[column]) {
      case "0":
        return 0;
      case "1":
        return 1;
      default:
        throw error(column, "expected 0, 1 or NA");
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}
