import type { Extractor } from '../extract';
import {
  AUTO_MIN_SCORE, AUTO_SOURCE, appliedIdentity, saveAutoState, applyIdentity, articlesTouching, autoDecisions, currentIdentity, identityChange, identityMap, recordAutoMerges, recordAutoWords, saveAppliedIdentity,
  storedArticles, suggestMerges, suggestWords, writeMergedFrom,
  type Curation, type IdentityMap, type MergeSuggestion, type WordSuggestion,
} from '../identity';
import type { ResolvedArticle } from '../resolve';
import type { GraphStore } from '../store';
import { errorLine } from '../shared/errors';
import { startExtraction, type ArticleExtraction } from './extraction';
import { extractorStamp } from './extraction-file';
import type { BuildEvent } from './land';
import type { ExtractionCache } from './extraction-cache';
import { DEFAULT_LIMITS, DEFAULT_WORKERS } from './limits';

export interface IdentitySyncOptions {
  extractor: Extractor;
  /** Extraction threads (default as a build). */
  workers?: number;
}

export interface IdentitySyncSummary {
  /** Stored articles extracted and landed again because the map places them differently. */
  relanded: number;
  /** Articles that could not be extracted again, with the reason; they keep their old contributions. */
  failed: { id: string; reason: string }[];
}

export interface AutoIdentityOptions {
  /** The curation file's decisions: its merges apply first, its distinct pairs veto, its names keep a surface a name. */
  curation: Curation;
  /** Suggestions at or above this are accepted (default AUTO_MIN_SCORE). */
  minScore?: number;
}

export interface AutoIdentitySummary extends IdentitySyncSummary {
  /** Suggestions accepted as merges by this run. */
  merges: number;
  /** Surfaces taken for words by this run. */
  words: number;
}

/** Articles landed again per write transaction. */
const RELAND_BATCH = 50;

/**
 * Brings the graph to the identity map: the stored articles the change from the map it was last
 * landed with moves (those linking a node that changes, or using an alias that does) are
 * extracted again from their stored text and landed under the new map; what each merged node was
 * merged from is written; the map is recorded as applied last, so a run cut short is finished by
 * the next. Extraction is deterministic, so landing under the old map again gives the graph back
 * exactly: a merge and its split leave nothing behind.
 */
export async function syncIdentity(store: GraphStore, map: IdentityMap, options: IdentitySyncOptions): Promise<IdentitySyncSummary> {
  return withExtraction(options, (extraction, extractedBy) => syncWith(store, map, extraction, extractedBy));
}

/** The automatic identity stage from a command (\`wutong suggest --apply\`), on an extraction of its own. */
export async function runAutoIdentity(store: GraphStore, options: AutoIdentityOptions, sync: IdentitySyncOptions): Promise<AutoIdentitySummary> {
  return withExtraction(sync, (extraction, extractedBy) => autoIdentityWith(store, options, extraction, extractedBy, () => {}));
}

async function withExtraction<T>(options: IdentitySyncOptions, work: (extraction: ArticleExtraction, extractedBy: string) => Promise<T>): Promise<T> {
  const extraction = startExtraction(options.extractor, { workers: options.workers ?? DEFAULT_WORKERS, articleMs: DEFAULT_LIMITS.articleMs });
  try {
    return await work(extraction, extractorStamp(options.extractor));
  } finally {
    await extraction.close();
  }
}

/** syncIdentity on a running extraction (a build's), reading the articles a build resolved from its cache. */
export async function syncWith(
  store: GraphStore, map: IdentityMap, extraction: ArticleExtraction, extractedBy: string,
  emit: (event: BuildEvent) => void = () => {}, cache?: ExtractionCache,
): Promise<IdentitySyncSummary> {
  const change = identityChange(await appliedIdentity(store), map);
  const ids = await articlesTouching(store, change);
  const failed: IdentitySyncSummary['failed'] = [];
  const began = performance.now();
  // The next batch is read and extracted while this one is written.
  const start = (at: number) => relandBatch(store, ids.slice(at, at + RELAND_BATCH), extraction, cache);
  let next = ids.length > 0 ? start(0) : undefined;
  for (let at = 0; at < ids.length; at += RELAND_BATCH) {
    const runs = await next!;
    next = at + RELAND_BATCH < ids.length ? start(at + RELAND_BATCH) : undefined;
    next?.catch(() => undefined);
    const landed: { resolved: ResolvedArticle; comentions: boolean }[] = [];
    for (const run of runs) {
      try {
        landed.push({ resolved: { ...relanded(map, await run.resolved), extractedBy }, comentions: run.comentions });
      } catch (error) {
        failed.push({ id: run.id, reason: errorLine(error) });
      }
    }
    // An article keeps the co-mention setting it was built with.
    for (const comentions of [true, false]) {
      const add = landed.filter((l) => l.comentions === comentions).map((l) => l.resolved);
      if (add.length > 0) await store.write({ remove: [], add }, { comentions });
    }
    emit({ kind: 'relanded', done: Math.min(at + RELAND_BATCH, ids.length), total: ids.length, seconds: (performance.now() - began) / 1000 });
  }
  await writeMergedFrom(store, map);
  await saveAppliedIdentity(store, map);
  return { relanded: ids.length - failed.length, failed };
}

