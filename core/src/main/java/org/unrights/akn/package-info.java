/**
 * The Security Council's own machine-readable record: Akoma Ntoso for the UN (AKN4UN) documents
 * and the data extract of resolutions, read into the SDK's model and checked against the voting rules.
 *
 * <p>Start with {@link org.unrights.akn.ScCollection#load(java.nio.file.Path)}; single files are read by
 * {@link org.unrights.akn.AknReader} and {@link org.unrights.akn.DataExtractReader}, and
 * {@link org.unrights.akn.AknWriter} writes a record back as AKN4UN XML.
 */
package org.unrights.akn;
