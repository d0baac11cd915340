package org.unrights.votes;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Hand-written CSV fixtures in {@code src/test/resources/votes}. */
final class Fixtures {

  private Fixtures() {}

  static Reader resource(String path) {
    return new InputStreamReader(Fixtures.class.getResourceAsStream("/votes/" + path), StandardCharsets.UTF_8);
  }

  /** The traps fixture: quoted "NA", bare NA, backslashes and doubled quotes, CRLF, Taiwan. */
  static VoteRecord traps() {
    return UnvotesLoader.load(resource("traps/unvotes.csv"), resource("traps/roll_calls.csv"),
        resource("traps/issues.csv"));
  }

  static VoteRecord load(String ballots, String rollCalls, String issues) {
    return UnvotesLoader.load(new java.io.StringReader(ballots), new java.io.StringReader(rollCalls),
        new java.io.StringReader(issues));
  }
}
