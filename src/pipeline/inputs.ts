import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isCorpusFile, readArticles, readCorpus, type Article, type CorpusFieldNames, type SkippedFile } from '../ingest';
import { errorLine, isWutongError } from '../shared/errors';
import type { SkippedArticle } from './land';

/**
 * One step of reading the inputs, in input order: a whole article file, or a run of a corpus file's
 * rows. `bytes` is how far into all the inputs reading has come, for progress.
 */
export type Piece =
  | { kind: 'file'; file: string; articles: Article[] | SkippedFile; bytes: number }
  | {
    kind: 'rows';
    file: string;
    source: string;
    articles: Article[];
    /** Rows that could not be articles, named by line. */
    bad: SkippedArticle[];
    /** 'more' rows follow; 'end': the file was read to its end; a SkippedFile: reading stopped there. */
    end: 'more' | 'end' | SkippedFile;
    bytes: number;
  };

export interface InputOptions {
  maxFileBytes: number;
  fields: CorpusFieldNames;
  /** Hears how long each read took (ms), for the summary. */
  onRead: (ms: number) => void;
}

/** Rows per piece of a corpus file: a small part of a planning window, so windows fill evenly. */
const ROWS = { articles: 50, chars: 500_000 };

/** The total size of the inputs (bytes on disk), for progress. */
export async function inputBytes(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += await stat(file).then((info) => info.size, () => 0);
  return total;
}

/** The inputs as pieces: article files read whole, corpus files streamed a run of rows at a time. */
export async function* inputPieces(files: readonly string[], options: InputOptions): AsyncGenerator<Piece> {
  let before = 0;
  for (const file of files) {
    const size = await stat(file).then((info) => info.size, () => 0);
    if (isCorpusFile(file)) yield* corpusPieces(file, before, options);
    else {
      const began = performance.now();
      const articles = await readFileArticles(file, options.maxFileBytes);
      options.onRead(performance.now() - began);
      yield { kind: 'file', file, articles, bytes: before + size };
    }
    before += size;
  }
}

async function* corpusPieces(file: string, before: number, options: InputOptions): AsyncGenerator<Piece> {
  const source = path.resolve(file);
  const rows = readCorpus(source, options.fields);
  let piece = { articles: [] as Article[], bad: [] as SkippedArticle[], chars: 0, bytes: before };
  const emptied = () => ({ articles: [], bad: [], chars: 0, bytes: piece.bytes });
  let began = performance.now();
  try {
    for await (const item of rows) {
      piece.bytes = before + item.bytes;
      if ('article' in item) {
        piece.articles.push(item.article);
        piece.chars += item.article.text.length;
      } else {
        piece.bad.push({ path: file, index: piece.articles.length, line: item.line, title: '', reason: item.reason });
      }
      if (piece.articles.length >= ROWS.articles || piece.chars >= ROWS.chars) {
        options.onRead(performance.now() - began);
        yield { kind: 'rows', file, source, articles: piece.articles, bad: piece.bad, end: 'more', bytes: piece.bytes };
        piece = emptied();
        began = performance.now();
      }
    }
  } catch (error) {
    options.onRead(performance.now() - began);
    const reason = isWutongError(error) ? error.message.replace(/^ingest: /u, '').replace(`${source}: `, '') : errorLine(error);
    yield { kind: 'rows', file, source, articles: piece.articles, bad: piece.bad, end: { path: file, reason: `${reason}; the rows before it are built, nothing of the file is removed` }, bytes: piece.bytes };
    return;
  }
  options.onRead(performance.now() - began);
  yield { kind: 'rows', file, source, articles: piece.articles, bad: piece.bad, end: 'end', bytes: piece.bytes };
}

async function readFileArticles(file: string, maxBytes: number): Promise<Article[] | SkippedFile> {
  const source = path.resolve(file);
  try {
    return (await readArticles(file, { maxBytes })).map((article) => ({ ...article, source }));
  } catch (error) {
    // Ingest names the file in its message; the summary names it once, before the reason.
    const reason = isWutongError(error) ? error.message.replace(/^ingest: /u, '').replace(`${file}: `, '') : errorLine(error);
    return { path: file, reason };
  }
}
