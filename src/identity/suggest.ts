import { toPlain } from '../graph';
import { cypherStatement, type Neo4jConnection } from '../store';
import { candidatePairs, isRegisteredName, type Candidate, type CandidateKind, type Node } from './suggest-candidates';
import { typeByGroup, type Typed } from './group-type';
import type { MergeSuggestion } from './types';

export interface SuggestOptions {
  /** Entities named in fewer articles are not weighed (the long tail costs time and gains little). */
  minArticles?: number;
  /** Suggestions scoring below this are dropped. */
  minScore?: number;
}

/** What the corpus says about one candidate pair (cypher/identity/pair-evidence.cypher). */
interface PairEvidence {
  both: number;
  longFirst: number;
  /** Articles that call one of the two by the other's name too (a surface of its mention there). */
  longCalledShort: number;
  shortCalledLong: number;
  shared: number;
  longNeighbours: number;
  shortNeighbours: number;
}

/**
 * How much a name alone says, by kind. A short form says little (阿里 of 阿里巴巴 is likely, 中国 of
 * 中国银行 is not), a surname a little more (it ends one common full name only, see
 * suggest-candidates.ts): they need the corpus's evidence, and a person always does, since two people
 * may share a name and neither should absorb the other on the strength of the name alone. A known
 * alias is knowledge, as sure as a registered form (two people of the general list need evidence all the same).
 */
const NAME_WEIGHT: Record<CandidateKind, number> = { sameName: 0.6, knownAlias: 0.6, registeredName: 0.6, sameCore: 0.5, nameVariant: 0.6, shortForm: 0.2, homePrefix: 0.3, abbreviation: 0.15, surname: 0.3 };
const NEEDS_EVIDENCE: ReadonlySet<CandidateKind> = new Set(['shortForm', 'homePrefix', 'abbreviation', 'surname']);
/** Pairs per evidence query: one transaction's worth. */
const BATCH = 200;

/**
 * The likely duplicates of the graph, most valuable first (articles the merge affects × certainty),
 * each with the evidence that joined it. Reads only.
 */
export async function suggestMerges(connection: Neo4jConnection, options: SuggestOptions = {}): Promise<MergeSuggestion[]> {
  const rows = await readRows(connection, 'identity/entities.cypher', { minArticles: options.minArticles ?? 1 });
  const nodes = rows.map((r) => ({ id: String(r.id), name: String(r.name), type: r.type, articles: Number(r.articles) }) as Node);
  const candidates = candidatePairs(nodes);
  const evidence = new Map<string, PairEvidence>();
  for (let i = 0; i < candidates.length; i += BATCH) {
    const pairs = candidates.slice(i, i + BATCH).map((c) => ({ long: c.long.id, short: c.short.id }));
    for (const r of await readRows(connection, 'identity/pair-evidence.cypher', { pairs })) {
      evidence.set(`${String(r.long)}\n${String(r.short)}`, r as unknown as PairEvidence);
    }
  }
  const minScore = options.minScore ?? 0.3;
  const kept = candidates
    .map((c) => weigh(c, evidence.get(`${c.long.id}\n${c.short.id}`)))
    .filter((s): s is Typed & { value: number } => s !== undefined && s.score >= minScore);
  return typeByGroup(kept, nodes)
    .sort((a, b) => b.value - a.value || b.score - a.score || a.from.localeCompare(b.from))
    .map(({ value: _value, named: _named, ...s }) => s);
}

