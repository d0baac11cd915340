/**
 * Reading a corpus: a folder of documents (text, metadata, reviewed annotations) turned into a
 * {@link org.unrights.model.Dossier} in which every fact keeps the words it was read from.
 *
 * <p>Entry points: {@link org.unrights.corpus.Corpus#load(java.nio.file.Path)} for a folder,
 * {@link org.unrights.corpus.SeedCorpus#load()} for the seed corpus shipped in the jar, and
 * {@link org.unrights.corpus.CorpusLoader} for options (e.g. the extractor used for documents
 * that were not fully reviewed). Errors are {@link org.unrights.corpus.CorpusFormatException}s
 * naming file, line and column; a corpus loads completely or not at all.
 */
package org.unrights.corpus;
