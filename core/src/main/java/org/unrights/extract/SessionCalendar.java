package org.unrights.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = SessionCalendar.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UnrightsException("missing class-path resource org/unrights/extract/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = false;
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        String[] c = line.split("\t", -1);
        try {
          String[] ms = c[3].split("\\|");
          int[] months = new int[ms.length];
          for (int i = 0; i < ms.length; i++) {
            months[i] = Integer.parseInt(ms[i].strip());
          }
          rules.put(Body.fromId(c[0]), new Rule(Integer.parseInt(c[1]), Integer.parseInt(c[2]), months));
        } catch (RuntimeException e) {
          throw new UnrightsException("org/unrights/extract/" + resource + " line " + lineNumber
              + ": cannot read '" + line + "': " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/unrights/extract/" + resource, e);
    }
    return rules;
  }
}
