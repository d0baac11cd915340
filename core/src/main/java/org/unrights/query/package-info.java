/**
 * The indexed, read-only view of a {@link org.unrights.model.Dossier}: a process's history, its
 * trace across bodies with its open ends, timelines, states' positions, claims and conflicts; and
 * the voting rules that decide an outcome from ballots, with a what-if replay.
 *
 * <p>Start with {@link org.unrights.query.DossierQuery#of(org.unrights.model.Dossier)}. Every answer
 * is an immutable value, printable as text ({@code render()}) and as JSON through
 * {@link org.unrights.json.UnrightsJson}. Unknown ids give empty answers, never exceptions.
 */
package org.unrights.query;
