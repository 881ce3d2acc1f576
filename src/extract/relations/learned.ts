import type { Mention, Relation } from '../types';
import { readPair, type PairModel } from './pair-model';
import type { SentenceSpan } from './sentences';

// The model learned from finance news about companies, so it reads company pairs only.
const COMPANY = 'Company';
// A learned reading is trusted less than any pattern.
const LEARNED_WEIGHT = 0.6;

/** A co-mention between two companies typed by the pair model when it is sure enough. */
export function learnedType(text: string, sentence: SentenceSpan, r: Relation, mentions: Mention[], inSentence: number[], model?: PairModel): Relation {
  const [first, second] = mentions[r.source]!.start <= mentions[r.target]!.start ? [r.source, r.target] : [r.target, r.source];
  const x = mentions[first]!;
  const y = mentions[second]!;
  if (x.type !== COMPANY || y.type !== COMPANY) return r;
  const others = inSentence.filter((i) => i !== first && i !== second).map((i) => mentions[i]!);
  const reading = readPair(text, sentence, x, y, others, model);
  if (reading === undefined) return r;
  const [source, target] = reading.reversed ? [second, first] : [first, second];
  return { ...r, source, target, type: reading.type, confidence: Math.round(LEARNED_WEIGHT * reading.probability * 100) / 100 };
}
