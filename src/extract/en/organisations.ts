import { z } from 'zod';
import { en } from '../../lexicon';
import { readJson } from '../../shared/data';
import type { EntityType } from '../types';
import type { Token } from './tokenize';

/** Lower-case words after a one-word name that make it a place ("Xingsha industrial park"). */
const AREA_NOUNS = readJson(new URL('./organisations.json', import.meta.url), z.object({ comment: z.string(), areaNouns: z.array(z.array(z.string()).min(1)) }), 'extract').areaNouns;
const strongHeads = en('institutionHeads');
/** Heads that also end place names ("Soviet Union"): they never overrule the tagger's type. */
const weakHeads = en('weakInstitutionHeads');
const isHead = (word: string): boolean => strongHeads.has(word) || weakHeads.has(word);
/** Administrative units named like organisations ("Anhua County"). */
const placeHeads = en('placeHeads');
const institutionNames = en('institutionNames');
const connectors = en('nameConnectors');
const stops = en('stopCapitals');
// Longest forms first, so "Co., Ltd." wins over "Co.".
const companyForms = en('companyForms').words.map((form) => form.split(' '));

/** A rule-found organisation over token indices (end exclusive). */
export interface TokenSpan {
  type: EntityType;
  start: number;
  end: number;
  /** Whether the rule's type overrules the tagger's on the same span. */
  decisive?: boolean;
}

const isName = (token: Token | undefined): boolean =>
  token !== undefined && /^[\p{Lu}\p{Lo}\d]/u.test(token.text) && !stops.has(token.text);

/** Extends backwards over capitalised words (and inner connectors such as "of", "&", "'s"). */
function nameStart(tokens: Token[], from: number, floor: number): number {
  let start = from;
  for (let i = from - 1; i >= floor; i--) {
    if (isName(tokens[i])) start = i;
    else if (!(connectors.has(tokens[i].text) && isName(tokens[i - 1]) && i - 1 >= floor)) break;
  }
  return start;
}

/** Extends forwards over "of the Capitalised Words" after an institution head. */
function nameEnd(tokens: Token[], from: number): number {
  let end = from;
  let i = from;
  while (tokens[i]?.text === 'of' || tokens[i]?.text === 'for' || tokens[i]?.text === '&') {
    let j = i + 1;
    if (tokens[j]?.text === 'the') j++;
    if (!isName(tokens[j])) break;
    while (isName(tokens[j])) j++;
    end = i = j;
  }
  return end;
}

function matchForm(tokens: Token[], at: number): number {
  for (const form of companyForms) {
    if (form.every((word, k) => tokens[at + k]?.text === word)) return form.length;
  }
  return 0;
}

/** Company names ending in a legal form, institutions and administrative places around a head word, in one sentence. */
export function organisationSpans(tokens: Token[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let floor = 0;
  for (let i = 0; i < tokens.length; i++) {
    let formLength = i > 0 && isName(tokens[i - 1]) ? matchForm(tokens, i) : 0;
    // Forms chain: "Port Group Co., Ltd.", "Holdings Co., Ltd.".
    for (let more = formLength && matchForm(tokens, i + formLength); more > 0; more = matchForm(tokens, i + formLength)) formLength += more;
    if (formLength > 0) {
      spans.push({ type: 'Company', start: nameStart(tokens, i - 1, floor), end: i + formLength, decisive: true });
      i += formLength - 1;
      floor = i + 1;
    } else if (placeHeads.has(tokens[i].text) && i > 0 && isName(tokens[i - 1])) {
      spans.push({ type: 'Place', start: nameStart(tokens, i - 1, floor), end: i + 1, decisive: true });
      floor = i + 1;
    } else if (isHead(tokens[i].text) && (isName(tokens[i - 1]) || nameEnd(tokens, i + 1) > i + 1)) {
      const end = nameEnd(tokens, i + 1);
      spans.push({ type: 'Institution', start: nameStart(tokens, i, floor), end, decisive: strongHeads.has(tokens[i].text) });
      floor = end;
      i = end - 1;
    }
  }
  return spans;
}

/** Company or Institution for an organisation name the tagger found. */
export function organisationType(words: string[]): EntityType {
  if (words.some(isHead) || institutionNames.has(words.join(' '))) return 'Institution';
  return 'Company';
}

/** Whether the words from `at` name an area of the place before them (industrial park, district). */
export function opensAreaNoun(tokens: Token[], at: number): boolean {
  return AREA_NOUNS.some((noun) => noun.every((word, k) => tokens[at + k]?.text === word));
}
