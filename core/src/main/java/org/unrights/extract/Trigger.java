package org.unrights.extract;

/**
 * A trigger word found in a sentence: the verb or noun around which a step is assembled.
 *
 * @param start  the offset of the first character
 * @param end  the offset just past the last character
 * @param kind  the trigger's class from {@code triggers.tsv}, e.g. {@code adopt}
 */
record Trigger(int start, int end, String kind) {

  /** Hashes the offsets alone (two triggers at one span are rare): the reader keys its memos by trigger. */
  @Override
  public int hashCode() {
    return 31 * start + end;
  }
}
