/**
 * Text to facts: the {@link org.unrights.extract.Extractor} reads news, NGO and UN texts and
 * proposes typed {@link org.unrights.model.Step}s with their evidence.
 */
package org.unrights.extract;
