package org.unrights.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.unrights.json.UnrightsJson;
import org.unrights.model.Entity;
import org.unrights.model.Source;
import org.unrights.model.Step;
import org.unrights.record.OfficialRecord;
import org.unrights.record.RecordEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints the official record of the DPRK process: one line (or JSON object) per entity and step,
 * with its symbol, dates, outcome and tally, confidence and sources.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
    description = "Print the official record of the UN process on human rights in the DPRK, every fact with its sources.")
public final class RecordCommand implements Runnable {

  private static final List<String> SYMBOLS = List.of("symbol", "meetingRecord", "outcomeReport");
  private static final List<String> DATES = List.of("adopted", "tabled", "decided", "date", "inscribed", "established",
      "published", "presented", "start");

  @Option(names = "--json", description = "Print JSON: an array with one object per entity.")
  boolean json;

  @Override
  public void run() {
    OfficialRecord record = OfficialRecord.load();
    ArrayNode rows = rows(record);
    if (json) {
      System.out.println(UnrightsJson.writePretty(rows));
      return;
    }
    System.out.printf("The official record: %d entities and steps, %d sources (%d facts verified in an official source)%n",
        rows.size(), record.dossier().sources().size(),
        record.entries().stream().filter(RecordEntry::verified).count());
    for (JsonNode r : rows) {
      StringBuilder line = new StringBuilder();
      line.append(String.format("%-34s %-22s", r.get("id").asText(), r.get("type").asText()));
      for (String f : SYMBOLS) {
        if (r.has(f)) {
          line.append(' ').append(r.get(f).asText());
        }
      }
      for (String f : DATES) {
        if (r.has(f)) {
          line.append(' ').append(f).append('=').append(r.get(f).asText());
        }
      }
      if (r.has("outcome")) {
        line.append(' ').append(r.get("outcome").asText());
      }
      if (r.has("tally")) {
        line.append(' ').append(r.get("tally").asText());
      }
      line.append(" [").append(r.get("confidence").asText()).append(r.get("verified").asBoolean() ? "" : ", unverified")
          .append("; ");
      List<String> ids = new ArrayList<>();
      r.get("sources").forEach(s -> ids.add(s.get("id").asText()));
      line.append(String.join(", ", ids)).append(']');
      System.out.println(line);
    }
  }

  /**
   * Builds one JSON object per entity and step of the record.
   *
   * @param record  the record, not null
   * @return the rows, in the record's order
   */
  static ArrayNode rows(OfficialRecord record) {
    ObjectMapper mapper = UnrightsJson.newMapper();
    ArrayNode rows = mapper.createArrayNode();
    for (Entity e : record.dossier().entities()) {
      JsonNode node = mapper.valueToTree(e);
      ObjectNode row = rows.addObject();
      row.put("id", e.id());
      row.put("type", e instanceof Step ? ((Step) e).type().id() : kebab(e.getClass().getSimpleName().replace("Immutable", "")));
      for (String f : SYMBOLS) {
        if (node.has(f)) {
          row.set(f, node.get(f));
        }
      }
      for (String f : DATES) {
        if (node.has(f)) {
          row.set(f, node.get(f));
        }
      }
      if (node.has("status")) {
        row.set("status", node.get("status"));
      }
      JsonNode outcome = node.path("outcome");
      if (outcome.has("kind")) {
        row.set("outcome", outcome.get("kind"));
      }
      if (outcome.has("tally")) {
        JsonNode t = outcome.get("tally");
        row.put("tally", t.get("yes").asInt() + "-" + t.get("no").asInt() + "-" + t.get("abstain").asInt());
      }
      RecordEntry entry = record.entry(e.id()).orElseThrow();
      row.put("verified", entry.verified());
      row.put("confidence", entry.confidence().id());
      if (!entry.derived().isEmpty()) {
        row.set("derived", mapper.valueToTree(entry.derived()));
      }
      ArrayNode sources = row.putArray("sources");
      for (Source s : record.sourcesOf(e.id())) {
        ObjectNode so = sources.addObject();
        so.put("id", s.id());
        s.symbol().ifPresent(sym -> so.put("symbol", sym.toString()));
        so.put("title", s.title());
        s.url().ifPresent(u -> so.put("url", u));
        record.sourceGrade(s.id()).ifPresent(g -> so.put("grade", g.id()));
      }
    }
    return rows;
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }
}
