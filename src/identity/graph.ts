import { createHash } from 'node:crypto';
import type { EntityType } from '../extract/types';
import type { Article } from '../ingest';
import { cypherStatement, type GraphStore } from '../store';
import { WutongError } from '../shared/errors';
import { CurationFile } from './curation';
import { identityMap, parseMap, serialiseMap, type IdentityMap, type MergeEntry, type WordEntry } from './map';
import type { MergeSuggestion, WordSuggestion } from './types';

// Where the identity stage keeps its state in Neo4j, beside the graph: the automatic merges it
// accepted (:IdentityMerge), the surfaces it took for words (:IdentityWord) and the map the graph
// was last landed with (:IdentityState), so it works with any Neo4j and a build elsewhere needs
// nothing but the curation file and the database.

/** What the automatic stage accepted: its merges and its words. */
export interface AutoDecisions {
  merges: MergeEntry[];
  words: WordEntry[];
}

export async function autoDecisions(store: GraphStore): Promise<AutoDecisions> {
  const words = await store.connection.read(cypherStatement('identity/auto-words.cypher'));
  return {
    merges: await autoMerges(store),
    words: words.records.map((r) => {
      const score = r.get('score') as number | null;
      return { surface: r.get('surface') as string, source: r.get('source') as string, evidence: (r.get('evidence') as string[] | null) ?? [], ...(score === null ? {} : { score: Number(score) }) };
    }),
  };
}

async function autoMerges(store: GraphStore): Promise<MergeEntry[]> {
  const { records } = await store.connection.read(cypherStatement('identity/auto-merges.cypher'));
  return records.map((r) => {
    const type = r.get('type') as EntityType | null;
    const score = r.get('score') as number | null;
    const intoArticles = r.get('intoArticles') as number | null;
    const fromArticles = r.get('fromArticles') as number | null;
    return {
      ...(intoArticles === null ? {} : { intoArticles: Number(intoArticles) }), ...(fromArticles === null ? {} : { fromArticles: Number(fromArticles) }),
      into: r.get('into') as string, from: r.get('from') as string, intoName: r.get('intoName') as string, fromName: r.get('fromName') as string,
      source: r.get('source') as string, evidence: (r.get('evidence') as string[] | null) ?? [],
      ...(type === null ? {} : { type }), ...(score === null ? {} : { score: Number(score) }),
    };
  });
}

/** Records suggestions the automatic stage accepted, as merges of `source`. */
export async function recordAutoMerges(store: GraphStore, suggestions: readonly MergeSuggestion[], source: string): Promise<void> {
  if (source === 'curation') throw new WutongError('identity', 'IDENTITY_SOURCE', "'curation' names the user's file; an automatic stage needs a name of its own");
  const merges = suggestions.map((s) => ({
    into: s.into, from: s.from, intoName: s.intoName, fromName: s.fromName, type: s.type, source, evidence: s.evidence, score: s.score,
    intoArticles: s.intoArticles, fromArticles: s.fromArticles,
  }));
  if (merges.length > 0) await store.connection.write(cypherStatement('identity/write-auto-merges.cypher'), { merges });
}

/** Records surfaces the automatic stage took for words, as decisions of `source`. */
export async function recordAutoWords(store: GraphStore, words: readonly WordSuggestion[], source: string): Promise<void> {
  if (source === 'curation') throw new WutongError('identity', 'IDENTITY_SOURCE', "'curation' names the user's file; an automatic stage needs a name of its own");
  const rows = words.map((w) => ({ surface: w.surface, source, evidence: w.evidence, score: w.score }));
  if (rows.length > 0) await store.connection.write(cypherStatement('identity/write-auto-words.cypher'), { words: rows });
}

/** The map the curation file and the accepted automatic decisions give now. */
export async function currentIdentity(store: GraphStore, curationFile: string): Promise<IdentityMap> {
  const auto = await autoDecisions(store);
  return identityMap(CurationFile.read(curationFile).curation, auto.merges, auto.words);
}

/**
 * Whether the stored articles are others than those the automatic stage last read in full (a build
 * or a removal since, or a stage cut short): a build runs the stage then, and only then.
 */
export async function articlesChangedSinceAuto(store: GraphStore): Promise<boolean> {
  const { records } = await store.connection.read(cypherStatement('identity/auto-state.cypher'));
  const last = (records[0]?.get('articles') as string | null | undefined) ?? undefined;
  return last !== (await articlesFingerprint(store));
}

/** Records that the automatic stage has read the stored articles as they are now. */
export async function saveAutoState(store: GraphStore): Promise<void> {
  await store.connection.write(cypherStatement('identity/write-auto-state.cypher'), { articles: await articlesFingerprint(store) });
}

