import { readFileSync } from 'node:fs';
import type { EntityType } from '../types';
import { placeNames } from './gazetteer';

interface SuffixData {
  Company: string[];
  Institution: string[];
  Place: string[];
}

/** Suffix, surname and place lists, loaded from the data folder on first use. */
export interface Lexicon {
  /** Longest suffix first, so 有限公司 wins over 公司. */
  suffixes: Array<{ suffix: string; type: EntityType }>;
  suffixTypes: Map<string, EntityType>;
  surnames: Set<string>;
  places: Set<string>;
  countyShortForms: Set<string>;
}

let lexicon: Lexicon | undefined;

/** A file of this stage's data folder (lexicons, rules), as text. */
export function dataFile(name: string): string {
  return readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
}

/** A character list of this stage's data folder as a lookup table: 1 for every BMP character its lines hold, # lines aside. */
export function characterTable(name: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const line of dataFile(name).split('\n')) {
    if (line.startsWith('#')) continue;
    for (let i = 0; i < line.length; i++) if (!/\s/.test(line[i]!)) table[line.charCodeAt(i)] = 1;
  }
  return table;
}

/** A JSON file of this stage's data folder. */
export function dataJson<T>(name: string): T {
  return JSON.parse(dataFile(name)) as T;
}

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const data = dataJson<SuffixData>('suffixes.json');
  const suffixes: Lexicon['suffixes'] = [];
  for (const type of ['Company', 'Institution', 'Place'] as const) {
    for (const suffix of data[type]) suffixes.push({ suffix, type });
  }
  suffixes.sort((a, b) => b.suffix.length - a.suffix.length);
  const { names: places, countyShortForms } = placeNames();
  lexicon = {
    suffixes,
    suffixTypes: new Map(suffixes.map(({ suffix, type }) => [suffix, type])),
    surnames: new Set(dataFile('surnames.txt').split(/\s+/).filter(Boolean)),
    places,
    countyShortForms,
  };
  return lexicon;
}

/** The longest suffix that ends the word, with the type it signals. */
export function suffixOf(word: string, lex: Lexicon): { suffix: string; type: EntityType } | undefined {
  return lex.suffixes.find(({ suffix }) => word.endsWith(suffix));
}
