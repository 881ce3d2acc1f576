import { zh } from '../../lexicon';
import type { Mention } from '../types';

const LIST_NOUNS = zh('noFirmListNouns');
const KIND_NOUNS = zh('kindNouns');
/**
 * What follows a list's item to its close: more items after 、, then 等, a count (两款, 20处), up to
 * four characters of modifier (世界顶级, 多条重要) and a noun that may close it.
 */
const CLOSE = /^(?:、[^，。；！？,;!?、等\n：:（）()“”]{1,12})*等(?:[\d一二三四五六七八九十两多数几]+[个家款种类条项座处])?(\p{Script=Han}{0,4}?)$/u;
const MAX_CLOSE = 120;
/** Where a clause, and with it a 、-list, begins and ends. */
const CLAUSE_MARK = /[，。；！？,;!?：:\n（）()“”《》]/u;
/**
 * An item ending in a model's designation after its maker's or series' name (甲750, 乙B70, 丙A8, 丁7系列;
 * not 甲B2B, a model of business, nor 甲3 of 甲3、4号, nor a count or year of four digits): the list names models, and the names in it are their makers' brands, no firms.
 */
const MODEL_ITEM = /\p{Script=Han}(?:[A-Z]{1,2}\d{1,4}|\d{3}|\d系列?)$/u;
/** What a model's name may add after its maker's within an item (卡宴GTS of 某某卡宴GTS, 和名爵). */
const MAX_MODEL_TAIL = 5;

/**
 * A 、-list closed by 等 and a noun of products, fields or routes (雅阁、天籁等车型; 航空、船舶等领域;
 * 京广、京沪等线路) lists things the annotation rules make no entity, however much its items look
 * like makers' names (a car's maker names its models). So does a 、-list one of whose items ends in a
 * model's designation (甲B70、乙名驭、丙750), closed or not. A firm's or a body's mention that is an item
 * of such a list is dropped; a noun followed by a kind noun (等手机厂商) lists firms and stays.
 */
export function withoutProductLists(text: string, mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => (m.type !== 'Company' && m.type !== 'Institution') || (!listsNoFirm(text, m) && !listsModels(text, m)));
  return kept.length === mentions.length ? mentions : kept;
}

function listsNoFirm(text: string, m: Mention): boolean {
  if (text[m.start - 1] !== '、' && text[m.end] !== '、' && text[m.end] !== '等') return false;
  const after = text.slice(m.end, m.end + MAX_CLOSE);
  for (let at = after.indexOf('等'); at >= 0; at = after.indexOf('等', at + 1)) {
    for (let end = at + 1; end <= Math.min(after.length, at + 12); end += 1) {
      const noun = LIST_NOUNS.endingAt(after, end);
      if (noun === undefined || !CLOSE.test(after.slice(0, end - noun.length))) continue;
      return KIND_NOUNS.at(after, end) === undefined;
    }
  }
  return false;
}

/** The mention is an item, or a maker's name opening one, of a 、-list in which some item names a model. */
function listsModels(text: string, m: Mention): boolean {
  let from = m.start;
  while (from > 0 && !CLAUSE_MARK.test(text[from - 1] ?? '')) from -= 1;
  let to = m.end;
  while (to < text.length && !CLAUSE_MARK.test(text[to] ?? '')) to += 1;
  const clause = text.slice(from, to);
  const at = m.start - from;
  const items: { start: number; end: number }[] = [];
  let start = 0;
  for (const piece of clause.split('、')) {
    const close = piece.indexOf('等');
    items.push({ start, end: start + (close >= 0 ? close : piece.length) });
    start += piece.length + 1;
  }
  if (items.length < 2 || !items.some((i) => MODEL_ITEM.test(clause.slice(i.start, i.end)))) return false;
  const item = items.find((i) => at >= i.start && at < i.end);
  return item !== undefined && at + m.text.length <= item.end && item.end - (at + m.text.length) <= MAX_MODEL_TAIL;
}
