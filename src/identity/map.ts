import { ENTITY_TYPES, type EntityType } from '../extract/types';
import { WutongError } from '../shared/errors';

/** One join of two nodes, from the curation file or from the automatic stage (stored in Neo4j). */
export interface MergeEntry {
  into: string;
  from: string;
  /** The name the kept node had when it was chosen; the joined node shows it (a hand-written entry may leave it out). */
  intoName?: string;
  fromName?: string;
  /** The type the joined node takes; without it the node keeps the type its articles give `into`. */
  type?: EntityType;
  /** `curation` for the user's file, otherwise the automatic stage that accepted it. */
  source: string;
  evidence: string[];
  score?: number;
  /** Articles naming each node when the automatic stage accepted the merge (none in the curation file). */
  intoArticles?: number;
  fromArticles?: number;
}

/** What a user decided about one node beyond joins: the name it shows, its type, surfaces that name it. */
export interface NodeOverride {
  name?: string;
  type?: EntityType;
  aliases?: string[];
}

/** The decisions of a curation file, in file order. */
export interface Curation {
  merges: MergeEntry[];
  /** Pairs kept apart: no automatic merge may join them. */
  distinct: [string, string][];
  nodes: Map<string, NodeOverride>;
  /** Surfaces that name nothing: a mention written exactly so is no entity. */
  words: string[];
  /** Surfaces that are names: no automatic stage may take them for words. */
  names: string[];
}

/** A surface the automatic stage found the corpus uses as a word, with why (src/identity/words.ts). */
export interface WordEntry {
  surface: string;
  source: string;
  evidence: string[];
  score?: number;
}

export interface MergedFrom {
  id: string;
  name: string;
  source: string;
  evidence: string[];
}

/**
 * Where every article-level entity lands: the node it joins (ids absent from `nodeOf` are their own
 * node), what each node is called and typed when that is decided, surfaces that name a node, and
 * what each merged node was merged from.
 */
export interface IdentityMap {
  nodeOf: Map<string, string>;
  nodes: Map<string, { name?: string; type?: EntityType }>;
  /** A mention with exactly this surface lands on the node (`wutong alias`). */
  aliases: Map<string, string>;
  mergedFrom: Map<string, MergedFrom[]>;
  /** A mention with exactly this surface is no entity: it lands nowhere. */
  words: Set<string>;
}

export const EMPTY_CURATION: Curation = { merges: [], distinct: [], nodes: new Map(), words: [], names: [] };

/**
 * The map the decisions give. Curation merges apply first and always; automatic merges then, surest
 * first, unless a `distinct` pair of the file would end in one node (the file wins). Joins chain:
 * B into A and A into C put B on C. Words: the file's, and the automatic stage's unless the file
 * calls the surface a name.
 */
export function identityMap(curation: Curation, auto: readonly MergeEntry[] = [], autoWords: readonly WordEntry[] = []): IdentityMap {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    for (let up = parent.get(at); up !== undefined; up = parent.get(at)) at = up;
    return at;
  };
  // How many articles name a node, as the automatic merges last saw it: where a merge joins two groups,
  // the node more articles name stays the node (a brand's big group is not renamed after a product of two
  // articles that joined it by a short form); a node the user's file joined into stays whatever.
  const articles = new Map<string, number>();
  for (const m of auto) {
    if (m.intoArticles !== undefined) articles.set(m.into, Math.max(articles.get(m.into) ?? 0, m.intoArticles));
    if (m.fromArticles !== undefined) articles.set(m.from, Math.max(articles.get(m.from) ?? 0, m.fromArticles));
  }
  const kept = new Set<string>();
  const nameOf = new Map<string, string>();
  for (const m of [...curation.merges, ...auto]) {
    if (m.intoName !== undefined && !nameOf.has(m.into)) nameOf.set(m.into, m.intoName);
    if (m.fromName !== undefined && !nameOf.has(m.from)) nameOf.set(m.from, m.fromName);
  }
  /** Each join with the node it absorbed: the node the other side's group had until then. */
  const applied: { merge: MergeEntry; absorbed: string; absorbedName: string }[] = [];
  const join = (merge: MergeEntry, byUser: boolean): boolean => {
    const into = root(merge.into);
    const from = root(merge.from);
    if (into === from) return false;
    // Only where `from` already belongs to a group: a pair alone keeps the direction its suggestion
    // chose (a person's full name over the surname more articles write alone).
    const chained = from !== merge.from;
    const fromStays = !byUser && !kept.has(into) && (kept.has(from) || (chained && (articles.get(from) ?? 0) > (articles.get(into) ?? 0)));
    if (fromStays) parent.set(into, from);
    else parent.set(from, into);
    if (byUser) kept.add(into);
    const absorbed = fromStays ? into : from;
    applied.push({ merge, absorbed, absorbedName: nameOf.get(absorbed) ?? absorbed });
    return true;
  };
  for (const merge of curation.merges) join(merge, true);
  for (const [a, b] of curation.distinct) {
    if (root(a) === root(b)) {
      throw new WutongError('identity', 'IDENTITY_CONTRADICTION', `${a} and ${b} are both merged and kept distinct in the curation file; remove one of the two entries`);
    }
  }
  const vetoed = (merge: MergeEntry): boolean => {
    const sides = new Set([root(merge.into), root(merge.from)]);
    return curation.distinct.some(([a, b]) => sides.has(root(a)) && sides.has(root(b)) && root(a) !== root(b));
  };
  const surest = [...auto].sort((x, y) => (y.score ?? 0) - (x.score ?? 0) || x.from.localeCompare(y.from));
  for (const merge of surest) if (!vetoed(merge)) join(merge, false);

  const names = new Set(curation.names);
  const words = new Set([...autoWords.map((w) => w.surface).filter((w) => !names.has(w)), ...curation.words]);
  const map: IdentityMap = { nodeOf: new Map(), nodes: new Map(), aliases: new Map(), mergedFrom: new Map(), words };
  for (const id of parent.keys()) map.nodeOf.set(id, root(id));
  for (const { merge, absorbed, absorbedName } of applied) {
    const node = root(merge.into);
    const held = map.mergedFrom.get(node) ?? [];
    held.push({ id: absorbed, name: absorbedName, source: merge.source, evidence: merge.evidence });
    map.mergedFrom.set(node, held);
    // The first join into a node names it (the name it had when it was chosen to be kept), the last one types it.
    const decided = map.nodes.get(node) ?? {};
    const named = merge.into === node ? merge.intoName : merge.from === node ? merge.fromName : undefined;
    map.nodes.set(node, { name: decided.name ?? named, type: merge.type ?? decided.type ?? typeOfId(node) });
  }
  for (const [id, override] of curation.nodes) {
    const node = root(id);
    const decided = map.nodes.get(node) ?? {};
    map.nodes.set(node, { name: override.name ?? decided.name, type: override.type ?? decided.type });
    for (const alias of override.aliases ?? []) map.aliases.set(alias, node);
  }
  for (const [node, decided] of map.nodes) {
    const kept = Object.fromEntries(Object.entries(decided).filter(([, v]) => v !== undefined));
    if (Object.keys(kept).length === 0) map.nodes.delete(node);
    else map.nodes.set(node, kept);
  }
  return map;
}

