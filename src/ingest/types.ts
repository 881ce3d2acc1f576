/** One article as ingest hands it to extraction. */
export interface Article {
  /** Stable id: a hash of the normalised headline and body, so an unchanged article keeps its id. */
  id: string;
  title: string;
  /** Byline names, in the order printed. */
  authors: string[];
  /** ISO date (YYYY-MM-DD) when the page or file states one, else undefined. */
  published?: string;
  /** The file path (or URL) the article came from. */
  source: string;
  /** Position of the article within its source file, from 0. */
  index: number;
  lang: 'zh' | 'en';
  /**
   * The text that extraction reads and every offset points into: the headline on the first line,
   * then the body paragraphs, one per line, with layout line breaks inside sentences rejoined.
   */
  text: string;
  /** Set when the article is a row of a corpus file (JSON lines or CSV). */
  corpus?: CorpusRow;
}

/** Where a corpus file's row came from: what the row itself says, and the line it starts on. */
export interface CorpusRow {
  /** The row's own id (its id field), kept on the Article node as corpusId. */
  id?: string;
  url?: string;
  /** The publication the row names (its source field); Article.source is the corpus file. */
  publisher?: string;
  /** Line of the file the row starts on, from 1. */
  line: number;
}

/** A file that could not be read, named with the reason, so the rest of a batch still lands. */
export interface SkippedFile {
  path: string;
  reason: string;
}
