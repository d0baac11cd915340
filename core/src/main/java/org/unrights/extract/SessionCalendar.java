package org.unrights.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.unrights.UnrightsException;
import org.unrights.model.Body;
import org.unrights.model.PartialDate;

/**
 * Dates "its 25th session" by the body's session calendar, kept as data in
 * {@code org/unrights/extract/sessions.tsv}: a Human Rights Council regular session gives a year
 * and month (from the 4th session, three a year in March, June and September), a General
 * Assembly session the year it opened.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SessionCalendar {

  private record Rule(int first, int year, int[] months) {}

  private static final Map<Body, Rule> RULES = load();

  private SessionCalendar() {}

  /**
   * Returns the date of a body's numbered regular session.
   *
   * @param body  the body, not null
   * @param session  the session number
   * @return the date (year and month for the HRC, year for the GA), or empty when the body has no
   *     calendar or the number is before the rule's first session
   */
  static Optional<PartialDate> dateOf(Body body, int session) {
    Body key = body == Body.GA_THIRD_COMMITTEE ? Body.GA : body;
    Rule r = RULES.get(key);
    if (r == null || session < r.first) {
      return Optional.empty();
    }
    int index = session - r.first;
    int year = r.year + index / r.months.length;
    int month = r.months[index % r.months.length];
    if (year > 9999) {
      return Optional.empty();
    }
    return Optional.of(r.months.length == 1 ? PartialDate.ofYear(year) : PartialDate.ofYearMonth(year, month));
  }

  private static Map<Body, Rule> load() {
    Map<Body, Rule> rules = new EnumMap<>(Body.class);
    String resource = "sessions.tsv";
    for (DataTable.Row row : DataTable.read(resource, 4)) {
      String[] c = row.cells();
      try {
        String[] ms = c[3].split("\\|");
        int[] months = new int[ms.length];
        for (int i = 0; i < ms.length; i++) {
          months[i] = Integer.parseInt(ms[i].strip());
        }
        rules.put(Body.fromId(c[0]), new Rule(Integer.parseInt(c[1]), Integer.parseInt(c[2]), months));
      } catch (RuntimeException e) {
        throw new UnrightsException(DataTable.path(resource) + " line " + row.line()
            + ": cannot read '" + String.join("\t", c) + "': " + e.getMessage());
      }
    }
    return rules;
  }
}
