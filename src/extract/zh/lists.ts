import type { EntityType, Mention } from '../types';
import { isCommonNoun, organisationType } from './refine';
import { isAsciiDigit, isHan, isLatinLetter } from './text';

const SEPARATOR = '、';
/** Closes the last item of a list: 星河科技、青木药业等企业. */
const LIST_END = '等';
const MAX_ITEM = 8;

function nameLike(item: string): boolean {
  if (item.length < 2 || item.length > MAX_ITEM || isCommonNoun(item)) return false;
  for (let i = 0; i < item.length; i++) {
    const code = item.charCodeAt(i);
    if (!isHan(code) && !isLatinLetter(code) && !isAsciiDigit(code)) return false;
  }
  return true;
}

/** Items after a separator up to the next separator or the list's closing 等. */
function listItems(text: string): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(SEPARATOR); i >= 0; i = text.indexOf(SEPARATOR, i + 1)) {
    const start = i + 1;
    let end = start;
    while (end < text.length && end - start <= MAX_ITEM && text[end] !== SEPARATOR && text[end] !== LIST_END) end++;
    if (end < text.length && end - start <= MAX_ITEM && end > start) items.push({ start, end });
  }
  return items;
}

/**
 * News lists companies as 科远达、奇瑞、华润三九等: inside a 、-list an untagged name-like item takes
 * the type of an organisation the tagger found right next to it, and passes it on along the list.
 * Suffixes alone do not type an item (新材料、新能源 are industries), nor does a category word
 * (财政、税务 are a zone's departments), and the first item is left alone: where it starts is ambiguous.
 */
export function completeLists(text: string, mentions: Mention[]): Mention[] {
  const items = listItems(text).filter(({ start, end }) => nameLike(text.slice(start, end)) && !mentions.some((m) => m.start < end && start < m.end));
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
    if ((m.type === 'Company' || m.type === 'Institution') && (m.end === left || m.start === right + 1)) return m.type;
  }
  for (const item of items) {
    const type = typed.get(item.start);
    if (type && (item.end === left || item.start === right + 1)) return type;
  }
  return undefined;
}
