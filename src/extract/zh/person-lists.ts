import type { Mention } from '../types';
import { getLexicon, suffixOf } from './lexicon';
import { isHan } from './text';

/** What joins the items of a list of names: 张三、李四和王五, and the spaces of a byline's roll (张三 李四). */
const JOINERS = '、和及 \u3000';
/** What may come before a name that opens a list. */
const ITEM_OPENERS = '、，。；：！？,;:!?（(“‘ \u3000\n';
/** What may follow a name that closes a list item: a joiner, punctuation, 等 (李四等三人). */
const ITEM_CLOSERS = '、和及与等，。；：！？,;:!?）)”’ \u3000\n';
/** A list is read as one of people when the tagger read this many of its items as people, and more than its items that cannot be names. */
const MIN_PEOPLE = 2;

/**
 * Whether a text is shaped like a Chinese personal name: a surname (compound first) and a given name
 * of one or two characters, all Han, with no type suffix and not a place the gazetteer knows.
 */
export function personShaped(name: string): boolean {
  const { surnames, places } = getLexicon();
  const surname = surnames.has(name.slice(0, 2)) && name.length > 2 ? 2 : surnames.has(name[0] ?? '') ? 1 : 0;
  const given = name.length - surname;
  if (surname === 0 || given < 1 || given > 2) return false;
  for (let i = 0; i < name.length; i++) if (!isHan(name.charCodeAt(i))) return false;
  return suffixOf(name, getLexicon()) === undefined && !places.has(name);
}

/** A person-shaped name starting at `at` and closed by a list closer: the longer one first (邓佳琪 before 邓佳). */
function nameAt(text: string, at: number): { start: number; end: number } | undefined {
  for (const length of [4, 3, 2]) {
    const end = at + length;
    if (end > text.length) continue;
    const after = text[end];
    if ((after === undefined || ITEM_CLOSERS.includes(after)) && personShaped(text.slice(at, end))) return { start: at, end };
  }
  return undefined;
}

/** A person-shaped name ending at `end` and opened by a list opener or the text's start: the longer one first. */
function nameBefore(text: string, end: number): { start: number; end: number } | undefined {
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start < 0) continue;
    const before = text[start - 1];
    if ((before === undefined || ITEM_OPENERS.includes(before)) && personShaped(text.slice(start, end))) return { start, end };
  }
  return undefined;
}

interface Item { start: number; end: number; mention?: Mention }

/** The lists of the text: runs of mentions or untagged person-shaped names joined by 、/和/及, in order. */
function lists(text: string, mentions: Mention[]): Item[][] {
  const byStart = new Map<number, Mention>();
  for (const m of mentions) if (!byStart.has(m.start) || byStart.get(m.start)!.end < m.end) byStart.set(m.start, m);
  const mentionsEndingAt = new Set(mentions.map((m) => m.end));
  const found: Item[][] = [];
  const inList = new Set<Mention>();
  for (const m of [...byStart.values()].sort((a, b) => a.start - b.start)) {
    if (inList.has(m)) continue;
    const items: Item[] = [{ start: m.start, end: m.end, mention: m }];
    // Names the tagger skipped before the first it read (（吴某某 田某某 夏某某）).
    for (let at = m.start - 1; JOINERS.includes(text[at] ?? '.') && !byStart.has(at); ) {
      const item = nameBefore(text, at);
      if (item === undefined || mentionsEndingAt.has(item.end)) break;
      items.unshift(item);
      at = item.start - 1;
    }
    // A name right after another, with no joiner, is a list's missing 、 (邹明轩贺雨桐).
    for (let at = m.end; JOINERS.includes(text[at] ?? '.') || byStart.has(at); ) {
      const from = byStart.has(at) ? at : at + 1;
      const next = byStart.get(from);
      const item: Item | undefined = next !== undefined ? { start: next.start, end: next.end, mention: next } : nameAt(text, from);
      if (item === undefined) break;
      if (item.mention !== undefined) inList.add(item.mention);
      items.push(item);
      at = item.end;
    }
    if (items.length > 1) found.push(items);
  }
  return found;
}

/**
 * A roll of people (张三、李四、王五出席) is a list of people throughout: where the tagger read most of
 * its items as people, a person-shaped item it read as an organisation, or left untagged, is a person
 * too. Rolls of donors, officials and award winners are where the tagger's news reading takes a name
 * for a firm, and lose the names it skips.
 */
export function withPersonLists(text: string, read: Mention[]): Mention[] {
  const mentions = read.flatMap((m) => spacedNames(m) ?? [m]);
  const changed = new Map<Mention, Mention>();
  const added: Mention[] = [];
  for (const items of lists(text, mentions)) {
    const typed = items.flatMap((item) => (item.mention === undefined ? [] : [item.mention]));
    const people = typed.filter((m) => m.type === 'Person').length;
    const others = typed.filter((m) => m.type !== 'Person' && !personShaped(m.text)).length;
    if (people < MIN_PEOPLE || others >= people) continue;
    for (const { start, end, mention } of items) {
      const name = text.slice(start, end);
      if (!personShaped(name)) continue;
      if (mention === undefined) added.push({ text: name, type: 'Person', start, end, rule: 'person-list' });
      else if (mention.type !== 'Person') changed.set(mention, { ...mention, type: 'Person', rule: 'person-list' });
    }
  }
  if (changed.size === 0 && added.length === 0 && mentions.length === read.length) return read;
  // The roll is the strongest evidence of the name's type: the name is a person wherever else the tagger read a firm (丁磊 in a roll of donors and alone).
  const people = new Set([...changed.values(), ...added].map((m) => m.text));
  for (const m of mentions) {
    if (!changed.has(m) && m.type !== 'Person' && m.type !== 'Place' && people.has(m.text)) changed.set(m, { ...m, type: 'Person', rule: 'person-list' });
  }
  return [...mentions.map((m) => changed.get(m) ?? m), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A person the tagger read across the space of a byline's roll (夏某某 郑某): each part a person-shaped name is a person. */
function spacedNames(m: Mention): Mention[] | undefined {
  if (m.type !== 'Person' || !/\s/u.test(m.text)) return undefined;
  const parts = [...m.text.matchAll(/\S+/gu)];
  if (parts.length < 2 || !parts.every((p) => personShaped(p[0]))) return undefined;
  return parts.map((p) => ({ text: p[0], type: 'Person' as const, start: m.start + p.index, end: m.start + p.index + p[0].length, rule: 'person-list' }));
}
