package org.unrights.testing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.unrights.model.Claim;
import org.unrights.model.Conflict;
import org.unrights.model.ConflictingValue;
import org.unrights.model.DocumentSymbol;
import org.unrights.model.Dossier;
import org.unrights.model.Entity;
import org.unrights.model.Resolution;

/**
 * Assertions on a {@link Dossier}: what it holds, the claims its sources make and where they
 * conflict.
 *
 * <pre>{@code
 * assertThat(dossier).hasResolution("A/RES/69/188").hasConflictAbout("mandate-sr-dprk");
 * }</pre>
 */
public class DossierAssert extends AbstractAssert<DossierAssert, Dossier> {

  /**
   * Creates the assertion; use {@link UnrightsAssertions#assertThat(Dossier)}.
   *
   * @param actual  the dossier under test, may be null (the assertions then fail)
   */
  public DossierAssert(Dossier actual) {
    super(actual, DossierAssert.class);
  }

  /**
   * Verifies that an entity with this id is in the dossier.
   *
   * <pre>{@code
   * assertThat(dossier).containsEntity("coi-dprk");
   * }</pre>
   *
   * @param id  the entity's id
   * @return this assertion
   */
  public DossierAssert containsEntity(String id) {
    isNotNull();
    if (actual.entities().stream().noneMatch(e -> e.id().equals(id))) {
      List<String> ids = actual.entities().stream().map(Entity::id).limit(20).collect(Collectors.toList());
      failWithMessage("%s", "Expecting dossier to contain an entity with id " + id + " but it does not; its "
          + actual.entities().size() + " entities include " + ids);
    }
    return myself;
  }

  /**
   * Verifies that a resolution with this document symbol is in the dossier.
   *
   * <pre>{@code
   * assertThat(dossier).hasResolution("A/RES/69/188");
   * }</pre>
   *
   * @param symbol  the resolution's symbol
   * @return this assertion
   * @throws org.unrights.model.InvalidSymbolException if {@code symbol} is not a UN document symbol
   */
  public DossierAssert hasResolution(String symbol) {
    findResolution(symbol);
    return myself;
  }

  /**
   * Returns assertions on the resolution with this document symbol, failing if there is none.
   *
   * <pre>{@code
   * assertThat(dossier).resolution("A/RES/69/188").wasAdoptedByRecordedVote().withTally(116, 20, 53);
   * }</pre>
   *
   * @param symbol  the resolution's symbol
   * @return the resolution's assertions
   * @throws org.unrights.model.InvalidSymbolException if {@code symbol} is not a UN document symbol
   */
  public ResolutionAssert resolution(String symbol) {
    return new ResolutionAssert(findResolution(symbol));
  }

  private Resolution findResolution(String symbol) {
    isNotNull();
    DocumentSymbol expected = DocumentSymbol.parse(symbol);
    Optional<Resolution> found = actual.resolutions().stream()
        .filter(r -> r.symbol().equals(Optional.of(expected))).findFirst();
    if (found.isEmpty()) {
      List<String> symbols = actual.resolutions().stream()
          .map(r -> r.symbol().map(DocumentSymbol::toString).orElse(r.id())).collect(Collectors.toList());
      failWithMessage("%s", "Expecting dossier to hold the resolution " + expected + " but its resolutions are "
          + symbols);
    }
    return found.orElse(null);
  }

  /**
   * Verifies that the sources conflict about an entity (any field).
   *
   * <pre>{@code
   * assertThat(dossier).hasConflictAbout("mandate-sr-dprk");
   * }</pre>
   *
   * @param about  the id of the entity the conflict is about
   * @return this assertion
   */
  public DossierAssert hasConflictAbout(String about) {
    isNotNull();
    if (actual.conflicts().stream().noneMatch(c -> c.about().equals(about))) {
      failWithMessage("%s", "Expecting dossier to have a conflict about " + about + " but its conflicts are about "
          + abouts());
    }
    return myself;
  }

  /**
   * Verifies that the sources conflict about one field of an entity.
   *
   * <pre>{@code
   * assertThat(dossier).hasConflictAbout("ga-res-69-188", "tally");
   * }</pre>
   *
   * @param about  the id of the entity the conflict is about
   * @param field  the field, e.g. {@code "tally"} or {@code "adopted"}
   * @return this assertion
   */
  public DossierAssert hasConflictAbout(String about, String field) {
    isNotNull();
    if (actual.conflicts().stream().noneMatch(c -> c.about().equals(about) && c.field().equals(field))) {
      failWithMessage("%s", "Expecting dossier to have a conflict about " + about + "." + field
          + " but its conflicts are about " + abouts());
    }
    return myself;
  }

  /**
   * Verifies that the sources do not conflict anywhere.
   *
   * <pre>{@code
   * assertThat(Fixtures.agendaVoteDossier()).hasNoConflicts();
   * }</pre>
   *
   * @return this assertion
   */
  public DossierAssert hasNoConflicts() {
    isNotNull();
    if (!actual.conflicts().isEmpty()) {
      Conflict c = actual.conflicts().get(0);
      failWithMessage("%s", "Expecting dossier to have no conflicts but it has " + actual.conflicts().size()
          + ", the first about " + c.about() + "." + c.field() + ": "
          + c.values().stream().map(ConflictingValue::value).collect(Collectors.toList()));
    }
    return myself;
  }

  /**
   * Verifies that some source makes a claim about an entity.
   *
   * <pre>{@code
   * assertThat(dossier).hasClaimAbout("ga-res-69-188");
   * }</pre>
   *
   * @param about  the id of the entity the claim is about
   * @return this assertion
   */
  public DossierAssert hasClaimAbout(String about) {
    isNotNull();
    if (actual.claims().stream().noneMatch(c -> c.about().equals(Optional.of(about)))) {
      List<String> abouts = actual.claims().stream().map(Claim::about).flatMap(Optional::stream).distinct()
          .collect(Collectors.toList());
      failWithMessage("%s", "Expecting dossier to have a claim about " + about + " but its claims are about "
          + abouts);
    }
    return myself;
  }

  private List<String> abouts() {
    return actual.conflicts().stream().map(c -> c.about() + "." + c.field()).distinct()
        .collect(Collectors.toList());
  }
}
