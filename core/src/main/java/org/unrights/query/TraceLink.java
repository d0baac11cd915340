package org.unrights.query;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A directed link between two entities of a trace, e.g. {@code coi-dprk established-by hrc-res-22-13}.
 *
 * <p>JSON: {@code {"entity":"coi-dprk","relation":"established-by","target":"hrc-res-22-13"}}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTraceLink.class)
@JsonDeserialize(as = ImmutableTraceLink.class)
public abstract class TraceLink {

  /**
   * Returns the id of the entity the link starts from.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String entity();

  /**
   * Returns how the entities are linked.
   *
   * @return the relation, not null
   */
  @Value.Parameter
  public abstract Relation relation();

  /**
   * Returns the id of the entity linked to; it may be an id the dossier does not hold.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String target();

  /**
   * Obtains a link.
   *
   * @param from  the id linked from, not null
   * @param relation  the relation, not null
   * @param to  the id linked to, not null
   * @return the link, not null
   */
  public static TraceLink of(String from, Relation relation, String to) {
    return ImmutableTraceLink.of(from, relation, to);
  }

  @Override
  public String toString() {
    return entity() + " " + relation() + " " + target();
  }
}
