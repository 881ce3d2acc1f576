import type { IdentityMap } from '../identity';
import { stat } from 'node:fs/promises';
import { isCorpusFile, listInputFiles, readJsonLines, type Article, type SkippedFile } from '../ingest';
import type { ResolvedArticle } from '../resolve';
import type { GraphStore } from '../store';
import { errorLine, isWutongError, WutongError } from '../shared/errors';
import type { BuildEvent, BuildSummary } from './build';
import type { ArticleExtraction } from './extraction';
import { loadableLine } from './extraction-file';
import type { Piece } from './inputs';
import type { SkippedArticle } from './land';
import { DEFAULT_BATCH_ROWS, DEFAULT_LIMITS } from './limits';
import { landPieces } from './run';
import { startTiming } from './timing';

export interface LoadOptions {
  store: GraphStore;
  onEvent?: (event: BuildEvent) => void;
  /** Rows per write transaction, as for build. */
  batchSize?: number;
  /** False leaves co-mentions out, as for build. */
  comentions?: boolean;
  /**
   * The identity map the loaded articles land under, as in a build. Stored articles a changed map
   * places differently land again at the next build or curation command (that needs an extractor).
   */
  identity?: IdentityMap;
}

/** Lines per piece: a small part of a planning window, as for a corpus file. */
const LINES_PER_PIECE = 50;

/**
 * `wutong load`: the lines `wutong extract --jsonl --resolved` wrote, into Neo4j through the same
 * planning and writer as build, so the graph equals a build of the same articles and a second load
 * adds nothing (stored articles by the same extractor are unchanged; by another, replaced). A load
 * only adds: rows gone from a corpus are taken out by building it or by `wutong remove`. A line
 * that cannot be loaded is named with its file and line and skipped.
 */
export async function loadExtractions(paths: string[], options: LoadOptions): Promise<BuildSummary> {
  const timing = startTiming();
  const store = timing.timeWrites(options.store);
  const emit = options.onEvent ?? (() => {});
  const listed = await listInputFiles(paths);
  const files = listed.files.filter((file) => isCorpusFile(file) && !/\.csv(\.gz)?$/iu.test(file));
  const skipped: SkippedFile[] = [...listed.skipped, ...listed.files.filter((file) => !files.includes(file)).map((path) => ({ path, reason: 'not an extraction file (.jsonl, .ndjson, also .gz)' }))];
  const extractedBy = await firstStamp(files);
  await store.applySchema();
  const resolvedOf = new WeakMap<Article, ResolvedArticle>();
  const extraction: ArticleExtraction = {
    run: (article) => Promise.resolve(resolvedOf.get(article)!),
    close: async () => {},
  };
  return landPieces(files, skipped, extractionPieces(files, extractedBy, resolvedOf, timing.read), {
    store, extraction, extractedBy, timing, emit,
    limits: DEFAULT_LIMITS,
    comentions: options.comentions ?? true,
    rowsPerBatch: options.batchSize ?? DEFAULT_BATCH_ROWS,
    ...(options.identity === undefined ? {} : { identity: options.identity }),
  });
}

/** The extractor of the first loadable line: every article of one load is stamped with one extractor, as in a build. */
async function firstStamp(files: readonly string[]): Promise<string> {
  for (const file of files) {
    try {
      for await (const row of readJsonLines(file)) {
        const loadable = 'record' in row ? loadableLine(row.record) : row.reason;
        if (typeof loadable !== 'string') return loadable.extractedBy;
      }
    } catch {
      // Named when the file is read for loading.
    }
  }
  throw new WutongError('pipeline', 'PIPELINE_LOAD_NOTHING', `no line of ${files.length === 0 ? 'the named paths' : files.join(', ')} can be loaded: write them with wutong extract --jsonl --resolved`);
}

async function* extractionPieces(files: readonly string[], extractedBy: string, resolvedOf: WeakMap<Article, ResolvedArticle>, onRead: (ms: number) => void): AsyncGenerator<Piece> {
  let before = 0;
  for (const file of files) {
    let piece = { articles: [] as Article[], bad: [] as SkippedArticle[], bytes: before };
    let began = performance.now();
    const cut = (end: 'more' | SkippedFile): Piece => {
      onRead(performance.now() - began);
      const done: Piece = { kind: 'rows', file, source: file, articles: piece.articles, bad: piece.bad, end, bytes: piece.bytes };
      piece = { articles: [], bad: [], bytes: piece.bytes };
      return done;
    };
    try {
      for await (const row of readJsonLines(file)) {
        piece.bytes = before + row.bytes;
        const loadable = 'record' in row ? loadableLine(row.record) : row.reason;
        const bad = (reason: string) => piece.bad.push({ path: file, index: piece.articles.length, line: row.line, title: '', reason });
        if (typeof loadable === 'string') bad(loadable);
        else if (loadable.extractedBy !== extractedBy) bad(`extracted by ${loadable.extractedBy}, the first line by ${extractedBy}: load each extractor's files on their own`);
        else {
          resolvedOf.set(loadable.resolved.article, loadable.resolved);
          piece.articles.push(loadable.resolved.article);
        }
        if (piece.articles.length >= LINES_PER_PIECE) {
          yield cut('more');
          began = performance.now();
        }
      }
    } catch (error) {
      const reason = isWutongError(error) ? error.message.replace(/^ingest: /u, '').replace(`${file}: `, '') : errorLine(error);
      yield cut({ path: file, reason: `${reason}; the lines before it are loaded` });
      before += await stat(file).then((info) => info.size, () => 0);
      continue;
    }
    // A load only adds: its last piece, too, takes nothing of the file's stored articles out.
    yield cut('more');
    before += await stat(file).then((info) => info.size, () => 0);
  }
}
