package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report: its symbol, author, date, and the body it went to.
 *
 * <p>JSON: {@code {"id":"a-hrc-25-63","symbol":"A/HRC/25/63","author":"coi","authorRef":"coi-dprk","published":"2014-02-07","presentedTo":"hrc"}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
public abstract class Report implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the report's symbol, e.g. {@code A/HRC/25/63}.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns the title.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> title();

  /**
   * Returns the body or mechanism that wrote it.
   *
   * @return the value, not null
   */
  public abstract Body author();

  /**
   * Returns the id of the authoring entity, e.g. a commission of inquiry.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> authorRef();

  /**
   * Returns the state it concerns.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> subjectState();

  /**
   * Returns when it was published.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> published();

  /**
   * Returns the body it was presented to.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<Body> presentedTo();

  /**
   * Returns when it was presented.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> presented();

  /**
   * Returns its findings.
   *
   * @return the list, possibly empty
   */
  public abstract List<Finding> findings();

  /**
   * Returns its recommendations.
   *
   * @return the list, possibly empty
   */
  public abstract List<InquiryRecommendation> recommendations();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Report", id());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Report}. */
  public static final class Builder extends ImmutableReport.Builder {}
}
