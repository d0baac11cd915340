/**
 * The official record of the UN process on human rights in the DPRK as sourced, typed data
 * ({@link org.unrights.record.OfficialRecord}), and the check of documents' claims against it
 * ({@link org.unrights.record.ClaimCheck}).
 *
 * <p>The record is a {@link org.unrights.model.Dossier} whose every entity and step has a
 * {@link org.unrights.record.RecordEntry}: the ids of the sources it was checked against, whether
 * an official source confirmed it, and a {@link org.unrights.record.Confidence}. The format is
 * described in {@code docs/record.md}.
 */
package org.unrights.record;
