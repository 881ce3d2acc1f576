import type { Article, SkippedFile } from '../ingest';
import type { GraphStore, WriteBatch } from '../store';
import { errorLine, isWutongError } from '../shared/errors';
import type { FileWork } from './plan';

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
  | { kind: 'progress'; bytes: number; totalBytes: number; articles: number; seconds: number };

export interface LandingSettings {
  /** name@version of the extractor, stamped on every article. */
  extractedBy: string;
  /** Whether co-mentions are written. */
  comentions: boolean;
  /** Rows (an article, its entities and its relations) per write transaction. */
  rowsPerBatch: number;
}

/** Characters of article text per write transaction, whatever the article count: one huge article is a batch of its own. */
const BATCH_CHARS = 1_000_000;

/**
 * Lands planned files in input order: waits for each article's extraction, names what is skipped,
 * and writes batches of one transaction each.
 */
export class Landing {
  readonly counts = { articlesAdded: 0, articlesReextracted: 0, articlesUnchanged: 0, articlesRemoved: 0, writesRetried: 0 };
  readonly skippedArticles: SkippedArticle[] = [];
  private batch: WriteBatch = { remove: [], add: [] };
  private batchChars = 0;
  private rowsInBatch = 0;
  private done = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly settings: LandingSettings,
    readonly skipped: SkippedFile[],
    private readonly emit: (event: BuildEvent) => void,
  ) {}

  async land(file: FileWork): Promise<void> {
    this.done += 1;
    if ('skipped' in file) {
      this.skipped.push(file.skipped);
      this.emit({ kind: 'skipped', file: file.skipped });
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
        const resolved = await work.result;
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
      if (this.rowsInBatch >= this.settings.rowsPerBatch || this.batchChars >= BATCH_CHARS) await this.flush();
    }
    this.emit({ kind: 'file', path: file.file, done: this.done, articles: file.articles, added });
  }

  async flush(): Promise<void> {
    await this.store.write(this.batch, { comentions: this.settings.comentions, onRetry: () => { this.counts.writesRetried += 1; } });
    const added = new Set(this.batch.add.map((r) => r.article.id));
    this.counts.articlesAdded += added.size;
    // An article extracted again leaves and comes back in one transaction: it is not removed.
    this.counts.articlesRemoved += this.batch.remove.filter((id) => !added.has(id)).length;
    this.batch = { remove: [], add: [] };
    this.batchChars = 0;
    this.rowsInBatch = 0;
  }

  private skipArticle(path: string, article: Article, reason: string): void {
    this.report({ path, index: article.index, ...(article.corpus ? { line: article.corpus.line } : {}), title: article.title, reason });
  }

  private report(entry: SkippedArticle): void {
    this.skippedArticles.push(entry);
    this.emit({ kind: 'skipped-article', article: entry });
  }
}
