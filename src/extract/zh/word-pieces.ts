import type { Mention } from '../types';
import { firstWordFrom, segmentWords, type Word } from './segment';

// jieba's tags of one-character words that may be a piece of an unknown name (蓝/nr 弗/nr).
const NAME_PIECE = /^(?:n|nr|nz|ns|ng|j)$/;

/** The jieba word that holds the character at `at`. */
function wordAt(words: readonly Word[], at: number): Word | undefined {
  const k = firstWordFrom(words, at + 1) - 1;
  const word = words[k];
  return word !== undefined && word.start <= at && at < word.end ? word : undefined;
}

/**
 * A one-character place or person that is a piece of a word or of an unknown name (闽 of 闽南, 蓝 and
 * 弗 of a brand 蓝弗 jieba shreds) is no mention. A one-character abbreviation stands alone in jieba's
 * reading and beside function words (京与某公司, 日、韩两国).
 */
export function withoutWordPieces(text: string, mentions: Mention[], words: readonly Word[] = segmentWords(text)): Mention[] {
  const single = new Set(mentions.filter((m) => m.end - m.start === 1).map((m) => m.start));
  const piece = (m: Mention): boolean => {
    if (m.end - m.start !== 1 || (m.type !== 'Place' && m.type !== 'Person')) return false;
    const word = wordAt(words, m.start);
    if (word === undefined) return false;
    if (word.end - word.start > 1) return true;
    // A neighbour that is another one-character name, or a one-character word of a name's kind.
    for (const at of [m.start - 1, m.end]) {
      if (single.has(at)) return true;
      const next = wordAt(words, at);
      if (next !== undefined && next.end - next.start === 1 && NAME_PIECE.test(next.tag)) return true;
    }
    return false;
  };
  const kept = mentions.filter((m) => !piece(m));
  return kept.length === mentions.length ? mentions : kept;
}
