import type { Mention, Relation } from '../types';
import type { SentenceSpan } from './sentences';

const CO_MENTIONED = 'CO_MENTIONED';
const CO_MENTION_CONFIDENCE = 0.3;

/**
 * The fallback link: every pair of mentions in one sentence that no typed relation covers.
 * Pairs whose two ends both took part in typed relations of the sentence are left out, so a
 * coordination such as A与B、C与D协作 stays two pairs instead of a clique.
 */
export function coMentions(
  sentence: SentenceSpan,
  inSentence: number[],
  mentions: Mention[],
  typed: Relation[],
): Relation[] {
  const covered = new Set<string>();
  const typedEnds = new Set<number>();
  for (const r of typed) {
    covered.add(pairKey(r.source, r.target));
    typedEnds.add(r.source);
    typedEnds.add(r.target);
  }
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (let a = 0; a < inSentence.length; a += 1) {
    for (let b = a + 1; b < inSentence.length; b += 1) {
      const i = inSentence[a]!;
      const j = inSentence[b]!;
      if (mentions[i]!.text === mentions[j]!.text) continue;
      if (typedEnds.has(i) && typedEnds.has(j)) continue;
      const key = pairKey(i, j);
      const textKey = [mentions[i]!.text, mentions[j]!.text].sort().join('\u0000');
      if (covered.has(key) || seen.has(textKey)) continue;
      seen.add(textKey);
      out.push({ source: i, target: j, type: CO_MENTIONED, start: sentence.start, end: sentence.end, confidence: CO_MENTION_CONFIDENCE });
    }
  }
  return out;
}

function pairKey(i: number, j: number): string {
  return i < j ? `${i}:${j}` : `${j}:${i}`;
}
