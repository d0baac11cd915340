package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proposed amendment to a draft, its proposers and how it ended.
 *
 * <p>JSON: {@code {"id":"a-c3-69-l66","symbol":"A/C.3/69/L.66","proposers":[{"state":"CUB"}],"target":"a-c3-69-l28","outcome":{"kind":"rejected-by-recorded-vote",...}}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAmendment.class)
@JsonDeserialize(as = ImmutableAmendment.class)
public abstract class Amendment implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the amendment's symbol, where known.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns the body in which it was proposed.
   *
   * @return the value, not null
   */
  public abstract Body body();

  /**
   * Returns who proposed it.
   *
   * @return the list, possibly empty
   */
  public abstract List<Sponsor> proposers();

  /**
   * Returns the id of the draft or resolution it would amend.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> target();

  /**
   * Returns the symbol of the draft it would amend.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<DocumentSymbol> targetSymbol();

  /**
   * Returns what it would change.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> summary();

  /**
   * Returns when it was proposed.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> proposed();

  /**
   * Returns how it was decided.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<Outcome> outcome();

  /**
   * Returns when it was decided.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> decided();

  @Override
  public abstract List<Evidence> evidence();
  @Value.Check
  void check() {
    Entity.checkId("Amendment", id());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Amendment}. */
  public static final class Builder extends ImmutableAmendment.Builder {}
}