/** The type an entity id was made for (entityId and placeId start with it), so a merged node has one type. */
function typeOfId(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return ENTITY_TYPES.find((type) => type.toLowerCase() === prefix);
}

/** The node an article-level id lands on. */
export function nodeOf(map: IdentityMap, id: string): string {
  return map.nodeOf.get(id) ?? id;
}

/** The map as plain JSON, to keep in Neo4j as what the graph was last built with. */
export function serialiseMap(map: IdentityMap): string {
  const sorted = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({ nodeOf: sorted(map.nodeOf), nodes: sorted(map.nodes), aliases: sorted(map.aliases), mergedFrom: sorted(map.mergedFrom), words: [...map.words].sort() });
}

export function parseMap(json: string | undefined): IdentityMap {
  if (json === undefined) return identityMap(EMPTY_CURATION);
  const plain = JSON.parse(json) as { [K in Exclude<keyof IdentityMap, 'words'>]: [string, never][] } & { words?: string[] };
  // A map recorded before words were decided has none.
  return { nodeOf: new Map(plain.nodeOf), nodes: new Map(plain.nodes), aliases: new Map(plain.aliases), mergedFrom: new Map(plain.mergedFrom), words: new Set(plain.words ?? []) };
}

/**
 * What the graph must rebuild to go from one map to the other: the nodes (as the graph built with
 * `before` holds them) whose articles land differently, the surfaces whose mentions do (aliases
 * changed, and words decided: their mentions are still in the graph to be found by), and the words
 * undone (found by their articles' text, since their mentions left the graph).
 */
export function identityChange(before: IdentityMap, after: IdentityMap): { nodes: string[]; surfaces: string[]; wordsUndone: string[] } {
  const nodes = new Set<string>();
  for (const id of new Set([...before.nodeOf.keys(), ...after.nodeOf.keys()])) {
    if (nodeOf(before, id) !== nodeOf(after, id)) {
      nodes.add(nodeOf(before, id));
      // The node it joins now takes a new name or type with it: all of its articles land again.
      nodes.add(nodeOf(before, nodeOf(after, id)));
    }
  }
  for (const id of new Set([...before.nodes.keys(), ...after.nodes.keys()])) {
    if (JSON.stringify(before.nodes.get(id) ?? {}) !== JSON.stringify(after.nodes.get(id) ?? {})) nodes.add(nodeOf(before, id));
  }
  const aliases = [...new Set([...before.aliases.keys(), ...after.aliases.keys()])].filter((s) => before.aliases.get(s) !== after.aliases.get(s));
  const surfaces = [...new Set([...aliases, ...[...after.words].filter((w) => !before.words.has(w))])];
  const wordsUndone = [...before.words].filter((w) => !after.words.has(w));
  return { nodes: [...nodes].sort(), surfaces: surfaces.sort(), wordsUndone: wordsUndone.sort() };
}
