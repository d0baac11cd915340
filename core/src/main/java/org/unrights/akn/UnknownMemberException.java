package org.unrights.akn;

import java.util.List;
import org.unrights.UnrightsException;

/**
 * A load stopped because member-state names could not be resolved through
 * {@link org.unrights.model.States}: every unknown name is listed with where it was found, none is
 * dropped.
 */
public class UnknownMemberException extends UnrightsException {
  private static final long serialVersionUID = 1L;

  /** The unknown names with their places. */
  private final List<String> unknown;

  /**
   * Creates an exception.
   *
   * @param unknown  each unknown name with its place, e.g. {@code "ATLANTIS" at 2014.jsonl:3 (MS_in_favour)}; not empty
   */
  public UnknownMemberException(List<String> unknown) {
    super(unknown.size() + " unknown member-state name(s): " + String.join("; ", unknown));
    this.unknown = List.copyOf(unknown);
  }

  /**
   * Returns the unknown names with their places.
   *
   * @return the list, not empty
   */
  public List<String> unknown() {
    return unknown;
  }
}
