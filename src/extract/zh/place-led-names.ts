import { zh } from '../../lexicon';
import type { Mention } from '../types';
import { SpanIndex } from '../spans';
import { firstWordFrom, type Word } from './segment';

const PARK_ENDINGS = zh('parkEndings');
/** A park's name before a project's tail (…产业园项目, …园二期) names the project, no entity. */
const PROJECT_TAILS = zh('projectTails');
/** jieba's tags of the words a name's middle is made of: nouns, names, adjectives of kind — never a verb, number or function word. */
const NAME_WORD_TAGS = new Set(['n', 'nz', 'nt', 'ns', 'nr', 'nrt', 'vn', 'j', 'eng', 'an', 'ng', 'a', 'l', 'f']);
/** At most this many words after the place or firm, the ending's word included (青禾 + 北部/科技/园区). */
const MAX_WORDS = 4;

/**
 * A park or zone named after its place or a firm and what it holds, the tagger having kept the place
 * or firm alone (蓝湾 + 北部/科技/园区, 青禾电器 + 家电/园, 桂江 + 经济带): the whole is one Place. The
 * words between are nouns or words of kind, never a verb, so a sentence (青禾设立研发中心和产业园) is
 * not read as a name; a one- or two-character ending needs words before it (园 alone is no park).
 */
export function withPlaceLedNames(text: string, mentions: Mention[], words: readonly Word[]): Mention[] {
  const spans = new SpanIndex(mentions);
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.type === 'Person' || replaced.has(m)) continue;
    const end = parkEnd(text, m, words);
    if (end === undefined || PROJECT_TAILS.at(text, end) !== undefined) continue;
    const inside: Mention[] = [];
    let blocked = false;
    for (const o of spans.overlapping(m.start, end)) {
      if (o === m) continue;
      // Only places and the words the tagger misread inside go: an organisation named inside (某研究所 + 产业园) is a name of its own.
      if (o.start < m.start || o.end > end || o.type !== 'Place') blocked = true;
      else inside.push(o);
    }
    if (blocked) continue;
    replaced.add(m);
    for (const o of inside) replaced.add(o);
    added.push({ text: text.slice(m.start, end), type: 'Place', start: m.start, end, rule: 'place-led-name' });
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Where the park's name that opens with mention `place` ends, if a park's ending closes the words after it. */
function parkEnd(text: string, place: Mention, words: readonly Word[]): number | undefined {
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
      return longer !== undefined && longer.length > ending.length ? word.end + 1 : word.end;
    }
    if (!NAME_WORD_TAGS.has(word.tag)) return undefined;
  }
  return undefined;
}
