import type { EntityType, Mention } from '../types';
import { isCommonNoun, organisationType } from './refine';
import { firstWordFrom, segmentWords, type Word } from './segment';
import { isAsciiDigit, isHan, isLatinLetter } from './text';
import { groupBy, SpanIndex } from '../spans';

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
function listItems(text: string, mentions: Mention[], words: readonly Word[]): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  const itemEnds = new Set<number>();
  const organisationEnds = new Set(mentions.filter((m) => ORGANISATIONS.includes(m.type)).map((m) => m.end));
  for (let i = text.indexOf(SEPARATOR); i >= 0; i = text.indexOf(SEPARATOR, i + 1)) {
    const start = i + 1;
    let end = start;
    while (end < text.length && end - start <= MAX_ITEM && text[end] !== SEPARATOR && text[end] !== LIST_END) end++;
    if (end < text.length && end - start <= MAX_ITEM && end > start) {
      items.push({ start, end });
      itemEnds.add(end);
    }
    // Only an organisation or an item before it can type a last item, so jieba reads nothing else.
    else if ((itemEnds.has(i) || organisationEnds.has(i)) && isLastItem(text, start)) {
      const last = lastItemEnd(words, start);
      if (last !== undefined) {
        items.push({ start, end: last });
        itemEnds.add(last);
      }
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
function lastItemEnd(all: readonly Word[], start: number): number | undefined {
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
export function completeLists(text: string, mentions: Mention[], words: readonly Word[] = segmentWords(text)): Mention[] {
  const spans = new SpanIndex(mentions);
  const items = listItems(text, mentions, words).filter(({ start, end }) => nameLike(text.slice(start, end)) && !spans.some(start, end));
  if (!items.length) return mentions;
  const all = [...mentions];
  const neighbours = new Neighbours(mentions, items);
  const typed = new Map<number, EntityType>();
  // Types pass along a list one item per round, so each round reads only the items still untyped.
  let untyped = items;
  for (let changed = true; changed; ) {
    changed = false;
    for (const item of untyped) {
      const type = neighbours.type(typed, item.start - 1, item.end);
      if (type) {
        typed.set(item.start, type);
        changed = true;
      }
    }
    untyped = untyped.filter((item) => !typed.has(item.start));
  }
  for (const { start, end } of items) {
    const type = typed.get(start);
    if (type) all.push({ text: text.slice(start, end), type: organisationType(text.slice(start, end), type), start, end, rule: 'list-completion' });
  }
  return all.sort((a, b) => a.start - b.start);
}

const isOrganisation = (m: Mention): boolean => ORGANISATIONS.includes(m.type);

/** The organisations and list items beside each separator, looked up by where they end or start. */
class Neighbours {
  private readonly organisationsEnding: Map<number, number[]>;
  private readonly organisationsStarting: Map<number, number[]>;
  private readonly itemsEnding: Map<number, number[]>;
  private readonly itemsStarting: Map<number, number[]>;

  constructor(
    private readonly mentions: Mention[],
    private readonly items: Array<{ start: number; end: number }>,
  ) {
    this.organisationsEnding = groupBy(mentions, (m) => m.end, isOrganisation);
    this.organisationsStarting = groupBy(mentions, (m) => m.start, isOrganisation);
    this.itemsEnding = groupBy(items, (item) => item.end);
    this.itemsStarting = groupBy(items, (item) => item.start);
  }

  /** The organisation type of the first neighbour (a mention, else a typed item) ending at the left separator or starting after the right one. */
  type(typed: Map<number, EntityType>, left: number, right: number): EntityType | undefined {
    const mention = first(this.organisationsEnding.get(left), this.organisationsStarting.get(right + 1), () => true);
    if (mention !== undefined) return this.mentions[mention]!.type;
    const item = first(this.itemsEnding.get(left), this.itemsStarting.get(right + 1), (i) => typed.has(this.items[i]!.start));
    return item === undefined ? undefined : typed.get(this.items[item]!.start);
  }
}

/** The lowest position of two groups for which `accept` holds. */
function first(a: number[] | undefined, b: number[] | undefined, accept: (i: number) => boolean): number | undefined {
  return [...(a ?? []), ...(b ?? [])].sort((x, y) => x - y).find(accept);
}
