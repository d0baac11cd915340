package org.unrights.extract;

/**
 * A sentence found by the {@link SentenceSplitter}: its span in the text and whether it opens a
 * paragraph.
 *
 * @param start  the offset of the first non-space character
 * @param end  the offset just past the last non-space character
 * @param paragraphStart  true when a blank line (or the start of the text) precedes it
 */
record Sentence(int start, int end, boolean paragraphStart) {}
