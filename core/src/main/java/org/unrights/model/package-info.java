/**
 * The typed, immutable model of the UN's human-rights mechanisms: bodies, states, document
 * symbols, resolutions and drafts, votes and outcomes, mandates, inquiries, reviews, agenda items,
 * referrals, process steps, and the provenance of every fact (sources, evidence, claims).
 *
 * <p>Values only, no I/O. Every value is immutable, validated at construction (an
 * {@link org.unrights.model.InvalidValueException} names the field and value), and never returns
 * null: what may be absent is an {@code Optional}, collections are empty.
 */
package org.unrights.model;
