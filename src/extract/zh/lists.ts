import type { EntityType, Mention } from '../types';
import { isCommonNoun, organisationType } from './refine';
import { firstWordFrom, tagWords } from './segment';
import { foldWidth, isAsciiDigit, isHan, isLatinLetter } from './text';

const SEPARATOR = '、';
/** Closes the last item of a list: 星河科技、青木药业等企业. */
const LIST_END = '等';
const MAX_ITEM = 8;
const CLAUSE_ENDS = '，。；！？,;!?';
const ORGANISATIONS: readonly EntityType[] = ['Company', 'Institution'];
// jieba's tags for names: persons, places, organisations, other proper nouns, abbreviations.
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j']);

function nameLike(item: string): boolean {
  if (item.length < 2 || item.length > MAX_ITEM || isCommonNoun(item)) return false;
  for (let i = 0; i < item.length; i++) {
    const code = item.charCodeAt(i);
    if (!isHan(code) && !isLatinLetter(code) && !isAsciiDigit(code)) return false;
  }
  return true;
}

/**
 * Items after a separator up to the next separator or the list's closing 等. The last item of a list
 * without 等 (富创伟、飞鸿达通过技改…) ends where jieba's words turn to the predicate.
 */
function listItems(text: string, mentions: Mention[]): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(SEPARATOR); i >= 0; i = text.indexOf(SEPARATOR, i + 1)) {
    const start = i + 1;
    let end = start;
    while (end < text.length && end - start <= MAX_ITEM && text[end] !== SEPARATOR && text[end] !== LIST_END) end++;
    if (end < text.length && end - start <= MAX_ITEM && end > start) items.push({ start, end });
    // Only an organisation or an item before it can type a last item, so jieba reads nothing else.
    else if ((items.some((item) => item.end === i) || mentions.some((m) => m.end === i && ORGANISATIONS.includes(m.type))) && isLastItem(text, start)) {
      const last = lastItemEnd(text, start);
      if (last !== undefined) items.push({ start, end: last });
    }
  }
  return items;
}

/** No other separator or 等 before the clause ends: the item after `start` closes its list. */
function isLastItem(text: string, start: number): boolean {
  for (let i = start; i < text.length && !CLAUSE_ENDS.includes(text[i]!); i++) if (text[i] === SEPARATOR || text[i] === LIST_END) return false;
  return true;
}

/**
 * Where a list's last item ends: before the first word that starts the predicate (a verb of two
 * characters or more, a preposition, conjunction, particle or adverb) or a category word
 * (华为、中兴项目). A one-character verb is often a piece of an unknown name (飞鸿/达).
 */
function lastItemEnd(text: string, start: number): number | undefined {
  // The tagger segmented this text already: jieba's words come from its cache, read in context.
  const all = tagWords(foldWidth(text));
  const first = firstWordFrom(all, start);
  if (all[first]?.start !== start) return undefined;
  const words = all.slice(first, first + MAX_ITEM + 1);
  for (const [k, { word, tag, start: at }] of words.entries()) {
    const predicate = /^[pcud]/.test(tag) || (tag.startsWith('v') && word.length > 1);
    if (at > start && (predicate || isCommonNoun(word))) {
      // Common words alone (记者, 县政府, 祖国战线) end a list of trades or bodies, not of firms: jieba
      // reads some part of a firm's name as a name (飞鸿/nr 达, 云/ns 帆).
      const named = words.slice(0, k).some((w) => NAME_TAGS.has(w.tag));
      return at - start >= 2 && at - start <= MAX_ITEM && named ? at : undefined;
    }
    // An adjective, pronoun, measure, direction or time word is no part of a name: 新材料研发.
    if (/^[arqfts]/.test(tag)) return undefined;
  }
  return undefined;
}

/**
 * News lists companies as 科远达、奇瑞、华润三九等: inside a 、-list an untagged name-like item takes
 * the type of an organisation the tagger found right next to it, and passes it on along the list.
 * Suffixes alone do not type an item (新材料、新能源 are industries), nor does a category word
 * (财政、税务 are a zone's departments), and the first item is left alone: where it starts is ambiguous.
 */
export function completeLists(text: string, mentions: Mention[]): Mention[] {
  const items = listItems(text, mentions).filter(({ start, end }) => nameLike(text.slice(start, end)) && !mentions.some((m) => m.start < end && start < m.end));
  if (!items.length) return mentions;
  const all = [...mentions];
  const typed = new Map<number, EntityType>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const item of items) {
      if (typed.has(item.start)) continue;
      const type = neighbourType(all, typed, items, item.start - 1, item.end);
      if (type) {
        typed.set(item.start, type);
        changed = true;
      }
    }
  }
  for (const { start, end } of items) {
    const type = typed.get(start);
    if (type) all.push({ text: text.slice(start, end), type: organisationType(text.slice(start, end), type), start, end });
  }
  return all.sort((a, b) => a.start - b.start);
}

/** The organisation type of a neighbour ending at the left separator or starting after the right one. */
function neighbourType(mentions: Mention[], typed: Map<number, EntityType>, items: Array<{ start: number; end: number }>, left: number, right: number): EntityType | undefined {
  for (const m of mentions) {
    if (ORGANISATIONS.includes(m.type) && (m.end === left || m.start === right + 1)) return m.type;
  }
  for (const item of items) {
    const type = typed.get(item.start);
    if (type && (item.end === left || item.start === right + 1)) return type;
  }
  return undefined;
}
