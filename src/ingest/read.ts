import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { errorLine, isWutongError, WutongError } from '../shared/errors';
import { decodeBuffer } from './decode';
import { htmlToPage } from './html';
import { markdownToPage } from './markdown';
import { splitPageWith, type PageHints } from './page';
import type { Article } from './types';

function pageOf(path: string, text: string): { text: string; hints: PageHints } {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm') return htmlToPage(text);
  if (extension === '.md' || extension === '.markdown') return markdownToPage(text);
  return { text, hints: {} };
}

export interface ReadOptions {
  /** Files larger than this are refused before a byte is read. */
  maxBytes?: number;
}

function size(bytes: number): string {
  const [unit, scale] = bytes >= 2 ** 20 ? ['MB', 2 ** 20] : bytes >= 2 ** 10 ? ['KB', 2 ** 10] : ['bytes', 1];
  return `${Number((bytes / scale).toFixed(1))} ${unit}`;
}

/**
 * The articles in one file. A file that cannot yield any (unreadable, too large, empty, binary, not
 * decodable, or a page the parser fails on) raises a one-line WutongError naming it.
 */
export async function readArticles(path: string, options: ReadOptions = {}): Promise<Article[]> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    // A pipe or a device named like a text file would be read forever.
    if (!info.isFile()) throw new WutongError('ingest', 'INGEST_READ', `${path}: not a regular file`);
    const fileSize = info.size;
    if (options.maxBytes !== undefined && fileSize > options.maxBytes) {
      throw new WutongError('ingest', 'INGEST_TOO_LARGE', `${path}: ${size(fileSize)}, over the limit of ${size(options.maxBytes)} per file`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (isWutongError(error)) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new WutongError('ingest', 'INGEST_READ', `${path}: cannot read file (${code})`, { cause: error });
  }
  if (bytes.length === 0) throw new WutongError('ingest', 'INGEST_EMPTY', `${path}: empty file`);
  let text: string;
  try {
    text = decodeBuffer(bytes).text;
  } catch (error) {
    if (isWutongError(error)) throw new WutongError('ingest', error.code, `${path}: ${error.message.replace(/^ingest: /u, '')}`, { cause: error });
    throw new WutongError('ingest', 'INGEST_DECODE', `${path}: cannot decode (${errorLine(error)})`, { cause: error });
  }
  let articles: Article[];
  try {
    const page = pageOf(path, text);
    articles = page.text.trim() === '' ? [] : splitPageWith(page.text, path, page.hints);
  } catch (error) {
    // A parser bug or a page it cannot hold (a stack overflow, say) costs this file, never the run.
    throw new WutongError('ingest', 'INGEST_PARSE', `${path}: cannot parse (${errorLine(error)})`, { cause: error });
  }
  if (articles.length === 0) throw new WutongError('ingest', 'INGEST_EMPTY', `${path}: no text in file`);
  return articles;
}
