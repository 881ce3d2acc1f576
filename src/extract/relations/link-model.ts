import type { EntityType, Mention, Relation } from '../types';
import { isSymmetric, typesFit } from '../../lexicon/index';
import modelData from './link-model.json';
import { neighbourFeatures, pairFeatures, structureFeatures } from './pair-features';
import { scorePair, type PairModel } from './pair-model';

/**
 * The last relation pass for Chinese articles: a model learnt from the team's annotations of
 * regional business news (data/kg-train, GUIDELINES of ../shared/data/kg) reads every pair the
 * earlier passes put in one sentence — typed or only co-mentioned — and decides its type, with the
 * earlier passes' readings among its features. A typed link stays only where the model is sure of
 * it; a pattern's type the model does not confirm becomes a co-mention, kept with its rule so a user
 * can see what was proposed and turned down. Precision first: the passes propose, the model disposes.
 */

export const LINK_MODEL: PairModel = modelData as PairModel;

/** The rule id of links the model types, and the prefix it gives a pattern's link it confirms or turns down. */
export const LINK_MODEL_RULE = 'link-model';

/** One pair of mentions in one evidence span, with the types the earlier passes gave it there. */
export interface CandidatePair {
  /** The earlier mention in the text, then the later. */
  x: number;
  y: number;
  start: number;
  end: number;
  /** The earlier passes' relations over this pair and span (typed and co-mentions). */
  relations: Relation[];
  /**
   * Whether a pass ties x (or y) in this span to another organisation by a post (a roll's
   * 甲单位主任张三，乙大学院长李四): a person's employer the sentence already says.
   */
  postedElsewhere?: { x: boolean; y: boolean };
}

/** A candidate's identity within one article's extraction. */
export const candidateKey = (pair: Pick<CandidatePair, 'x' | 'y' | 'start' | 'end'>): string => `${pair.x}:${pair.y}:${pair.start}:${pair.end}`;

/** The pairs the relation passes put in one span, each once, x before y. */
export function candidatePairs(mentions: Mention[], relations: Relation[]): CandidatePair[] {
  const byKey = new Map<string, CandidatePair>();
  for (const r of relations) {
    const [x, y] = mentions[r.source]!.start <= mentions[r.target]!.start ? [r.source, r.target] : [r.target, r.source];
    const key = candidateKey({ x, y, start: r.start, end: r.end });
    let pair = byKey.get(key);
    if (pair === undefined) {
      pair = { x, y, start: r.start, end: r.end, relations: [] };
      byKey.set(key, pair);
    }
    pair.relations.push(r);
  }
  // Employers the passes read from a written post, by person and span.
  const employers = new Map<string, Set<string>>();
  for (const r of relations) {
    if (r.type !== 'WORKS_AT' || r.props?.post === undefined) continue;
    const key = `${mentions[r.source]!.text}@${r.start}`;
    employers.set(key, (employers.get(key) ?? new Set()).add(mentions[r.target]!.text));
  }
  const elsewhere = (person: number, other: number, start: number): boolean => [...(employers.get(`${mentions[person]!.text}@${start}`) ?? [])].some((employer) => employer !== mentions[other]!.text);
  const pairs = [...byKey.values()];
  for (const pair of pairs) pair.postedElsewhere = { x: elsewhere(pair.x, pair.y, pair.start), y: elsewhere(pair.y, pair.x, pair.start) };
  return pairs;
}

/** The mentions inside each evidence span, worked out once per span for all of its pairs. */
export class SpanMentions {
  private readonly found = new Map<string, number[]>();

  constructor(private readonly mentions: Mention[]) {}

  /** Indices of the mentions wholly inside [start, end), in list order. */
  inside(start: number, end: number): number[] {
    const key = `${start}:${end}`;
    let indices = this.found.get(key);
    if (indices === undefined) {
      indices = [];
      for (const [i, m] of this.mentions.entries()) if (m.start >= start && m.end <= end) indices.push(i);
      this.found.set(key, indices);
    }
    return indices;
  }
}

/** A relation's type as a class: symmetric types bare, others marked > (x acts on y) or < (y acts on x). */
export function classOf(type: string, sourceIsX: boolean): string {
  return isSymmetric(type) ? type : `${type}${sourceIsX ? '>' : '<'}`;
}

/**
 * The model's features of a candidate: the sentence's pair features (words between and around,
 * distance, list shape), the structure the pair stands in (clauses, list places, triggers' clauses),
 * the two mention types, each earlier pass's reading of the pair, and whether a pass gives either
 * end another employer in the span.
 */
