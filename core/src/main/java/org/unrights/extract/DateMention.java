package org.unrights.extract;

import java.util.Optional;
import java.util.OptionalInt;
import org.unrights.model.PartialDate;

/**
 * A temporal expression found by the {@link TemporalResolver}, with its normalised date.
 *
 * @param start  the offset of the first character
 * @param end  the offset just past the last character
 * @param date  the date, as precise as the text and its context allow; empty for a session
 *     number whose body is not yet known
 * @param session  the session number of "its 25th session", else empty
 * @param future  true for expressions that point after the publication date ("next year")
 */
record DateMention(int start, int end, Optional<PartialDate> date, OptionalInt session,
    boolean future) {}
