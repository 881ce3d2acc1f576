import { articleId, type Article } from '../ingest';
import type { Extraction, Extractor } from '../extract';
import { resolveArticle, type ResolvedArticle } from '../resolve';
import { extractArticle } from './extract-article';

/**
 * The version of a line of `wutong extract --jsonl --resolved`. Version 1 is the plain contract
 * (id, entities, relations); version 2 adds what `wutong load` writes: the article as build reads
 * it from its row, its resolved contributions, and the extractor that made them.
 */
export const EXTRACTION_FORMAT = 'wutong-extraction/2';

/** What a version 2 line adds to the contract's fields. */
export interface LoadableFields {
  format: typeof EXTRACTION_FORMAT;
  article: Article;
  resolved: Pick<ResolvedArticle, 'entities' | 'relations' | 'authors'>;
  /** name@version of the extractor, stored on the article as a build stores it. */
  extractedBy: string;
}

/** The extractor's name@version, as build stamps it on every article. */
export function extractorStamp(extractor: Extractor): string {
  return `${extractor.name}@${extractor.version ?? 'unversioned'}`;
}

/** One article extracted and resolved exactly as build does it, with the fields load needs. */
export async function extractForLoad(article: Article, extractor: Extractor): Promise<{ extraction: Extraction; loadable: LoadableFields }> {
  const extraction = await extractArticle(article, extractor);
  const { entities, relations, authors } = resolveArticle({ article, extraction, extractor: extractor.name });
  return { extraction, loadable: { format: EXTRACTION_FORMAT, article, resolved: { entities, relations, authors }, extractedBy: extractorStamp(extractor) } };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A line of an extraction file as the resolved article load writes, or why it cannot be loaded.
 * The article id is checked against its content, so a line edited by hand cannot pass for another
 * article (the id is what makes a second load add nothing).
 */
export function loadableLine(record: Record<string, unknown>): { resolved: ResolvedArticle; extractedBy: string } | string {
  if (typeof record.error === 'string') return `not extracted (${record.error})`;
  if (record.format !== EXTRACTION_FORMAT) {
    return record.format === undefined ? 'no article to load: write extraction files with wutong extract --jsonl --resolved' : `format ${JSON.stringify(record.format)}, not ${EXTRACTION_FORMAT}`;
  }
  const { article, resolved, extractedBy } = record;
  if (!isObject(article) || typeof article.id !== 'string' || typeof article.title !== 'string' || typeof article.text !== 'string' || typeof article.source !== 'string'
    || typeof article.index !== 'number' || (article.lang !== 'zh' && article.lang !== 'en') || !Array.isArray(article.authors)) {
    return 'its "article" lacks id, title, text, source, index, lang or authors';
  }
  if (!isObject(resolved) || !Array.isArray(resolved.entities) || !Array.isArray(resolved.relations) || !Array.isArray(resolved.authors)) return 'its "resolved" lacks entities, relations or authors';
  if (typeof extractedBy !== 'string') return 'no "extractedBy"';
  const body = article.text === article.title ? '' : article.text.slice(article.title.length + 1);
  if (!article.text.startsWith(article.title) || articleId(article.title, body) !== article.id) return `article ${article.id} does not match its text (edited since extraction?)`;
  const loaded = article as unknown as Article;
  return { resolved: { article: loaded, entities: resolved.entities, relations: resolved.relations, authors: resolved.authors } as ResolvedArticle, extractedBy };
}
