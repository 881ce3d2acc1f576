import { WordList, zh } from '../../lexicon';
import { WutongError } from '../../shared/errors';
import type { EntityType } from '../types';
import { placeNames } from './gazetteer';

/** What the tagger's features and the rules look names up in: type suffixes, surnames and places. */
export interface Lexicon {
  /** Longest suffix first, so 有限公司 wins over 公司. */
  suffixes: Array<{ suffix: string; type: EntityType }>;
  suffixTypes: Map<string, EntityType>;
  surnames: Set<string>;
  places: Set<string>;
  countyShortForms: Set<string>;
}

let lexicon: Lexicon | undefined;

/** A list of characters (src/lexicon) as a lookup table: 1 for every BMP character it holds. */
export function characterTable(list: WordList): Uint8Array {
  const table = new Uint8Array(65536);
  for (const word of list) for (let i = 0; i < word.length; i++) table[word.charCodeAt(i)] = 1;
  return table;
}

const SUFFIX_LISTS: ReadonlyArray<[EntityType, string]> = [['Company', 'companySuffixes'], ['Institution', 'institutionSuffixes'], ['Place', 'placeSuffixes']];

let typed: Pick<Lexicon, 'suffixes' | 'suffixTypes'> | undefined;

/** The type suffixes alone, longest first (what the English extractor types a Chinese name by, without the gazetteer). */
export function typeSuffixes(): Pick<Lexicon, 'suffixes' | 'suffixTypes'> {
  if (typed) return typed;
  const suffixTypes = new Map<string, EntityType>();
  for (const [type, name] of SUFFIX_LISTS) {
    for (const suffix of zh(name)) {
      // A suffix signals one type: in two lists it would signal whichever came last.
      if (suffixTypes.has(suffix)) throw new WutongError('lexicon', 'LEXICON_LIST', `zh/${name}: "${suffix}" is also a ${suffixTypes.get(suffix)} suffix`);
      suffixTypes.set(suffix, type);
    }
  }
  typed = { suffixes: new WordList('zh/typeSuffixes', [...suffixTypes.keys()]).words.map((suffix) => ({ suffix, type: suffixTypes.get(suffix)! })), suffixTypes };
  return typed;
}

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const { names: places, countyShortForms } = placeNames();
  lexicon = {
    ...typeSuffixes(),
    surnames: new Set(zh('surnames').words),
    places,
    countyShortForms,
  };
  return lexicon;
}

/** The longest suffix that ends the word, with the type it signals. */
export function suffixOf(word: string, lex: Lexicon): { suffix: string; type: EntityType } | undefined {
  return lex.suffixes.find(({ suffix }) => word.endsWith(suffix));
}