/** One candidate's score and evidence lines; undefined where the corpus gives nothing beyond a name that needs more. */
export function weigh(c: Candidate, e: PairEvidence | undefined): (Typed & { value: number }) | undefined {
  const found = e ?? { both: 0, longFirst: 0, longCalledShort: 0, shortCalledLong: 0, shared: 0, longNeighbours: 0, shortNeighbours: 0 };
  const lines = [nameLine(c)];
  let score = NAME_WEIGHT[c.kind];
  let positive = false;
  if (found.longFirst > 0) {
    score += found.longFirst >= 3 ? 0.35 : 0.25;
    positive = true;
    lines.push(c.long.name === c.short.name ? `${found.both} article(s) name it as both types` : `${found.longFirst} article(s) name ${c.long.name} first, then ${c.short.name}`);
  } else if (found.both > 0) {
    score += found.both >= 2 ? 0.15 : 0.1;
    positive ||= found.both >= 2;
    lines.push(`${found.both} article(s) name both`);
  }
  // A unit's or product's articles calling it by the firm's name (京东电器 … 京东, OPPO R17 … OPPO) tie it
  // to the firm as an article naming the long form first does: its node would otherwise carry the
  // firm's name as an alias and split it.
  const [called, by, calls] = found.longCalledShort >= found.shortCalledLong ? [c.long, c.short, found.longCalledShort] : [c.short, c.long, found.shortCalledLong];
  if (calls > 0 && called.name !== by.name) {
    score += calls >= 2 ? 0.25 : 0.15;
    positive = true;
    lines.push(`${calls} article(s) call ${called.name} ${by.name} too`);
  }
  const fewer = Math.min(found.longNeighbours, found.shortNeighbours);
  const overlap = fewer > 0 ? found.shared / fewer : 0;
  if (found.shared >= 2) {
    // Siblings share neighbours too (two universities, two TV channels): overlap adds, it never decides alone.
    score += 0.2 * overlap;
    positive ||= overlap >= 0.3;
    lines.push(`${found.shared} shared neighbour(s) of ${fewer} (${Math.round(overlap * 100)}%)`);
  }
  // Two people may share a name; one name under two types, or one name spelt two ways, is one name.
  const twoPeople = c.long.type === 'Person' && c.short.type === 'Person' && c.kind !== 'nameVariant';
  if ((NEEDS_EVIDENCE.has(c.kind) || twoPeople) && !positive) return undefined;
  // The node named in more articles is kept (a person's full name over the surname alone), and the
  // joined node shows its name; on a tie a firm's registered name (…集团) gives way to the name it goes
  // by, which a tie does not say the corpus uses less. Its type is settled with the other suggestions
  // it joins (typeByGroup).
  const tiedFormal = c.short.articles === c.long.articles && isRegisteredName(c.long.name) && !isRegisteredName(c.short.name);
  const [into, from] = (c.short.articles > c.long.articles || tiedFormal) && c.kind !== 'surname' ? [c.short, c.long] : [c.long, c.short];
  score = Math.min(1, Math.round(score * 100) / 100);
  return {
    into: into.id, from: from.id, intoName: into.name, fromName: from.name, type: c.type ?? into.type, named: c.type !== undefined, score, evidence: lines,
    intoArticles: into.articles, fromArticles: from.articles, value: score * from.articles,
  };
}

function nameLine(c: Candidate): string {
  const { long, short } = c;
  const both = `${long.name} (${long.type}, ${long.articles} articles) and ${short.name} (${short.type}, ${short.articles} articles)`;
  switch (c.kind) {
    case 'sameName':
      return `one name under two types: ${both}`;
    case 'knownAlias':
      return `known alias: ${long.name} and ${short.name} name one ${long.type === 'Person' ? 'person' : 'organisation'} (src/lexicon/known-aliases.json): ${both}`;
    case 'registeredName':
      return `one firm's name and its registered name: ${both}`;
    case 'sameCore':
      return `one organisation's name without legal form and business words: ${both}`;
    case 'nameVariant':
      return `one person's name written two ways: ${both}`;
    case 'shortForm':
      return `${short.name} is a short form of ${long.name}: ${both}`;
    case 'homePrefix':
      return `${long.name} is ${short.name} with the corpus's own country or the state's word before it: ${both}`;
    case 'abbreviation':
      return `${short.name} may abbreviate ${long.name}: ${both}`;
    case 'surname':
      return `${short.name} is the last part of ${long.name}: ${both}`;
  }
}

async function readRows(connection: Neo4jConnection, file: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const result = await connection.read(cypherStatement(file), params);
  return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}
