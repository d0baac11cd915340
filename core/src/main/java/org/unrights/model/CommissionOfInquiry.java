package org.unrights.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commission of inquiry: established by an HRC resolution, its members, reports, findings and recommendations.
 *
 * <p>JSON: {@code {"id":"coi-dprk","name":"Commission of Inquiry on Human Rights in the DPRK","subjectState":"PRK","establishedBy":"hrc-res-22-13","members":[...],"reports":["a-hrc-25-63"],"findings":[...],"recommendations":[...]}}. This class is immutable and thread-safe; build it with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommissionOfInquiry.class)
@JsonDeserialize(as = ImmutableCommissionOfInquiry.class)
public abstract class CommissionOfInquiry implements Entity {

  @Override
  public abstract String id();
  /**
   * Returns the commission's name.
   *
   * @return the value, not null
   */
  public abstract String name();

  /**
   * Returns the state investigated.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<State> subjectState();

  /**
   * Returns the id of the establishing resolution.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<String> establishedBy();

  /**
   * Returns when it was established.
   *
   * @return the value, or empty when not known
   */
  public abstract Optional<PartialDate> established();

  /**
   * Returns its members, the chair first.
   *
   * @return the list, possibly empty
   */
  public abstract List<Person> members();

  /**
   * Returns the ids of its {@link Report}s.
   *
   * @return the list, possibly empty
   */
  public abstract List<String> reports();

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
    Entity.checkId("CommissionOfInquiry", id());
    InvalidValueException.check(!name().isBlank(), "CommissionOfInquiry", "name", "'" + name() + "'", "must not be blank");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommissionOfInquiry}. */
  public static final class Builder extends ImmutableCommissionOfInquiry.Builder {}
}
