import type { Article, SkippedFile } from '../ingest';
import { applyIdentity, type IdentityMap } from '../identity';
import type { GraphStore, WriteBatch } from '../store';
import { errorLine, isWutongError } from '../shared/errors';
import type { FileWork } from './plan';
import type { ExtractionCache } from './extraction-cache';

/** An article left out of the graph, named by its file, its place in the file and its headline. */
export interface SkippedArticle {
  path: string;
  index: number;
  /** For a corpus file's row, the line it starts on (its title may be empty: a bad row has none). */
  line?: number;
  title: string;
  reason: string;
}

export type BuildEvent =
  | { kind: 'start'; files: number }
  | { kind: 'file'; path: string; done: number; articles: number; added: number }
  | { kind: 'skipped'; file: SkippedFile }
  | { kind: 'skipped-article'; article: SkippedArticle }
  /** After each file or run of rows has landed: bytes of the inputs read of their total, articles seen, seconds since the start. */
  | { kind: 'progress'; bytes: number; totalBytes: number; articles: number; seconds: number }
  /** The automatic identity stage has accepted what the corpus gives and lands the articles it moves again. */
  | { kind: 'identity'; merges: number; words: number }
  /** After each transaction of stored articles landed again under a new identity map: how many of how many, seconds since the first. */
  | { kind: 'relanded'; done: number; total: number; seconds: number };

export interface LandingSettings {
  /** name@version of the extractor, stamped on every article. */
  extractedBy: string;
  /** Whether co-mentions are written. */
  comentions: boolean;
  /** Rows (an article, its entities and its relations) per write transaction. */
  rowsPerBatch: number;
  /** Where each article-level entity lands (curation and accepted merges); none lands them as resolved. */
  identity?: IdentityMap;
  /** Keeps each article as resolved, before the map placed it, for the build's identity stage. */
  cache?: ExtractionCache;
}

/** Characters of article text per write transaction, whatever the article count: one huge article is a batch of its own. */
const BATCH_CHARS = 1_000_000;

/**
 * Rows worth a transaction of their own while the writer is idle. Below the full batch size, so the
 * writer never waits for a batch to fill while extraction runs ahead, and the batch left when
 * extraction ends is small; above a few articles, so each transaction's fixed cost is shared.
 */
const EAGER_ROWS = 1_500;

/**
 * Lands planned files in input order: waits for each article's extraction, names what is skipped,
 * and writes batches of one transaction each. A full batch is written while the next one fills, so
 * extraction goes on during the write instead of waiting for it (two in turn left the extraction
 * thread idle more than half a build); batches are still written one at a time and in order.
 */
export class Landing {
  readonly counts = { articlesAdded: 0, articlesReextracted: 0, articlesUnchanged: 0, articlesRemoved: 0, writesRetried: 0 };
  readonly skippedArticles: SkippedArticle[] = [];
  private batch: WriteBatch = { remove: [], add: [] };
  private batchChars = 0;
  private rowsInBatch = 0;
  private done = 0;
  /** The batch being written, if any; its failure is thrown by the next land or flush. */
  private writing: Promise<void> = Promise.resolve();
  private busy = false;

  constructor(
    private readonly store: GraphStore,
    private readonly settings: LandingSettings,
    readonly skipped: SkippedFile[],
    private readonly emit: (event: BuildEvent) => void,
  ) {}

  async land(file: FileWork): Promise<void> {
    this.done += 1;
    // Its 'skipped' event went out when it was read (PlanContext.onSkipped).
    if ('skipped' in file) {
      this.skipped.push(file.skipped);
      return;
    }
    this.batch.remove.push(...file.removals);
    this.counts.articlesUnchanged += file.unchanged;
    for (const row of file.bad ?? []) this.report(row);
    let added = 0;
    for (const work of file.work) {
      if ('skip' in work) {
        this.skipArticle(file.file, work.article, work.skip);
        continue;
      }
      try {
        const { identity, cache } = this.settings;
        const result = await work.result;
        cache?.remember(result, this.settings.comentions);
        const resolved = identity === undefined ? result : applyIdentity(identity, result);
        this.batch.add.push({ ...resolved, extractedBy: this.settings.extractedBy });
        this.rowsInBatch += 1 + resolved.entities.length + resolved.relations.length;
      } catch (error) {
        if (isWutongError(error, 'PIPELINE_WORKER')) throw error;
        this.skipArticle(file.file, work.article, isWutongError(error) ? error.message.replace(/^pipeline: /u, '') : errorLine(error));
        continue;
      }
      if (work.outdated) {
        this.batch.remove.push(work.article.id);
        this.counts.articlesReextracted += 1;
      }
      added += 1;
      this.batchChars += work.article.text.length;
      if (this.rowsInBatch >= this.settings.rowsPerBatch || this.batchChars >= BATCH_CHARS) await this.startWrite();
      else if (!this.busy && this.rowsInBatch >= Math.min(EAGER_ROWS, this.settings.rowsPerBatch)) await this.startWrite();
    }
    this.emit({ kind: 'file', path: file.file, done: this.done, articles: file.articles, added });
  }

  /** Writes what is pending, after the batch being written: when it resolves, everything landed so far is in the graph. */
  async flush(): Promise<void> {
    await this.startWrite();
    await this.writing;
  }

  /** Waits for the batch being written, then starts writing the pending one without waiting for it. */
  private async startWrite(): Promise<void> {
    await this.writing;
    const batch = this.batch;
    this.batch = { remove: [], add: [] };
    this.batchChars = 0;
    this.rowsInBatch = 0;
    this.busy = true;
    this.writing = this.write(batch).finally(() => { this.busy = false; });
    // Awaited by the next startWrite or flush; until then a failure must not count as unhandled.
    this.writing.catch(() => undefined);
  }

  private async write(batch: WriteBatch): Promise<void> {
    await this.store.write(batch, { comentions: this.settings.comentions, onRetry: () => { this.counts.writesRetried += 1; } });
    const added = new Set(batch.add.map((r) => r.article.id));
    this.counts.articlesAdded += added.size;
    // An article extracted again leaves and comes back in one transaction: it is not removed.
    this.counts.articlesRemoved += batch.remove.filter((id) => !added.has(id)).length;
  }

  private skipArticle(path: string, article: Article, reason: string): void {
    this.report({ path, index: article.index, ...(article.corpus ? { line: article.corpus.line } : {}), title: article.title, reason });
  }

  private report(entry: SkippedArticle): void {
    this.skippedArticles.push(entry);
    this.emit({ kind: 'skipped-article', article: entry });
  }
}
