package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recommendation a commission of inquiry or report makes to a body or a state.
 *
 * <p>JSON: {@code {"addressee":"unsc","action":"refer-to-icc","text":"..."}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInquiryRecommendation.class)
@JsonDeserialize(as = ImmutableInquiryRecommendation.class)
public abstract class InquiryRecommendation {

  /**
   * Returns the body addressed.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<Body> addressee();

  /**
   * Returns the state addressed.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> addresseeState();

  /**
   * Returns what is recommended.
   *
   * @return the value, not null
   */
  public abstract RequestedAction action();

  /**
   * Returns the words or a paraphrase.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> text();

  /**
   * Returns 
   *
   * @return the list, possibly empty
   */
  public abstract List<Evidence> evidence();


  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InquiryRecommendation}. */
  public static final class Builder extends ImmutableInquiryRecommendation.Builder {}
}
