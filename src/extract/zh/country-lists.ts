import { zh } from '../../lexicon';
import type { Mention } from '../types';
import { SpanIndex } from '../spans';
import { countryNames, placeNames } from './gazetteer';
import type { Word } from './segment';
import { firstWordFrom } from './segment';

/** The writer's own country opens no enumeration of foreign firms (中国铁路X、Y is a list of lines). */
const SILENT_PLACES = zh('silentPlaces');
/** A kind noun after a country (日本品牌, 美国企业) says what the names before were, and is no name. */
const NOT_NAMES = [zh('kindNouns'), zh('commonNouns')];
/** jieba's tags of a one-character word that opens no name (而蓝湾, 和X). */
const NOT_A_NAME_OPENER = /^(?:c|p|u|uj|ul|r)$/;
/** What parts the items of one country's group (、) and the groups (，) of an enumeration by country. */
const ITEM_MARKS = '、，';
/** What closes an enumeration (…美国X等世界品牌). */
const ENUMERATION_END = '等';
/** How long an item of the enumeration may be: a brand or a firm's short name, not a phrase. */
const MAX_ITEM = 6;
/** jieba's tags of words of two characters or more that no firm's short name holds: verbs, function words, numbers (作为拥有X); one character of a transliteration may read as any word (多 of 多贺井). */
const NOT_IN_A_NAME = /^(?:v|vd|p|c|d|u|uj|ul|r|m|q|f)$/;

/** An item's name, and the country that opens its group when it opens one. */
interface Item { start: number; end: number; country?: { start: number; end: number } }

let foreignCountries: Set<string> | undefined;

/** Countries by their Chinese names that are no place in China too (黑山 is a county as well as a country). */
function countries(): Set<string> {
  if (foreignCountries) return foreignCountries;
  const { names: places, countyShortForms } = placeNames();
  foreignCountries = new Set([...countryNames()].filter((name) => name.length >= 2 && !places.has(name) && !countyShortForms.has(name)));
  return foreignCountries;
}

/** Where jieba reads a country as a word of its own: the starts of enumerations. */
function countryWords(words: readonly Word[]): Word[] {
  const set = countries();
  return words.filter((w) => set.has(w.word) && !SILENT_PLACES.has(w.word));
}

/**
 * An enumeration of firms by their country (芬兰X、Y，日本的A、B，韩国C等厂商): groups that each
 * open with a country and list short names after it, parted by 、 and ，. Where the enumeration holds
 * two countries or ends in 等, and at least one of its items is a firm the tagger read, every item is a
 * firm: the names it missed or cut (a transliteration holding a known brand) included, and each
 * country a place. An item that is a place the gazetteer knows makes it an enumeration of places, and
 * nothing changes.
 */
