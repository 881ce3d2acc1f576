import { isCommonWord, isEnglishWordOrNoun, type EntityType } from '../extract';
import { toPlain } from '../graph';
import { cypherStatement, type Neo4jConnection } from '../store';
import type { WordSuggestion } from './types';

/**
 * Words the tagger now and then takes for names (颜值, 科普, Logo, a surname alone) are found by two
 * witnesses that must agree. The user's corpus: of the places its text writes the surface outside
 * any longer name, extraction took few for a name — a name is taken most times it is written, a
 * word only where its context happens to look like a name's. Alone that is not enough: the tagger
 * misses some real names in whole articles (a travel site in a complaint, a leader in a speech),
 * so general language must also know the surface as a word: a common word of the labelled NER
 * corpora (mined into models/zh-common-words.txt by scripts/mine-common-words.ts), a word English
 * uses, or one Han character a person was taken to be (a surname alone names no one). What neither
 * says stays a name.
 */

export interface WordOptions {
  /** Surfaces of entities named in fewer articles are not weighed (default 2: one article says too little). */
  minArticles?: number;
}

/** How the corpus writes one surface outside longer names: the places extraction took it for a name, and the others. */
export interface SurfaceUse {
  taken: number;
  alone: number;
}

/** Fewer uses than this say too little about a surface. */
const MIN_USES = 30;
/** A name is taken in more than this share of its uses (the tagger's misses included). */
const MAX_TAKEN_SHARE = 0.25;
const HAN_CHARACTER = /^[\u4e00-\u9fff]$/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z -]*$/u;
const LATIN_LETTER = /[A-Za-z]/u;
/** Surfaces per query for the articles that write them. */
const BATCH = 100;

/**
 * What general language says of a surface, as an evidence line, or undefined when it says nothing
 * against a name. `types`: the types of every node named so (one Han character is a surname alone
 * when it was taken for a person and never for a place: 美 or 沪 name places).
 */
export function generalWord(surface: string, types: readonly EntityType[]): string | undefined {
  if (HAN_CHARACTER.test(surface)) return types.includes('Person') && !types.includes('Place') ? `${surface} alone is a surname or a piece of a name, no one's full name` : undefined;
  if (isCommonWord(surface)) return `${surface} is a common word of Chinese: the labelled NER corpora write it often, seldom as a name`;
  if (LATIN_NAME.test(surface) && isEnglishWordOrNoun(surface)) return `English uses ${surface} as a word`;
  return undefined;
}

/**
 * Adds one article's uses of the surfaces: each place its text writes one outside a longer mention
 * (inside one, 大学 of 青禾大学, it says nothing of itself), taken when a mention spans exactly it.
 * A Latin surface counts only as a whole word (Logo, not the start of Logos).
 */
export function countUses(text: string, spans: ReadonlyArray<readonly [number, number]>, surfaces: Iterable<string>, uses: Map<string, SurfaceUse>): void {
  for (const surface of surfaces) {
    const latin = LATIN_LETTER.test(surface);
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (latin && (LATIN_LETTER.test(text[at - 1] ?? '') || LATIN_LETTER.test(text[end] ?? ''))) continue;
      const taken = spans.some(([s, e]) => s === at && e === end);
      if (!taken && spans.some(([s, e]) => s <= at && e >= end)) continue;
      const use = uses.get(surface) ?? { taken: 0, alone: 0 };
      if (taken) use.taken += 1;
      else use.alone += 1;
      uses.set(surface, use);
    }
  }
}

/** The decision on one surface general language calls a word: a word when the corpus mostly writes it as no name. */
export function wordVerdict(surface: string, witness: string, use: SurfaceUse | undefined): WordSuggestion | undefined {
  const { taken, alone } = use ?? { taken: 0, alone: 0 };
  const total = taken + alone;
  if (total < MIN_USES || taken > MAX_TAKEN_SHARE * total) return undefined;
  const share = Math.round((100 * taken) / total);
  return {
    surface,
    score: Math.round((alone / total) * 100) / 100,
    evidence: [witness, `the corpus writes ${surface} ${total} times outside longer names; extraction took ${taken} of them (${share}%) for a name`],
  };
}

/** The surfaces of the graph that the corpus and general language both say are words, most used first. Reads only. */
export async function suggestWords(connection: Neo4jConnection, options: WordOptions = {}): Promise<WordSuggestion[]> {
  const named = await readRows(connection, 'identity/word-candidates.cypher', { minArticles: options.minArticles ?? 2 });
  const witnesses = new Map<string, string>();
  for (const r of named) {
    const witness = generalWord(String(r.surface), r.types as EntityType[]);
    if (witness !== undefined) witnesses.set(String(r.surface), witness);
  }
  const surfaces = [...witnesses.keys()];
  const uses = new Map<string, SurfaceUse>();
  for (let i = 0; i < surfaces.length; i += BATCH) {
    const batch = surfaces.slice(i, i + BATCH);
    for (const r of await readRows(connection, 'identity/surface-texts.cypher', { surfaces: batch })) {
      const spans = (r.spans as [number[], number[]][]).flatMap(([starts, ends]) => starts.map((s, k) => [s, ends[k]!] as const));
      countUses(String(r.text), spans, batch, uses);
    }
  }
  return surfaces
    .flatMap((s) => wordVerdict(s, witnesses.get(s)!, uses.get(s)) ?? [])
    .sort((a, b) => total(uses.get(b.surface)) - total(uses.get(a.surface)) || a.surface.localeCompare(b.surface));
}

const total = (use: SurfaceUse | undefined): number => (use === undefined ? 0 : use.taken + use.alone);

async function readRows(connection: Neo4jConnection, file: string, params: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const result = await connection.read(cypherStatement(file), params);
  return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
}
