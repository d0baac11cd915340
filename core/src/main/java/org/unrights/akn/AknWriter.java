package org.unrights.akn;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.unrights.UnrightsException;
import org.unrights.model.Ballot;
import org.unrights.model.PartialDate;
import org.unrights.model.Sponsor;
import org.unrights.model.State;
import org.unrights.model.Tally;
import org.unrights.model.VoteOption;

/**
 * Writes an {@link ScRecord} (a resolution or failed draft with its vote) as AKN4UN XML in the
 * shape the UN publishes, so that {@link AknReader} reads it back to the same values.
 *
 * <p>What is written: the FRBR work (with the decision date) and expression identifiers, the
 * subject classifications and SDGs, the workflow (draft with its sponsors, additional sponsors,
 * then {@code adopted}, {@code notAdopted} or {@code veto} with the meeting record and the result
 * text), the counts with each member listed by its UN name in capitals, the symbol on the cover
 * page, and the preambular and operative paragraphs as plain text (inline markup such as the
 * italicised leading verb is not kept). Agenda items that are not among the subjects, conflicts
 * and data issues are not written: they are recomputed when the document is read again.
 *
 * <pre>{@code
 * String xml = AknWriter.toXml(record);
 * ScRecord again = AknReader.read(xml, "again.xml");
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AknWriter {

  /** The Akoma Ntoso 3.0 namespace. */
  public static final String AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
  /** The AKN4UN extension namespace. */
  public static final String AKN4UN_NS = "http://un.org/akn4un";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private AknWriter() {}

  /**
   * Writes a record as AKN4UN XML text.
   *
   * @param record  the record, not null
   * @return the document, UTF-8 text with an XML declaration, not null
   */
  public static String toXml(ScRecord record) {
    StringWriter w = new StringWriter();
    write(record, w);
    return w.toString();
  }

  /**
   * Writes a record as AKN4UN XML to a writer.
   *
   * @param record  the record, not null
   * @param out  where to write; not closed, not null
   * @throws UnrightsException  if the writer fails
   */
  public static void write(ScRecord record, Writer out) {
    try {
      XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
      new Doc(x, record).write();
      x.flush();
    } catch (XMLStreamException e) {
      throw new UnrightsException("cannot write AKN4UN for " + record.symbol() + ": " + e.getMessage(), e);
    }
  }

  /** One document being written, with indentation. */
  private static final class Doc {
    private final XMLStreamWriter x;
    private final ScRecord r;
    private int depth;

    Doc(XMLStreamWriter x, ScRecord r) {
      this.x = x;
      this.r = r;
    }

    void write() throws XMLStreamException {
      x.writeStartDocument("UTF-8", "1.0");
      x.setDefaultNamespace(AKN_NS);
      x.setPrefix("akn4un", AKN4UN_NS);
      open("akomaNtoso");
      x.writeDefaultNamespace(AKN_NS);
      x.writeNamespace("akn4un", AKN4UN_NS);
      open("statement", "name", r.isAdopted() ? "resolution" : "draftResolution");
      open("meta");
      identification();
      classification();
      workflow();
      voting();
      close();
      open("coverPage");
      open("p");
      text("docNumber", r.symbol().toString(), "refersTo", "#symbol");
      close();
      close();
      paragraphs("preamble", r.preamble());
      paragraphs("mainBody", r.operativeParagraphs());
      close();
      close();
      x.writeCharacters("\n");
      x.writeEndDocument();
    }

    private void identification() throws XMLStreamException {
      open("identification", "source", "#unrights");
      open("FRBRWork");
      empty("FRBRthis", "value", r.frbrWork().orElse(defaultWork()));
      r.date().ifPresent(d -> emptyQuietly("FRBRdate", "date", d.toString(), "name", r.isAdopted() ? "adoption" : "voting"));
      empty("FRBRauthor", "href", "sc", "as", "author");
      empty("FRBRcountry", "value", "un");
      close();
      if (r.frbrExpression().isPresent()) {
        open("FRBRExpression");
        empty("FRBRthis", "value", r.frbrExpression().get());
        empty("FRBRlanguage", "language", "eng");
        close();
      }
      close();
    }

    private String defaultWork() {
      return "/akn/un/statement/deliberation/unsc/" + r.date().map(PartialDate::toString).orElse("0001-01-01") + "/"
          + RecordAssembler.idOf(r.symbol()) + "/!main/";
    }

    private void classification() throws XMLStreamException {
      if (r.sdgs().isEmpty() && r.subjects().isEmpty()) {
        return;
      }
      open("classification", "source", "#unrights");
      for (int goal : r.sdgs()) {
        empty("keyword", "value", String.valueOf(goal), "href", "http://metadata.un.org/sdg/" + goal,
            "showAs", "sdg_" + goal, "dictionary", "SDGO");
      }
      for (Subject s : r.subjects()) {
        List<String> attrs = new ArrayList<>();
        if (s.vocabulary() == SubjectVocabulary.AGENDA) {
          attrs.addAll(List.of("refersTo", "agenda"));
        } else if (s.vocabulary() == SubjectVocabulary.TITLE) {
          attrs.addAll(List.of("refersTo", "title"));
        }
        attrs.addAll(List.of("value", s.term()));
        s.href().ifPresent(h -> attrs.addAll(List.of("href", h)));
        attrs.addAll(List.of("showAs", s.term(), "dictionary", s.dictionary()));
        empty("keyword", attrs.toArray(new String[0]));
      }
      close();
    }

    private void workflow() throws XMLStreamException {
      open("workflow", "source", "#un");
      List<String> draft = new ArrayList<>(List.of("date", r.draft().flatMap(d -> d.tabled()).map(PartialDate::toString)
          .orElse("0001-01-01"), "outcome", "draftResolution"));
      r.draft().flatMap(d -> d.symbol()).ifPresent(s -> draft.addAll(List.of("as", s.toString())));
      draft.addAll(List.of("by", prose(r.sponsors())));
      empty("step", draft.toArray(new String[0]));
      empty("step", "date", "0001-01-01", "outcome", "draftResolutionAdditionalSponsors", "by",
          prose(r.additionalSponsors()));
      List<String> result = new ArrayList<>(List.of("date", r.date().map(PartialDate::toString).orElse("0001-01-01"),
          "outcome", r.recordedResult() == RecordedResult.ADOPTED ? "adopted"
              : r.recordedResult() == RecordedResult.VETOED ? "veto" : "notAdopted"));
      r.outcomeRecord().ifPresent(s -> result.addAll(List.of("as", s.toString())));
      r.resultText().ifPresent(t -> result.addAll(List.of("by", t)));
      if (r.chapterVII()) {
        result.addAll(List.of("refersTo", "Chapter VII"));
      }
      empty("step", result.toArray(new String[0]));
      close();
    }

    private void voting() throws XMLStreamException {
      Optional<Tally> counts = r.statedTally().isPresent() ? r.statedTally() : r.tally();
      List<Ballot> ballots = r.ballots();
      if (counts.isEmpty() && ballots.isEmpty()) {
        return;
      }
      open("analysis", "source", "#un");
      open("parliamentary");
      open("voting");
      String[] refersTo = {"inFavour", "against", "abstaining"};
      VoteOption[] options = {VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN};
      for (int i = 0; i < options.length; i++) {
        VoteOption o = options[i];
        int count = counts.map(t -> o == VoteOption.YES ? t.yes() : o == VoteOption.NO ? t.no() : t.abstain()).orElse(0);
        List<State> voters = new ArrayList<>();
        for (Ballot b : ballots) {
          if (b.option() == o) {
            voters.add(b.state());
          }
        }
        if (count == 0 && voters.isEmpty()) {
          continue;
        }
        open("count", "value", String.valueOf(count), "refersTo", refersTo[i]);
        x.writeCharacters("\n" + "  ".repeat(depth));
        x.writeStartElement(AKN4UN_NS, "voters");
        depth++;
        for (State s : voters) {
          text("organization", s.shortName().toUpperCase(Locale.ROOT), "refersTo", "memberState");
        }
        close();
        close();
      }
      close();
      close();
      close();
    }

    private void paragraphs(String container, List<Paragraph> paragraphs) throws XMLStreamException {
      if (paragraphs.isEmpty()) {
        return;
      }
      open(container);
      for (Paragraph p : paragraphs) {
        List<String> attrs = new ArrayList<>();
        if (p.kind() == ParagraphKind.PREAMBLE) {
          attrs.addAll(List.of("name", p.leadingWord().isEmpty() ? "clause" : p.leadingWord()));
        }
        p.eId().ifPresent(e -> attrs.addAll(List.of("eId", e)));
        open(p.kind() == ParagraphKind.PREAMBLE ? "container" : "paragraph", attrs.toArray(new String[0]));
        if (p.number().isPresent()) {
          text("num", p.number().get() + ".");
          open("content");
          text("p", p.text());
          close();
        } else {
          text("p", p.text());
        }
        close();
      }
      close();
    }

    private static String prose(List<Sponsor> sponsors) {
      List<String> names = sponsors.stream()
          .map(s -> s.state().map(State::shortName).orElseGet(() -> s.group().orElseThrow())).toList();
      if (names.size() <= 1) {
        return String.join("", names);
      }
      return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private void indent() throws XMLStreamException {
      x.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void open(String name, String... attrs) throws XMLStreamException {
      if (depth > 0) {
        indent();
      }
      x.writeStartElement(AKN_NS, name);
      attributes(attrs);
      depth++;
    }

    private void close() throws XMLStreamException {
      depth--;
      indent();
      x.writeEndElement();
    }

    private void empty(String name, String... attrs) throws XMLStreamException {
      indent();
      x.writeEmptyElement(AKN_NS, name);
      attributes(attrs);
    }

    private void emptyQuietly(String name, String... attrs) {
      try {
        empty(name, attrs);
      } catch (XMLStreamException e) {
        throw new UnrightsException("cannot write AKN4UN for " + r.symbol() + ": " + e.getMessage(), e);
      }
    }

    private void text(String name, String value, String... attrs) throws XMLStreamException {
      indent();
      x.writeStartElement(AKN_NS, name);
      attributes(attrs);
      x.writeCharacters(value);
      x.writeEndElement();
    }

    private void attributes(String... attrs) throws XMLStreamException {
      for (int i = 0; i < attrs.length; i += 2) {
        x.writeAttribute(attrs[i], attrs[i + 1]);
      }
    }
  }
}
