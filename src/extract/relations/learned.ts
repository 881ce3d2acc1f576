import type { Mention, Relation } from '../types';
import { readPair, type PairModel } from './pair-model';
import type { SentenceSpan } from './sentences';

// The model learned from finance news about companies (banks and regulators among them), so it
// reads pairs of organisations with a company at one end at least: between two public bodies
// (a health bureau and a county hospital) its owning and buying make no sense.
const ORGANISATIONS: readonly string[] = ['Company', 'Institution'];
// A learned reading is trusted less than any pattern.
const LEARNED_WEIGHT = 0.6;
// A pattern's type gives way only to a reading this sure of another type (finance news words 收购
// and 持股 in ways general patterns do not foresee).
const OVERRIDE = 0.7;
/** The rule of a co-mention the pair model typed; a pattern's link it retyped keeps the row inside (pair-model:retyped(acquiring)). */
export const PAIR_MODEL_RULE = 'pair-model';

/** A co-mention between two companies typed by the pair model when it is sure enough. */
export function learnedType(text: string, sentence: SentenceSpan, r: Relation, mentions: Mention[], inSentence: number[], model?: PairModel): Relation {
  const reading = readingOf(text, sentence, r, mentions, inSentence, model);
  if (reading === undefined) return r;
  return { ...r, source: reading.source, target: reading.target, type: reading.type, confidence: Math.round(LEARNED_WEIGHT * reading.probability * 100) / 100, rule: PAIR_MODEL_RULE };
}

/** A pattern's relation between two companies, retyped when the model is far surer of another type. */
export function reconsidered(text: string, sentence: SentenceSpan, r: Relation, mentions: Mention[], inSentence: number[], model?: PairModel): Relation {
  // Between a company and a hospital or a bureau, the patterns of regional news know better.
  if (mentions[r.source]!.type !== 'Company' || mentions[r.target]!.type !== 'Company') return r;
  // A subject carried over from an earlier sentence is no pair the model ever read in one sentence.
  if (!inSentence.includes(r.source) || !inSentence.includes(r.target)) return r;
  const reading = readingOf(text, sentence, r, mentions, inSentence, model);
  if (reading === undefined || reading.type === r.type || reading.probability < OVERRIDE) return r;
  return { ...r, source: reading.source, target: reading.target, type: reading.type, props: undefined, confidence: Math.round(LEARNED_WEIGHT * reading.probability * 100) / 100, rule: `${PAIR_MODEL_RULE}:retyped(${r.rule})` };
}

interface PairTyping { source: number; target: number; type: string; probability: number }

function readingOf(text: string, sentence: SentenceSpan, r: Relation, mentions: Mention[], inSentence: number[], model?: PairModel): PairTyping | undefined {
  const [first, second] = mentions[r.source]!.start <= mentions[r.target]!.start ? [r.source, r.target] : [r.target, r.source];
  const x = mentions[first]!;
  const y = mentions[second]!;
  if (!ORGANISATIONS.includes(x.type) || !ORGANISATIONS.includes(y.type) || (x.type !== 'Company' && y.type !== 'Company')) return undefined;
  const others = inSentence.filter((i) => i !== first && i !== second).map((i) => mentions[i]!);
  const reading = readPair(text, sentence, x, y, others, model);
  if (reading === undefined) return undefined;
  const [source, target] = reading.reversed ? [second, first] : [first, second];
  return { source, target, type: reading.type, probability: reading.probability };
}

