package org.unrights.extract;

/**
 * A trigger word found in a sentence: the verb or noun around which a step is assembled.
 *
 * @param start  the offset of the first character
 * @param end  the offset just past the last character
 * @param kind  the trigger's class from {@code triggers.tsv}, e.g. {@code adopt}
 */
record Trigger(int start, int end, String kind) {}
