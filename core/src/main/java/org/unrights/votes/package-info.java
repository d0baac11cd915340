/**
 * The UN General Assembly roll-call record and the Security Council vetoes: loaders for the
 * Voeten/unvotes tables and the veto list, a compact columnar vote store, agreement between
 * states, and Popolo export.
 */
package org.unrights.votes;