export function candidateFeatures(text: string, mentions: Mention[], pair: CandidatePair, spans: SpanMentions = new SpanMentions(mentions)): string[] {
  const x = mentions[pair.x]!;
  const y = mentions[pair.y]!;
  const span = { start: pair.start, end: pair.end };
  const inSpan = x.start >= span.start && y.end <= span.end;
  const others = inSpan ? spans.inside(span.start, span.end).filter((i) => i !== pair.x && i !== pair.y).map((i) => mentions[i]!) : [];
  // A pair a pass carried across sentences (a subject named earlier) has no words of its own between.
  const features = inSpan ? [...pairFeatures(text, span, x, y, others), ...structureFeatures(text, span, x, y, [x, y, ...others]), ...neighbourFeatures(text, x, y, [x, y, ...others])] : ['bias', 'cross-sentence'];
  const types = `${x.type}|${y.type}`;
  features.push(`t:${types}`);
  const readings = pair.relations.filter((r) => r.type !== 'CO_MENTIONED').map((r) => classOf(r.type, r.source === pair.x));
  for (const reading of readings) features.push(`rule:${reading}`, `rule:${reading}|${types}`);
  if (readings.length === 0) features.push('rule:none');
  if (pair.postedElsewhere?.x === true) features.push(`posted-elsewhere:x|${types}`);
  if (pair.postedElsewhere?.y === true) features.push(`posted-elsewhere:y|${types}`);
  return features;
}

/**
 * The model's reading of candidate features: its likeliest class other than 'none' when that
 * probability reaches the type's threshold (chosen per type by cross-validation, so a type the
 * model scores low but rarely wrongly is not held to the bar of one it often confuses).
 */
export function readFeatures(features: string[], model: PairModel): { label: string; probability: number } {
  return readProbabilities(scorePair(model, features), model);
}

/** The reading of a candidate's class probabilities under a model's thresholds. */
export function readProbabilities(probabilities: number[], model: Pick<PairModel, 'classes' | 'threshold' | 'thresholds'>): { label: string; probability: number } {
  const none = model.classes.indexOf('none');
  let best = -1;
  for (let k = 0; k < probabilities.length; k++) if (k !== none && (best < 0 || probabilities[k]! > probabilities[best]!)) best = k;
  const label = best < 0 ? 'none' : model.classes[best]!;
  const probability = best < 0 ? 0 : probabilities[best]!;
  const threshold = model.thresholds?.[label.replace(/[<>]$/, '')] ?? model.threshold;
  return label !== 'none' && probability >= threshold ? { label, probability } : { label: 'none', probability: probabilities[none] ?? 0 };
}

/** The model's reading of a candidate. */
export function readCandidate(text: string, mentions: Mention[], pair: CandidatePair, model: PairModel, spans?: SpanMentions): { label: string; probability: number } {
  return readFeatures(candidateFeatures(text, mentions, pair, spans), model);
}

const round = (p: number): number => Math.round(p * 100) / 100;

/** The entity types at a class's source and target ends (`T<` reads y → x). */
function endTypes(mentions: Mention[], pair: CandidatePair, label: string): [EntityType, EntityType] {
  const [source, target] = label.endsWith('<') ? [pair.y, pair.x] : [pair.x, pair.y];
  return [mentions[source]!.type, mentions[target]!.type];
}

/** How a candidate is read: by a model, or (in training) by a reader of probabilities worked out before. */
export type CandidateReader = PairModel | ((pair: CandidatePair) => { label: string; probability: number });

/** The article's relations as the model reads them: one relation per candidate pair and span. */
export function linkModelPass(text: string, mentions: Mention[], relations: Relation[], reader: CandidateReader = LINK_MODEL): Relation[] {
  const spans = new SpanMentions(mentions);
  const read = typeof reader === 'function' ? reader : (pair: CandidatePair) => readCandidate(text, mentions, pair, reader, spans);
  const out: Relation[] = [];
  for (const pair of candidatePairs(mentions, relations)) {
    const reading = read(pair);
    // A type the registry does not allow between these ends (a person SIGNED_WITH a bank) is no reading.
    const fits = reading.label === 'none' || typesFit(reading.label.replace(/[<>]$/, ''), ...endTypes(mentions, pair, reading.label));
    const { label, probability } = fits ? reading : { label: 'none', probability: 1 - reading.probability };
    const typed = pair.relations.filter((r) => r.type !== 'CO_MENTIONED');
    if (label === 'none') {
      const proposed = typed.map((r) => r.rule ?? r.type).join(',');
      const base = pair.relations.find((r) => r.type === 'CO_MENTIONED') ?? pair.relations[0]!;
      out.push({ source: base.source, target: base.target, type: 'CO_MENTIONED', start: pair.start, end: pair.end, confidence: base.type === 'CO_MENTIONED' ? base.confidence : round(1 - probability), rule: typed.length > 0 ? `${LINK_MODEL_RULE}:declined(${proposed})` : base.rule });
      continue;
    }
    const type = label.replace(/[<>]$/, '');
    const [source, target] = label.endsWith('<') ? [pair.y, pair.x] : [pair.x, pair.y];
    // A pattern that read the same type keeps its facts (a post, an amount) and its own rule beside the model's.
    const agreeing = typed.find((r) => r.type === type && (isSymmetric(type) || r.source === source));
    if (agreeing !== undefined) out.push({ ...agreeing, source, target, confidence: round(Math.max(agreeing.confidence, probability)), rule: `${agreeing.rule ?? agreeing.type}+${LINK_MODEL_RULE}` });
    else out.push({ source, target, type, start: pair.start, end: pair.end, confidence: round(probability), rule: LINK_MODEL_RULE });
  }
  return out;
}
