import type { SkippedFile } from '../ingest';
import { writeMergedFrom, type IdentityMap } from '../identity';
import type { GraphStore } from '../store';
import { isWutongError } from '../shared/errors';
import type { BuildSummary } from './build';
import type { ArticleExtraction } from './extraction';
import type { ExtractionCache } from './extraction-cache';
import { inputBytes, type Piece } from './inputs';
import { Landing, type BuildEvent } from './land';
import type { BuildLimits } from './limits';
import { planWindow } from './plan';
import type { startTiming } from './timing';

export interface RunSettings {
  store: GraphStore;
  extraction: ArticleExtraction;
  limits: BuildLimits;
  extractedBy: string;
  comentions: boolean;
  rowsPerBatch: number;
  timing: ReturnType<typeof startTiming>;
  emit: (event: BuildEvent) => void;
  /** The identity map every article lands under (curation file and accepted merges); none lands articles as resolved. */
  identity?: IdentityMap;
  /** Keeps each article as resolved for the build's identity stage. */
  cache?: ExtractionCache;
}

/**
 * What build and load share: pieces of the inputs planned a window at a time (the next window read
 * and sent to extraction while this one lands), landed in input order, progress after each.
 */
export async function landPieces(files: string[], skipped: SkippedFile[], pieces: AsyncGenerator<Piece>, settings: RunSettings): Promise<BuildSummary> {
  const { store, extraction, limits, extractedBy, comentions, timing, emit } = settings;
  skipped.forEach((file) => emit({ kind: 'skipped', file }));
  emit({ kind: 'start', files: files.length });
  const totalBytes = await inputBytes(files);
  const { identity, cache } = settings;
  const landing = new Landing(store, { extractedBy, comentions, rowsPerBatch: settings.rowsPerBatch, ...(identity === undefined ? {} : { identity }), ...(cache === undefined ? {} : { cache }) }, skipped, emit);
  const context = {
    store, extraction, limits, extractedBy, comentions, held: new Set<string>(), removed: new Set<string>(), onExtracted: timing.extracted,
    onSkipped: (file: SkippedFile) => emit({ kind: 'skipped', file }),
  };
  let seen = 0;
  try {
    let window = files.length > 0 ? planWindow(pieces, context) : undefined;
    while (window !== undefined) {
      const { work, done } = await window;
      window = done ? undefined : planWindow(pieces, context);
      window?.catch(() => undefined);
      for (const file of work) {
        await landing.land(file);
        if ('skipped' in file) continue;
        seen += file.articles + (file.bad?.length ?? 0);
        emit({ kind: 'progress', bytes: file.bytes ?? 0, totalBytes, articles: seen, seconds: timing.seconds() });
      }
    }
    await landing.flush();
    // Nodes this run created may be merged ones.
    if (identity !== undefined && identity.mergedFrom.size > 0) await writeMergedFrom(store, identity);
  } catch (error) {
    // What did land before the failure is written, unless writing is what failed.
    if (!(isWutongError(error) && error.module === 'store')) await landing.flush().catch(() => undefined);
    throw error;
  } finally {
    await pieces.return(undefined);
  }
  return { files: files.length, ...landing.counts, skipped, skippedArticles: landing.skippedArticles, counts: await store.counts(), timing: timing.summary() };
}
