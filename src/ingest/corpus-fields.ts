/** The fields of a corpus file's row. Plain constants, with no imports, so the command line can list them without loading ingest. */
export const CORPUS_FIELDS = ['id', 'title', 'text', 'date', 'url', 'source'] as const;
export type CorpusField = (typeof CORPUS_FIELDS)[number];
/** Column or key names chosen by flags (--text-field body, …); the others are detected. */
export type CorpusFieldNames = Partial<Record<CorpusField, string>>;