export function withCountryLists(text: string, mentions: Mention[], words: readonly Word[]): Mention[] {
  const spans = new SpanIndex(mentions);
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (const names of enumerations(text, words)) {
    if (names.some((i) => isPlace(text.slice(i.start, i.end)))) continue;
    const firmRead = names.some((i) => spans.overlapping(i.start, i.end).some((o) => o.type === 'Company' && o.start === i.start && o.end === i.end));
    if (!firmRead) continue;
    // The countries that open the groups are places, where the tagger left one out (德国 before a name it did not know).
    for (const { country } of names) {
      if (country !== undefined && !spans.some(country.start, country.end)) added.push({ text: text.slice(country.start, country.end), type: 'Place', start: country.start, end: country.end, rule: 'country-list' });
    }
    for (const item of names) {
      const over = spans.overlapping(item.start, item.end);
      if (over.some((o) => o.start < item.start || o.end > item.end || o.type === 'Person')) continue;
      if (over.some((o) => o.start === item.start && o.end === item.end && o.type === 'Company')) continue;
      for (const o of over) replaced.add(o);
      added.push({ text: text.slice(item.start, item.end), type: 'Company', start: item.start, end: item.end, rule: 'country-list' });
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Where the firms of each enumeration by country are (芬兰X、Y，日本的A → X, Y in 芬兰, A in 日本):
 * pairs of mention indices, firm then country, read from the mentions as the passes left them.
 */
export function firmsByCountry(text: string, mentions: readonly Mention[], words: readonly Word[]): Array<[number, number]> {
  const at = new Map<string, number>();
  mentions.forEach((m, k) => {
    if (!m.nested) at.set(`${m.start}:${m.end}`, k);
  });
  const pairs: Array<[number, number]> = [];
  for (const items of enumerations(text, words)) {
    let country: number | undefined;
    for (const item of items) {
      if (item.country !== undefined) country = at.get(`${item.country.start}:${item.country.end}`);
      const firm = at.get(`${item.start}:${item.end}`);
      if (firm !== undefined && country !== undefined && mentions[firm]!.type === 'Company' && mentions[country]!.type === 'Place') pairs.push([firm, country]);
    }
  }
  return pairs;
}

/** The enumerations by country of the text, in order, each read once from its first country. */
function* enumerations(text: string, words: readonly Word[]): Generator<Item[]> {
  let readTo = 0;
  for (const found of countryWords(words)) {
    if (found.start < readTo) continue;
    const items = enumerationFrom(text, found.start, words);
    if (items === undefined) continue;
    readTo = items.at(-1)!.end;
    yield items;
  }
}

/**
 * The items of the enumeration whose first group opens at `at` with a country: each token between
 * marks is an item, one that opens with a country starting a new group (the country itself is no
 * item). Undefined unless two countries open groups or 等 closes it, and every token is a short name.
 */
function enumerationFrom(text: string, at: number, words: readonly Word[]): Item[] | undefined {
  const items: Item[] = [];
  let groups = 0;
  for (let start = at; ; ) {
    let end = start;
    while (end < text.length && !ITEM_MARKS.includes(text[end]!) && text[end] !== ENUMERATION_END && /[\p{Script=Han}A-Za-z0-9]/u.test(text[end]!)) end++;
    const closer = text[end] ?? '';
    const country = countryOpening(words, start, end);
    let nameStart = start;
    if (country > 0) {
      groups++;
      nameStart = text[start + country] === '的' ? start + country + 1 : start + country;
    }
    const fits = end - nameStart >= 1 && end - nameStart <= MAX_ITEM && nameWords(words, nameStart, end) && !NOT_NAMES.some((list) => list.has(text.slice(nameStart, end)));
    if (!fits || (items.length === 0 && country === 0)) return groups >= 2 && items.length >= 2 ? items : undefined;
    items.push({ start: nameStart, end, ...(country > 0 ? { country: { start, end: start + country } } : {}) });
    if (closer === ENUMERATION_END) return items.length >= 2 ? items : undefined;
    if (!ITEM_MARKS.includes(closer)) return groups >= 2 && items.length >= 2 ? items : undefined;
    start = end + 1;
  }
}

/** The length of the country jieba reads as the token's first word, when a name follows it in the token; else 0. */
function countryOpening(words: readonly Word[], start: number, end: number): number {
  const first = words[firstWordFrom(words, start)];
  return first !== undefined && first.start === start && first.end < end && countries().has(first.word) ? first.end - first.start : 0;
}

/** The item starts and ends where jieba's words do and holds no verb or function word of two characters or more. */
function nameWords(words: readonly Word[], start: number, end: number): boolean {
  let k = firstWordFrom(words, start);
  const first = words[k];
  if (first?.start !== start || (first.end - first.start === 1 && NOT_A_NAME_OPENER.test(first.tag))) return false;
  for (; k < words.length && words[k]!.start < end; k++) {
    const word = words[k]!;
    if (word.end > end || (word.end - word.start >= 2 && NOT_IN_A_NAME.test(word.tag))) return false;
  }
  return true;
}

function isPlace(name: string): boolean {
  return placeNames().names.has(name) || countryNames().has(name);
}
