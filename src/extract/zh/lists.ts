import type { EntityType, Mention } from '../types';
import { isHan } from './text';

const SEPARATOR = '、';
const MAX_ITEM = 8;

function nameLike(item: string): boolean {
  if (item.length < 2 || item.length > MAX_ITEM) return false;
  for (let i = 0; i < item.length; i++) {
    const code = item.charCodeAt(i);
    const latinOrDigit = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (!isHan(code) && !latinOrDigit) return false;
  }
  return true;
}

/**
 * News lists companies as 科远达、奇瑞、华润三九: when a 、-list holds a Company or Institution
 * the tagger found, the short name-like items between separators get the same type. Only items
 * with a separator on both sides are filled: the ends of a list are ambiguous.
 */
export function completeLists(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  const covered = (start: number, end: number): boolean => mentions.some((m) => m.start < end && start < m.end);
  for (let i = text.indexOf(SEPARATOR); i >= 0; i = text.indexOf(SEPARATOR, i + 1)) {
    const start = i + 1;
    const next = text.indexOf(SEPARATOR, start);
    if (next < 0 || next - start > MAX_ITEM) continue;
    const item = text.slice(start, next);
    if (!nameLike(item) || covered(start, next)) continue;
    const type = neighbourType([...mentions, ...added], i, next);
    if (type) added.push({ text: item, type, start, end: next });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/** The organisation type of a list neighbour that ends at the left separator or starts after the right one. */
function neighbourType(mentions: Mention[], left: number, right: number): EntityType | undefined {
  for (const m of mentions) {
    if (m.type !== 'Company' && m.type !== 'Institution') continue;
    if (m.end === left || m.start === right + 1) return m.type;
  }
  return undefined;
}