async function articlesFingerprint(store: GraphStore): Promise<string> {
  const { records } = await store.connection.read(cypherStatement('identity/article-ids.cypher'));
  const hash = createHash('sha256');
  for (const r of records) hash.update(`${r.get('id') as string}\n`);
  return hash.digest('hex');
}

export async function appliedIdentity(store: GraphStore): Promise<IdentityMap> {
  const { records } = await store.connection.read(cypherStatement('identity/applied-map.cypher'));
  return parseMap((records[0]?.get('map') as string | null) ?? undefined);
}

export async function saveAppliedIdentity(store: GraphStore, map: IdentityMap): Promise<void> {
  await store.connection.write(cypherStatement('identity/write-applied-map.cypher'), { map: serialiseMap(map) });
}

/** Stored articles that link the given nodes, use the given surfaces, or whose text holds one of the words undone. */
export async function articlesTouching(store: GraphStore, change: { nodes: string[]; surfaces: string[]; wordsUndone: string[] }): Promise<string[]> {
  const ids = new Set<string>();
  if (change.nodes.length > 0) {
    const { records } = await store.connection.read(cypherStatement('identity/node-articles.cypher'), { nodes: change.nodes });
    records.forEach((r) => ids.add(r.get('id') as string));
  }
  if (change.surfaces.length > 0) {
    const { records } = await store.connection.read(cypherStatement('identity/surface-articles.cypher'), { surfaces: change.surfaces });
    records.forEach((r) => ids.add(r.get('id') as string));
  }
  if (change.wordsUndone.length > 0) {
    const { records } = await store.connection.read(cypherStatement('identity/text-articles.cypher'), { words: change.wordsUndone });
    records.forEach((r) => ids.add(r.get('id') as string));
  }
  return [...ids].sort();
}

/** Stored articles as ingest gave them, with the co-mention setting they were built with. */
export async function storedArticles(store: GraphStore, ids: string[]): Promise<{ article: Article; comentions: boolean }[]> {
  const { records } = await store.connection.read(cypherStatement('identity/stored-articles.cypher'), { ids });
  return records.map((r) => {
    const published = r.get('published') as string | null;
    const article: Article = {
      id: r.get('id') as string, title: r.get('title') as string, source: r.get('source') as string, index: Number(r.get('index')),
      lang: r.get('lang') as Article['lang'], authors: (r.get('authors') as string[] | null) ?? [], text: r.get('text') as string,
      ...(published === null ? {} : { published }),
    };
    return { article, comentions: r.get('comentions') as boolean };
  });
}

/** Writes `mergedFrom` on every merged node and clears it where a node is merged no more. */
export async function writeMergedFrom(store: GraphStore, map: IdentityMap): Promise<void> {
  const nodes = [...map.mergedFrom].map(([id, from]) => ({ id, mergedFrom: from.map((f) => JSON.stringify(f)) }));
  await store.connection.write(cypherStatement('identity/clear-merged-from.cypher'), { ids: nodes.map((n) => n.id) });
  if (nodes.length > 0) await store.connection.write(cypherStatement('identity/write-merged-from.cypher'), { nodes });
}

export interface NodeRef {
  id: string;
  name: string;
  type: string;
  articles: number;
}

/**
 * The one node a user means: an id, a name, or an alias naming exactly one node; a node merged away
 * is found by its former id or name, as the map remembers it. Anything else fails, listing the candidates.
 */
export async function findNode(store: GraphStore, query: string, map: IdentityMap): Promise<NodeRef> {
  const { records } = await store.connection.read(cypherStatement('identity/find-entities.cypher'), { q: query });
  const found = records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, type: r.get('type') as string, articles: Number(r.get('articles')), exact: r.get('exact') as boolean }));
  for (const [into, merged] of map.mergedFrom) {
    for (const m of merged) if (m.id === query || m.name === query) found.push({ id: m.id, name: m.name, type: `merged into ${into}`, articles: 0, exact: true });
  }
  const exact = found.filter((f) => f.exact);
  const candidates = exact.length > 0 ? exact : found;
  const byId = candidates.find((f) => f.id === query);
  if (byId !== undefined) return byId;
  const distinct = [...new Map(candidates.map((f) => [f.id, f])).values()];
  if (distinct.length === 1) return distinct[0]!;
  if (distinct.length === 0) throw new WutongError('identity', 'IDENTITY_NOT_FOUND', `no node is called '${query}' (give a node id or a name the graph holds)`);
  const listed = distinct.slice(0, 10).map((f) => `${f.id} ${f.name} (${f.type}, ${f.articles} articles)`).join('; ');
  throw new WutongError('identity', 'IDENTITY_AMBIGUOUS', `'${query}' names ${distinct.length} nodes: ${listed}${distinct.length > 10 ? '; …' : ''}; give the id of the one you mean`);
}
