package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document facts were read from: a news story, an NGO statement, an official record or an opinion.
 *
 * <p>JSON: {@code {"id":"seed-000","title":"...","outlet":"...","kind":"news","language":"en","published":"2015-01","publishedNote":"..."}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {

  /**
   * Returns the source's id, unique within its dossier.
   *
   * @return the value, not null
   */
  public abstract String id();

  /**
   * Returns the document's title.
   *
   * @return the value, not null
   */
  public abstract String title();

  /**
   * Returns what kind of document it is.
   *
   * @return the value, not null
   */
  public abstract SourceKind kind();

  /**
   * Returns the outlet or publisher, where the text reveals it.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> outlet();

  /**
   * Returns the author, where given.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> author();

  /**
   * Returns the language as a BCP 47 tag, e.g. {@code en}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> language();

  /**
   * Returns the publication date as far as it is known.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> published();

  /**
   * Returns why the publication date is what it is, e.g. "after 2015-01-22: the text says 'released Thursday'".
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> publishedNote();

  /**
   * Returns the address of the document, where known.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> url();

  /**
   * Returns the UN document symbol, for official documents.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns the file name within its corpus, for documents loaded from a folder.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> file();

  @Value.Check
  void check() {
    Entity.checkId("Source", id());
    InvalidValueException.check(!title().isBlank(), "Source", "title", "'" + title() + "'", "must not be blank");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {}
}
