/**
 * unrights: a typed SDK of the UN's human-rights mechanisms.
 *
 * <p>Packages: {@code model} (immutable values, no I/O), {@code json} (the one Jackson mapper),
 * {@code corpus} (documents to a dossier), {@code extract} (text to facts), {@code query}
 * (read-only views and helpers), {@code testing} (AssertJ assertions and fixtures).
 */
@UnrightsStyle
package org.unrights;
