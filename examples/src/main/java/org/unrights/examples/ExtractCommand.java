package org.unrights.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unrights.corpus.MalformedUtf8Exception;
import org.unrights.corpus.StrictUtf8;
import org.unrights.extract.Extraction;
import org.unrights.extract.Extractor;
import org.unrights.model.AdoptedByConsensus;
import org.unrights.model.AdoptedWithoutVote;
import org.unrights.model.Evidence;
import org.unrights.model.InvalidValueException;
import org.unrights.model.Outcome;
import org.unrights.model.PartialDate;
import org.unrights.model.Step;
import org.unrights.model.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the extractor on text files and prints one JSON object per proposed step, one a line.
 *
 * <p>Each line has exactly the fields {@code doc, type, actor, state, date, adoption, yes, no,
 * abstain, symbol, person, confidence, start, end, quote}, {@code null} where the text does not
 * state them. A FILE of {@code -} reads standard input.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Propose typed steps (with evidence) from news, NGO or UN texts: one JSON object per step per line.")
public final class ExtractCommand implements Callable<Integer> {

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "The texts' publication date, the frame for relative dates (\"on Thursday\", \"last March\"); "
          + "YYYY or YYYY-MM are accepted too.")
  String published;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files, UTF-8 (or UTF-16 with a byte order mark); - reads standard input.")
  List<String> files = new ArrayList<>();

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Optional<PartialDate> date;
    try {
      date = published == null ? Optional.empty() : Optional.of(PartialDate.parse(published));
    } catch (InvalidValueException e) {
      System.err.println("extract: --published: " + e.getMessage());
      return 2;
    }
    int status = 0;
    for (String file : files) {
      String text;
      String doc = file.equals("-") ? "-" : Paths.get(file).getFileName().toString();
      try {
        text = decode(file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file)));
      } catch (CharacterCodingException e) {
        System.err.println("extract: " + file + " " + e.getMessage()
            + "; convert it to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8)");
        status = 1;
        continue;
      } catch (IOException | RuntimeException e) {
        System.err.println("extract: cannot read " + file + ": " + e.getMessage());
        status = 1;
        continue;
      }
      Extraction x = Extractor.standard().extract(sourceId(doc), text, date);
      for (Step step : x.steps()) {
        out.println(line(doc, step, x.personName(step)));
      }
    }
    return status;
  }

  /**
   * Decodes a file's bytes: UTF-16 when it starts with a UTF-16 byte order mark, else strict UTF-8
   * (a UTF-8 byte order mark is kept as the text's first character, so offsets count it).
   *
   * @throws CharacterCodingException  naming the first malformed byte and its offset
   */
  static String decode(byte[] bytes) throws CharacterCodingException {
    if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
        || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    try {
      return StrictUtf8.decode(bytes);
    } catch (MalformedUtf8Exception e) {
      throw new NotUtf8Exception(String.format(java.util.Locale.ROOT, "is not UTF-8: %s (line %d)",
          e.getMessage(), e.line()));
    }
  }

  private static String sourceId(String doc) {
    String id = doc.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    return id.isBlank() || id.equals("-") ? "stdin" : id;
  }

  /**
   * Formats one step as the command's JSON line.
   *
   * @param doc  the document's file name
   * @param step  the step
   * @param person  the person the step names, as written
   * @return the JSON object, on one line
   */
  String line(String doc, Step step, Optional<String> person) {
    ObjectNode o = mapper.createObjectNode();
    o.put("doc", doc);
    o.put("type", step.type().id());
    o.put("actor", step.actor().map(a -> a.id()).orElse(null));
    o.put("state", step.subjectState().map(s -> s.alpha3()).orElse(null));
    o.put("date", step.date().map(PartialDate::toString).orElse(null));
    o.put("adoption", step.outcome().map(ExtractCommand::adoption).orElse(null));
    Optional<Tally> tally = step.tally();
    putInt(o, "yes", tally.map(Tally::yes));
    putInt(o, "no", tally.map(Tally::no));
    putInt(o, "abstain", tally.map(Tally::abstain));
    o.put("symbol", step.symbol().map(Object::toString).orElse(null));
    o.put("person", person.orElse(null));
    if (step.confidence().isPresent()) {
      o.put("confidence", step.confidence().getAsDouble());
    } else {
      o.putNull("confidence");
    }
    Optional<Evidence> e = step.evidence().stream().findFirst();
    putInt(o, "start", e.map(Evidence::start));
    putInt(o, "end", e.map(Evidence::end));
    o.put("quote", e.map(Evidence::quote).orElse(null));
    try {
      return mapper.writeValueAsString(o);
    } catch (IOException ex) {
      throw new IllegalStateException("cannot write JSON", ex);
    }
  }

  private static void putInt(ObjectNode o, String field, Optional<Integer> value) {
    if (value.isPresent()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }

  /** "recorded-vote", "without-vote", "consensus", or null when the mode is not stated. */
  private static String adoption(Outcome outcome) {
    if (outcome.recordedTally().isPresent()) {
      return "recorded-vote";
    }
    if (outcome instanceof AdoptedWithoutVote) {
      return "without-vote";
    }
    if (outcome instanceof AdoptedByConsensus) {
      return "consensus";
    }
    return null;
  }

  /** A file that is not UTF-8, with the first malformed byte in its message. */
  static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    NotUtf8Exception(String message) {
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
