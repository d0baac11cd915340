package org.unrights.testing;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.Claim;
import org.unrights.model.Conflict;
import org.unrights.query.Claims;

/**
 * Assertions on {@link Claims}: what the sources claim about an entity (or the whole dossier), and
 * where they conflict. Failure messages quote the claims' statements.
 *
 * <pre>{@code
 * assertThat(query.claims("ga-res-69-188")).hasClaimFrom("seed-002").hasConflicts();
 * }</pre>
 */
public class ClaimsAssert extends AbstractAssert<ClaimsAssert, Claims> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(Claims)}.
   *
   * @param actual  the claims under test, may be null (the assertions then fail)
   */
  public ClaimsAssert(Claims actual) {
    super(actual, ClaimsAssert.class);
  }

  /**
   * Verifies that a source makes one of the claims.
   *
   * <pre>{@code
   * assertThat(claims).hasClaimFrom("seed-002");
   * }</pre>
   *
   * @param source  the source's id
   * @return this assertion
   */
  public ClaimsAssert hasClaimFrom(String source) {
    isNotNull();
    if (actual.claims().stream().noneMatch(c -> c.source().equals(source))) {
      failWithMessage("%s", "Expecting " + what() + " to include a claim from " + source + " but the claims are from "
          + actual.claims().stream().map(Claim::source).distinct().collect(Collectors.toList()));
    }
    return myself;
  }

  /**
   * Verifies that the claims conflict somewhere.
   *
   * <pre>{@code
   * assertThat(claims).hasConflicts();
   * }</pre>
   *
   * @return this assertion
   */
  public ClaimsAssert hasConflicts() {
    isNotNull();
    if (actual.conflicts().isEmpty()) {
      failWithMessage("%s", "Expecting " + what() + " to conflict but they agree; the claims are:\n" + statements());
    }
    return myself;
  }

  /**
   * Verifies that the claims do not conflict.
   *
   * <pre>{@code
   * assertThat(claims).hasNoConflicts();
   * }</pre>
   *
   * @return this assertion
   */
  public ClaimsAssert hasNoConflicts() {
    isNotNull();
    if (!actual.conflicts().isEmpty()) {
      Conflict c = actual.conflicts().get(0);
      failWithMessage("%s", "Expecting " + what() + " not to conflict but " + actual.conflicts().size()
          + " conflict(s) found, the first about " + c.about() + "." + c.field() + ": "
          + c.values().stream().map(v -> v.value() + " " + v.sources()).collect(Collectors.toList()));
    }
    return myself;
  }

  private String what() {
    return "the claims" + actual.about().map(a -> " about " + a).orElse("");
  }

  private String statements() {
    List<Claim> claims = actual.claims();
    if (claims.isEmpty()) {
      return "  (no claims)";
    }
    return claims.stream().map(c -> "  " + c.source() + ": \"" + c.statement() + "\"" + c.value().map(v -> " = " + v).orElse(""))
        .collect(Collectors.joining("\n"));
  }
}
