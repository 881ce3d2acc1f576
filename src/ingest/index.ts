/**
 * Ingest: files and folders in, articles out. Text, markdown and HTML files in UTF-8, GB18030/GBK,
 * Big5 or UTF-16 are decoded, and a newspaper page is split into its articles. Article.text holds
 * the headline on its first line (for a headless fragment, a title taken from its first clause),
 * then kicker/subtitle lines and body paragraphs, one per line.
 */
export { listInputFiles } from './files';
export { readArticles } from './read';
export type { ReadOptions } from './read';
export { splitPage } from './page';
export { decodeBuffer } from './decode';
export type { Article, SkippedFile } from './types';
export { readCorpus, readJsonLines, isCorpusFile, CORPUS_EXTENSIONS } from './corpus';
export { articleId } from './article';
export type { CorpusItem } from './corpus';
export { rowArticle, detectFields } from './corpus-row';
export { CORPUS_FIELDS } from './corpus-fields';
export type { CorpusField, CorpusFieldNames } from './corpus-fields';
export type { CorpusRow } from './types';