interface Reland {
  id: string;
  resolved: Promise<ResolvedArticle>;
  comentions: boolean;
}

/** Stored articles on their way to landing again: from the build's cache where it holds them, extracted again from their stored text otherwise. */
async function relandBatch(store: GraphStore, ids: string[], extraction: ArticleExtraction, cache: ExtractionCache | undefined): Promise<Reland[]> {
  const cached = new Map(ids.map((id) => [id, cache?.recall(id)] as const));
  const stored = await storedArticles(store, ids.filter((id) => cached.get(id) === undefined));
  const runs = [
    ...[...cached].flatMap(([id, hit]) => (hit === undefined ? [] : [{ id, resolved: Promise.resolve(hit.resolved), comentions: hit.comentions }])),
    ...stored.map(({ article, comentions }) => ({ id: article.id, resolved: extraction.run(article), comentions })),
  ];
  runs.forEach((run) => run.resolved.catch(() => undefined));
  return runs;
}

/** An article landed again sets the type of every node it names, so a type decision undone is undone on the node too. */
function relanded(map: IdentityMap, resolved: ResolvedArticle): ResolvedArticle {
  const placed = applyIdentity(map, resolved);
  return { ...placed, entities: placed.entities.map((e) => ({ ...e, retype: true })) };
}

/**
 * Rounds of the stage one build runs at most. A round's merges make pairs visible the graph did not
 * show before (a joined node shares the neighbours of all its parts), which the next round finds; on
 * the Sina corpus the first round accepted 4,331 merges, the second 24, the third none. A round that
 * lands nothing again leaves the graph as the round before read it, so the stage stops there.
 */
const AUTO_ROUNDS = 3;

/**
 * The automatic identity stage, run by every build whose graph changed since the stage last ran to
 * its end (on the build's running extraction), in rounds: the finder reads the whole graph as landed,
 * every suggestion at or above the score is recorded as a merge of source \`auto\` and every word found
 * as a word, and the stored articles the new map moves are landed again. Merges accepted before stay
 * (a user undoes one with \`wutong split\`), so an incremental build lands only what its new articles
 * changed.
 */
export async function autoIdentityWith(
  store: GraphStore, options: AutoIdentityOptions, extraction: ArticleExtraction, extractedBy: string, emit: (event: BuildEvent) => void, cache?: ExtractionCache,
): Promise<AutoIdentitySummary> {
  const summary: AutoIdentitySummary = { merges: 0, words: 0, relanded: 0, failed: [] };
  for (let round = 0; round < AUTO_ROUNDS; round++) {
    const suggestions = await suggestMerges(store.connection, { minScore: options.minScore ?? AUTO_MIN_SCORE });
    const words = await suggestWords(store.connection);
    // A word decided before is found again while its longer names stay in the graph: only new ones count.
    const known = new Set((await autoDecisions(store)).words.map((w) => w.surface));
    const newWords = words.filter((w) => !known.has(w.surface)).length;
    await recordAutoMerges(store, suggestions, AUTO_SOURCE);
    await recordAutoWords(store, words, AUTO_SOURCE);
    emit({ kind: 'identity', merges: suggestions.length, words: newWords });
    const auto = await autoDecisions(store);
    const synced = await syncWith(store, identityMap(options.curation, auto.merges, auto.words), extraction, extractedBy, emit, cache);
    summary.merges += suggestions.length;
    summary.words += newWords;
    summary.relanded += synced.relanded;
    summary.failed.push(...synced.failed);
    if (synced.relanded === 0) break;
  }
  await saveAutoState(store);
  return summary;
}

/**
 * Chosen suggestions applied as an automatic stage would apply them: records them as merges of `source`
 * (kept in Neo4j, vetoed by the curation file's `distinct` entries, overruled by its merges) and
 * the surfaces it takes for words (overruled by the file's `names`), and brings the graph to the
 * map they give with the curation file.
 */
export async function applyMerges(
  store: GraphStore,
  suggestions: readonly MergeSuggestion[],
  source: string,
  options: IdentitySyncOptions & { curationFile: string; words?: readonly WordSuggestion[] },
): Promise<IdentitySyncSummary> {
  await recordAutoMerges(store, suggestions, source);
  await recordAutoWords(store, options.words ?? [], source);
  return syncIdentity(store, await currentIdentity(store, options.curationFile), options);
}
