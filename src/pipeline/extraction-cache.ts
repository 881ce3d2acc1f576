import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResolvedArticle } from '../resolve';

/** One article as this build resolved it, before the identity map placed it, and how it was landed. */
export interface CachedArticle {
  resolved: ResolvedArticle;
  comentions: boolean;
}

/**
 * The articles a build resolved, kept for its identity stage in a temporary file: an article the
 * stage moves lands again from here instead of being extracted a second time (extraction is
 * deterministic, so the two are the same, and on a fresh corpus the stage moves most articles).
 * Only offsets stay in memory, so a corpus of any size fits; the file goes when the build ends.
 */
export class ExtractionCache {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'wutong-resolved-'));
  private readonly fd = openSync(path.join(this.dir, 'resolved.jsonl'), 'w+');
  private readonly at = new Map<string, { offset: number; bytes: number }>();
  private end = 0;

  remember(resolved: ResolvedArticle, comentions: boolean): void {
    const { article, entities, relations, authors } = resolved;
    const line = Buffer.from(JSON.stringify({ resolved: { article, entities, relations, authors }, comentions }) + '\n');
    writeSync(this.fd, line, 0, line.length, this.end);
    this.at.set(article.id, { offset: this.end, bytes: line.length });
    this.end += line.length;
  }

  recall(id: string): CachedArticle | undefined {
    const at = this.at.get(id);
    if (at === undefined) return undefined;
    const line = Buffer.alloc(at.bytes);
    readSync(this.fd, line, 0, at.bytes, at.offset);
    return JSON.parse(line.toString('utf8')) as CachedArticle;
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
