package org.unrights.akn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.unrights.model.Vocabulary;

/**
 * The kinds of flaw the Security Council loaders find and report in the UN's data instead of hiding them.
 *
 * <p>JSON uses each term's stable {@link #id()}.
 */
public enum DataIssueKind implements Vocabulary {
  /** One member's name split over two list entries ("CÔTE." and "D'IVOIRE"); joined and reported. */
  SPLIT_NAME("split-name"),
  /** A member's name with stray characters ("CHILEs"); resolved and reported. */
  MISSPELT_NAME("misspelt-name"),
  /** A member listed under two vote options; the stated counts decide which stands. */
  DUPLICATE_BALLOT("duplicate-ballot"),
  /** A record with no vote counts and no voters. */
  MISSING_COUNTS("missing-counts"),
  /** A date or symbol written in an irregular form, read as the form it evidently means. */
  IRREGULAR_FORM("irregular-form"),
  /** A document in the collection that is neither a resolution nor a draft (e.g. a presidential statement); skipped. */
  NOT_A_RESOLUTION("not-a-resolution"),
  /** The recorded result does not follow from the recorded ballots under the voting rules. */
  INCONSISTENT_OUTCOME("inconsistent-outcome"),
  /** The same symbol recorded more than once in one source; the copies are merged and their differences kept as conflicts. */
  DUPLICATE_RECORD("duplicate-record");

  private final String id;

  DataIssueKind(String id) {
    this.id = id;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  /**
   * Finds the term with the given id.
   *
   * @param id  the id
   * @return the term, not null
   * @throws org.unrights.model.InvalidValueException  if no term has that id
   */
  @JsonCreator
  public static DataIssueKind fromId(String id) {
    return Vocabulary.require(DataIssueKind.class, id);
  }

  @Override
  public String toString() {
    return id;
  }
}
