/**
 * AssertJ assertions and fixtures for unit-testing policy analyses written with unrights.
 *
 * <p>One entry point, {@link org.unrights.testing.UnrightsAssertions#assertThat(org.unrights.model.Resolution)
 * UnrightsAssertions.assertThat(..)}, with an overload per model type; {@link org.unrights.testing.Fixtures}
 * for ready-made data and {@link org.unrights.testing.Scenario} to write a hypothetical vote in a few
 * lines. AssertJ is an optional dependency of unrights-core: add {@code org.assertj:assertj-core}
 * (test scope) to your project to use this package.
 */
package org.unrights.testing;
