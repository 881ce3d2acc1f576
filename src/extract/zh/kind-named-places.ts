import { zh } from '../../lexicon';
import type { Mention } from '../types';
import { isCommonWord } from './common-words';
import { segmentWords, type Word } from './segment';

const FEATURE_KINDS = zh('featureKinds');
/** jieba's tags of the pieces an unknown name is cut into (蓝/nr 石/n, 蓝/nr 石洞/nr, 青/ns 禾/n 谷/nr). */
const NAME_PIECE = /^(?:n|nr|nrt|nrfg|nz|ns|ng|nt|j|b|g)$/;
/** A count, a classifier or a size word before the name makes it a sort of thing (两座病险水库, 小型病险水库). */
const SORT_BEFORE = /^(?:m|q|k|mq|b)$/;
const HAN = /^\p{Script=Han}+$/u;
/** The name before the kind: two or three characters, as a village's, river's or street's is. */
const MIN_NAME = 2;
const MAX_NAME = 3;

/**
 * A name jieba does not know, cut into pieces, followed by a natural feature's, settlement's or
 * street's kind written as a word of its own (蓝/nr 石/n 村, 蓝/nr 石洞/nr 水库) is a place the tagger,
 * which learnt few of them, leaves out. The pieces are nouns and names of no common word; a verb, a
 * function word or a mark ends them. Not when a count or a size stands before (小型病险水库 is a
 * sort of reservoir, there and wherever else the article writes it), nor when the kind with the
 * character before it is a word of its own (稀土矿山: 矿山 is a mine).
 */
export function withKindNamedPlaces(text: string, mentions: Mention[], words: readonly Word[] = segmentWords(text)): Mention[] {
  const added: Mention[] = [];
  /** Surfaces the article writes after a count or a size somewhere: a sort in its title too. */
  const sorts = new Set<string>();
  for (let k = 1; k < words.length; k++) {
    const kind = words[k]!;
    if (!FEATURE_KINDS.has(kind.word)) continue;
    let first = k;
    let length = 0;
    for (let j = k - 1; j >= 0; j--) {
      const piece = words[j]!;
      if (piece.end !== words[j + 1]!.start || !NAME_PIECE.test(piece.tag) || !HAN.test(piece.word) || isCommonWord(piece.word)) break;
      if (length + piece.word.length > MAX_NAME) break;
      length += piece.word.length;
      first = j;
    }
    if (length < MIN_NAME) continue;
    const start = words[first]!.start;
    const end = kind.end;
    const before = words[first - 1];
    if (before !== undefined && before.end === start && SORT_BEFORE.test(before.tag)) {
      sorts.add(text.slice(start, end));
      continue;
    }
    const joined = segmentWords(text.slice(kind.start - 1, end));
    if (joined.length === 1 && !/^n[rstz]/.test(joined[0]!.tag)) continue;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    added.push({ text: text.slice(start, end), type: 'Place', start, end, rule: 'kind-named-place' });
  }
  const places = added.filter((m) => !sorts.has(m.text));
  return places.length === 0 ? mentions : [...mentions, ...places].sort((a, b) => a.start - b.start || b.end - a.end);
}
