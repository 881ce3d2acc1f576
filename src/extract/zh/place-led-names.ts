import { zh } from '../../lexicon';
import type { EntityType, Mention } from '../types';
import { SpanIndex } from '../spans';
import { firstWordFrom, type Word } from './segment';

const PARK_ENDINGS = zh('parkEndings');
/** A park's name before a project's tail (…产业园项目, …园二期) names the project, no entity. */
const PROJECT_TAILS = zh('projectTails');
/** jieba's tags of the words a name's middle is made of: nouns, names, adjectives of kind — never a verb, number or function word. */
const NAME_WORD_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'nrt', 'vn', 'j', 'eng', 'an', 'ng', 'a', 'l', 'f']);
/** At most this many words after the place, the ending's word included (上海 + 联合/产权/交易所). */
const MAX_WORDS = 4;

/**
 * A name that opens with its place and closes with a body's, firm's or park's ending, the tagger
 * having kept the place alone (青禾 + 数字/产权/交易所, 蓝湾 + 北部/科技/园区): the whole is one
 * mention, typed by its ending. The words between are nouns or words of kind, never a verb, so a
 * sentence (青禾 设立 研发中心) is not read as a name; at least one stands between, so a place and a
 * bare kind word (青禾医院 is the tagger's to read) are left alone.
 */
export function withPlaceLedNames(text: string, mentions: Mention[], words: readonly Word[]): Mention[] {
  const spans = new SpanIndex(mentions);
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.type === 'Person' || replaced.has(m)) continue;
    const named = placeLedName(text, m, words);
    if (named === undefined || PROJECT_TAILS.at(text, named.end) !== undefined) continue;
    const inside: Mention[] = [];
    let blocked = false;
    for (const o of spans.overlapping(m.start, named.end)) {
      if (o === m) continue;
      // Only places and the words the tagger misread inside go: an organisation named inside (某研究所 + 产业园) is a name of its own.
      if (o.start < m.start || o.end > named.end || o.type !== 'Place') blocked = true;
      else inside.push(o);
    }
    if (blocked) continue;
    replaced.add(m);
    for (const o of inside) replaced.add(o);
    added.push({ text: text.slice(m.start, named.end), type: named.type, start: m.start, end: named.end, rule: 'place-led-name' });
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

function placeLedName(text: string, place: Mention, words: readonly Word[]): { end: number; type: EntityType } | undefined {
  let k = firstWordFrom(words, place.end);
  if (k >= words.length || words[k]!.start !== place.end) return undefined;
  for (let count = 1; count <= MAX_WORDS && k < words.length; count++, k++) {
    const word = words[k]!;
    if (!NAME_WORD_TAGS.has(word.tag) && count < 2) return undefined;
    const name = text.slice(place.end, word.end);
    const ending = PARK_ENDINGS.suffixOf(word.word);
    if (ending !== undefined && (name.length > ending.length || ending.length >= 3)) {
      // jieba may leave the ending's last character to the next word (产业园 + 区建设).
      const longer = PARK_ENDINGS.suffixOf(text.slice(place.end, word.end + 1));
      return { end: longer !== undefined && longer.length > ending.length ? word.end + 1 : word.end, type: 'Place' };
    }
    if (!NAME_WORD_TAGS.has(word.tag)) return undefined;
  }
  return undefined;
}
