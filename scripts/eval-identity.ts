/**
 * How well the graph in a database keeps one node per real-world entity, on the annotated lists of
 * scripts/identity/entities.json (entities of the Sina corpus with the surfaces its articles use):
 * the share that are one node of the right type with a display name among their surfaces, and the
 * share of nodes that join two listed entities. Three readings: the graph as built, with display
 * names chosen by the most used full form, and with the suggestion finder's merges at or above a
 * threshold applied (simulated: nodes grouped, the group's type that of its most named node), with
 * the precision of those merges. And how many of the most mentioned nodes are no entity but markup,
 * datelines or English words read as names, and how many are names judged by eye no entity
 * (scripts/identity/junk.ts), each listed. Reads only.
 * Usage: NEO4J_URI=… npm run eval:identity [-- --list dev|heldOut --threshold 0.55 --sweep --top 1000]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toPlain } from '../src/graph';
import { EMPTY_CURATION, identityMap, nodeOf, suggestMerges, type MergeSuggestion } from '../src/identity';
import { cypherStatement, displayName, Neo4jConnection, neo4jConfigFromEnv } from '../src/store';
import { judgedKind, junkKind } from './identity/junk';

const { values } = parseArgs({
  options: {
    list: { type: 'string', default: 'dev' },
    threshold: { type: 'string', default: '0.55' },
    sweep: { type: 'boolean', default: false },
    'min-articles': { type: 'string', default: '2' },
    top: { type: 'string', default: '1000' },
  },
});
interface Listed { type: string; surfaces: string[] }
const lists = JSON.parse(readFileSync(new URL('./identity/entities.json', import.meta.url), 'utf8')) as Record<string, Listed[]>;
const listed = lists[values.list!];
if (!Array.isArray(listed)) throw new Error(`eval-identity: no list ${values.list} (dev or heldOut)`);
const minArticles = Number(values['min-articles']);
// The lists annotate the Sina corpus: without a graph of it named, `npm run eval` goes on without this part.
if (!process.env.NEO4J_URI) {
  console.log('eval-identity: skipped (set NEO4J_URI to a graph built from ../shared/data/news/sina-2018.jsonl)');
  process.exit(0);
}
const connection = new Neo4jConnection(neo4jConfigFromEnv(process.env));
process.on('uncaughtException', (error) => {
  console.error(`eval-identity: ${error.message}`);
  process.exit(1);
});

async function rows(file: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const result = await connection.read(cypherStatement(file), params);
  return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}

interface Node { id: string; name: string; type: string; articles: number; surfaces: Set<string> }
const nodes = (await rows('identity/nodes-named.cypher', { surfaces: listed.flatMap((e) => e.surfaces), minArticles })).map(
  (r) => ({ id: String(r.id), name: String(r.name), type: String(r.type), articles: Number(r.articles), surfaces: new Set([String(r.name), ...(r.aliases as string[])]) }) as Node,
);
const uses = new Map<string, Map<string, number>>();
for (const r of await rows('identity/names-used.cypher', { ids: nodes.map((n) => n.id) })) {
  const byName = uses.get(String(r.id)) ?? new Map<string, number>();
  byName.set(String(r.name), Number(r.uses));
  uses.set(String(r.id), byName);
}
const thresholds = values.sweep ? [0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9] : [Number(values.threshold)];
// The finder types each node by the suggestions it is given together: read once per threshold, as the stage would.
const suggestionsAt = new Map<number, MergeSuggestion[]>();
for (const t of thresholds) suggestionsAt.set(t, await suggestMerges(connection, { minArticles, minScore: t }));
const top = Number(values.top);
const mostMentioned = await rows('identity/most-mentioned.cypher', { limit: top });
const listJunk = (kindOf: (name: string) => string | undefined): string[] => mostMentioned.flatMap((r) => {
  const kind = kindOf(String(r.name));
  return kind === undefined ? [] : [`${String(r.name)} (${String(r.type)}, ${Number(r.articles)} articles): ${kind}`];
});
const junk = listJunk(junkKind);
const judged = listJunk((name) => (junkKind(name) === undefined ? judgedKind(name) : undefined));
await connection.close();

function score(merges: readonly MergeSuggestion[], mostUsedName: boolean): { whole: number; joining: number; groups: number; wrong: string[] } {
  // The stage's own map: which node each joins, and the name and type it decides for a merged node.
  const map = identityMap(EMPTY_CURATION, merges.map((m) => ({ ...m, source: 'auto' })));
  const rootOf = new Map(nodes.map((n) => [n.id, nodeOf(map, n.id)]));
  const members = new Map<string, Node[]>();
  for (const n of nodes) members.set(rootOf.get(n.id)!, [...(members.get(rootOf.get(n.id)!) ?? []), n]);
  const display = (root: string): { name: string; type: string } => {
    const group = members.get(root)!;
    const head = group.find((n) => n.id === root) ?? [...group].sort((a, b) => b.articles - a.articles)[0]!;
    const decided = map.nodes.get(root);
    if (!mostUsedName) return { name: head.name, type: decided?.type ?? head.type };
    // Without a decided name, the store shows the full form most of the node's articles use, by its own rule.
    const total = new Map<string, number>();
    for (const n of group) for (const [name, k] of uses.get(n.id) ?? []) total.set(name, (total.get(name) ?? 0) + k);
    const type = decided?.type ?? head.type;
    return { name: decided?.name ?? displayName(type, total) ?? head.name, type };
  };
  const wrong: string[] = [];
  let whole = 0;
  for (const e of listed) {
    const hit = new Set(nodes.filter((n) => e.surfaces.some((s) => n.surfaces.has(s))).map((n) => rootOf.get(n.id)!));
    const [only] = hit;
    const shown = only === undefined ? undefined : display(only);
    if (hit.size === 1 && shown!.type === e.type && e.surfaces.includes(shown!.name)) whole++;
    else wrong.push(`${e.surfaces[0]}: ${hit.size} node(s)${shown ? ` (${[...hit].map((r) => `${display(r).name}/${display(r).type}`).join(', ')})` : ''}`);
  }
  const touched = [...members.values()];
  const joining = touched.filter((g) => listed.filter((e) => g.some((n) => e.surfaces.some((s) => n.surfaces.has(s)))).length > 1).length;
  return { whole: whole / listed.length, joining: joining / Math.max(1, touched.length), groups: touched.length, wrong };
}

/** Of the merges applied whose both ends are listed, the share joining one listed entity. */
function precision(merges: readonly MergeSuggestion[]): string {
  const entityOf = (id: string): Set<number> => {
    const n = nodes.find((x) => x.id === id);
    return new Set(n ? listed.flatMap((e, k) => (e.surfaces.some((s) => n.surfaces.has(s)) ? [k] : [])) : []);
  };
  const judged = merges.map((m) => [entityOf(m.into), entityOf(m.from)] as const).filter(([a, b]) => a.size > 0 && b.size > 0);
  const right = judged.filter(([a, b]) => [...a].some((k) => b.has(k)) && a.size === 1 && b.size === 1).length;
  return judged.length === 0 ? 'no listed pair merged' : `${right}/${judged.length} listed pairs right (${Math.round((100 * right) / judged.length)}%)`;
}

console.log(`eval-identity: ${junk.length} of the ${top} most mentioned nodes are markup, datelines or words, not entities (target 0)`);
for (const j of junk) console.log(`  no entity: ${j}`);
console.log(`eval-identity: ${judged.length} more of them are names judged by eye no entity (scripts/identity/not-entities.json)`);
for (const j of judged) console.log(`  judged no entity: ${j}`);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const line = (label: string, r: ReturnType<typeof score>): string => `${label.padEnd(34)} one right node ${pct(r.whole).padStart(6)}  nodes joining two ${pct(r.joining).padStart(5)} (of ${r.groups})`;
console.log(`eval-identity: list ${values.list} (${listed.length} entities), nodes in ≥ ${minArticles} articles; targets ≥ 90% and ≤ 2%`);
console.log(line('graph as built', score([], false)));
console.log(line('+ most used full form as name', score([], true)));
for (const t of thresholds) {
  const applied = suggestionsAt.get(t)!;
  const r = score(applied, true);
  console.log(`${line(`+ suggestions ≥ ${t} (${applied.length})`, r)}  merges: ${precision(applied)}`);
  if (!values.sweep) for (const w of r.wrong) console.log(`  not one right node: ${w}`);
}
