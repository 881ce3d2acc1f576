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

/**
 * A 、-list closed by 等 and a noun of products, fields or routes (雅阁、天籁等车型; 航空、船舶等领域;
 * 京广、京沪等线路) lists things the annotation rules make no entity, however much its items look
 * like makers' names (a car's maker names its models). A firm's or a body's mention that is an item
 * of such a list is dropped; a noun followed by a kind noun (等手机厂商) lists firms and stays.
 */
export function withoutProductLists(text: string, mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => (m.type !== 'Company' && m.type !== 'Institution') || !listsNoFirm(text, m));
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
