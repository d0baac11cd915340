package org.unrights.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of actor a {@link Body} is. */
public enum BodyKind implements Vocabulary {
  /** A principal organ of the UN (General Assembly, Security Council, ECOSOC). */
  PRINCIPAL_ORGAN("principal-organ"),
  /** A subsidiary organ or main committee of a principal organ (Third Committee, HRC, CHR). */
  SUBSIDIARY_ORGAN("subsidiary-organ"),
  /** Part of the Secretariat (OHCHR, the Secretary-General). */
  SECRETARIAT("secretariat"),
  /** A mechanism acting as an actor: a commission of inquiry, a special procedure, experts. */
  MECHANISM("mechanism"),
  /** A court, such as the ICC. */
  COURT("court");

  private final String id;

  BodyKind(String id) {
    this.id = id;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }
}
