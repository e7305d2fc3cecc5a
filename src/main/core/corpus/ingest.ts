// The corpus ingest's public face: rebuild one document's paragraphs, or load the whole corpus.
export { ingestDocument, isWrappedLayout } from './ingest-document.ts';
export { loadCorpus } from './load.ts';
export { CorpusError, MAX_CORPUS_FILE_BYTES, decodeCorpusText } from './decode.ts';
