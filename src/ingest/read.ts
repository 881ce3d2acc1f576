import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { isWutongError, WutongError } from '../shared/errors';
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

/** The articles in one file; a file that cannot yield any raises a one-line WutongError naming it. */
export async function readArticles(path: string): Promise<Article[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new WutongError('ingest', 'INGEST_READ', `${path}: cannot read file (${code})`, { cause: error });
  }
  if (bytes.length === 0) throw new WutongError('ingest', 'INGEST_EMPTY', `${path}: empty file`);
  let text: string;
  try {
    text = decodeBuffer(bytes).text;
  } catch (error) {
    if (isWutongError(error)) throw new WutongError('ingest', error.code, `${path}: ${error.message.replace(/^ingest: /u, '')}`, { cause: error });
    throw error;
  }
  const page = pageOf(path, text);
  const articles = page.text.trim() === '' ? [] : splitPageWith(page.text, path, page.hints);
  if (articles.length === 0) throw new WutongError('ingest', 'INGEST_EMPTY', `${path}: no text in file`);
  return articles;
}
