import type { EntityType, Mention } from '../types';
import { ENTITY_TYPES } from '../types';
import { scorePair, type PairModel } from '../relations/pair-model';
import { WutongError } from '../../shared/errors';
import { isCommonWord } from './common-words';
import { defaultEntityLexicon } from './entity-lexicon';
import { countryNames, placeNames } from './gazetteer';
import { getLexicon, suffixOf } from './lexicon';
import { firstWordFrom, type Word } from './segment';
import modelData from './data/mention-verifier.json';

/**
 * The learnt mention verifier, last of the mention passes of regional business news: a multinomial
 * logistic regression that reads each name the article's mentions give one type (a surface and its
 * type, as the set's scorer counts them) and says which type it has, or none. It learnt from our
 * annotations the tagger never saw (data/kg-train batches 17–32, scripts/train-mentions.ts), so it
 * knows where the tagger and the passes go wrong on unseen news: a generic word, a product or an
 * event read as a firm, a body read as a firm. It only drops or retypes a name when it is sure
 * (`drop`, `retype`: probability thresholds chosen by cross-validation over annotation batches).
 * Its features are shapes, never a name: the type, the rules that read the name, its length and
 * edge characters, jieba's reading of it, how the article writes it and what stands around it.
 */
export interface MentionModel extends Pick<PairModel, 'classes' | 'weights'> {
  /** The probability of no entity at or above which a name is dropped. */
  drop: number;
  /** The probability of another type at or above which a name takes that type. */
  retype: number;
}

export const MENTION_MODEL: MentionModel = modelData as MentionModel;

/** The rule of a mention the verifier retyped. */
export const VERIFIER_RULE = 'mention-verifier';

/** The class of a name that is no entity; the others are the entity types. */
export const NO_ENTITY = 'none';
export const MENTION_CLASSES: readonly string[] = [NO_ENTITY, ...ENTITY_TYPES];

/** One name of an article as the scorer counts it: a surface with one type, and its mentions. */
export interface MentionGroup {
  text: string;
  type: EntityType;
  /** Indices into the article's mentions. */
  indices: number[];
}

/** The article's names, each surface and type once, in order of first mention; nested mentions are no surface of the text. */
export function mentionGroups(mentions: readonly Mention[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  mentions.forEach((m, i) => {
    if (m.nested === true) return;
    const key = `${m.text}\u0000${m.type}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { text: m.text, type: m.type, indices: [] }));
    group.indices.push(i);
  });
  return [...groups.values()];
}

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? '4-5' : n <= 9 ? '6-9' : '10+');
const lengthBucket = (n: number): string => (n <= 7 ? String(n) : n <= 10 ? '8-10' : n <= 15 ? '11-15' : '16+');

/** The jieba word that holds position `pos`, if any. */
function wordAt(words: readonly Word[], pos: number): Word | undefined {
  const k = firstWordFrom(words, pos + 1) - 1;
  const word = words[k];
  return word !== undefined && word.start <= pos && pos < word.end ? word : undefined;
}

function scriptOf(surface: string): string {
  const han = /\p{Script=Han}/u.test(surface);
  const latin = /[A-Za-zＡ-Ｚａ-ｚ]/.test(surface);
  const digit = /[0-9０-９]/.test(surface);
  return `${han ? 'han' : ''}${latin ? 'latin' : ''}${digit ? 'digit' : ''}` || 'other';
}

/** The type number of the mined entity lexicon's entry for the whole surface (1 Person … 4 Institution), or 0. */
function lexiconType(surface: string): number {
  let type = 0;
  defaultEntityLexicon().forEachLongest(surface, surface.length, surface.length, (start, length, value) => {
    if (start === 0 && length === surface.length) type = value;
  });
  return type;
}
const LEXICON_TYPES: readonly EntityType[] = ['Person', 'Place', 'Company', 'Institution'];

const LIST_MARKS = new Set(['、', '，', ',', '和', '与', '及']);
const OPENING = new Set(['“', '「', '《', '"', '‘', '（', '(']);
const CLOSING = new Set(['”', '」', '》', '"', '’', '）', ')']);

/**
 * The features of one name of the article. Each is also written with the name's type, so the model
 * can learn that a 局 ending reads right for a body and wrong for a firm.
 */
export function groupFeatures(text: string, words: readonly Word[], mentions: readonly Mention[], group: MentionGroup, groups: readonly MentionGroup[]): string[] {
  const { text: surface, type } = group;
  const chars = [...surface];
  const f: string[] = ['bias'];
  for (const i of group.indices) f.push(`rule:${(mentions[i]!.rule ?? 'none').replace(/\(.*$/, '')}`);
  f.push(`len:${lengthBucket(chars.length)}`, `script:${scriptOf(surface)}`);
  f.push(`first:${chars[0]}`, `last:${chars[chars.length - 1]}`);
  if (chars.length >= 3) f.push(`first2:${chars.slice(0, 2).join('')}`, `last2:${chars.slice(-2).join('')}`);
  if (isCommonWord(surface)) f.push('common-word');
  const suffix = suffixOf(surface, getLexicon());
  if (suffix !== undefined) f.push(`suffix:${suffix.type}`, `suffix-length:${Math.min([...suffix.suffix].length, 4)}`);
  for (const c of new Set(chars.slice(1, -1))) f.push(`inner:${c}`);
  const lexicon = surface.length >= 2 ? lexiconType(surface) : 0;
  f.push(`lexicon:${lexicon === 0 ? 'none' : LEXICON_TYPES[lexicon - 1] === type ? 'same' : LEXICON_TYPES[lexicon - 1]}`);
  const places = placeNames();
  if (places.names.has(surface)) f.push('gazetteer:place');
  else if (places.countyShortForms.has(surface)) f.push('gazetteer:county-short');
  if (countryNames().has(surface)) f.push('gazetteer:country');

  // How the article writes it: how often, how often read as a name there, under which other types.
  let written = 0;
  let covered = 0;
  const spans = mentions.filter((m) => m.nested !== true);
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
    written++;
    if (spans.some((m) => m.start <= at && m.end >= at + surface.length && m.text !== surface)) covered++;
  }
  const read = spans.filter((m) => m.text === surface).length;
  f.push(`written:${bucket(written)}`, `mentions:${bucket(group.indices.length)}`);
  f.push(`read:${read >= written ? 'all' : read + covered >= written ? 'rest-inside' : 2 * read >= written ? 'most' : 'few'}`);
  if (covered > 0) f.push('written-inside-another');
  for (const other of groups) {
    if (other === group) continue;
    if (other.text === surface) f.push(`also:${other.type}`);
    else if (other.text.includes(surface)) f.push(`inside:${other.type}`, `inside-at:${other.text.startsWith(surface) ? 'start' : other.text.endsWith(surface) ? 'end' : 'middle'}`);
    else if (surface.includes(other.text)) f.push(`holds:${other.type}`, `holds-at:${surface.startsWith(other.text) ? 'start' : surface.endsWith(other.text) ? 'end' : 'middle'}`);
  }

  // jieba's reading and what stands around each mention.
  for (const i of group.indices) {
    const m = mentions[i]!;
    const first = wordAt(words, m.start);
    const last = wordAt(words, m.end - 1);
    if (first !== undefined && first === last && first.start === m.start && first.end === m.end) f.push(`jieba:word|${first.tag}`);
    else {
      f.push(`jieba:${first?.start === m.start ? 'starts' : 'cuts'}-${last?.end === m.end ? 'ends' : 'cuts'}`);
      if (last !== undefined) f.push(`jieba:last|${last.tag}`, ...(isCommonWord(last.word) ? ['jieba:last-common'] : []));
      if (first !== undefined) f.push(`jieba:first|${first.tag}`, ...(places.names.has(first.word) || countryNames().has(first.word) ? ['jieba:first-place'] : []));
    }
    const before = text[m.start - 1] ?? '^';
    const after = text[m.end] ?? '$';
    f.push(`before:${before}`, `after:${after}`);
    const prev = wordAt(words, m.start - 1);
    const next = wordAt(words, m.end);
    if (prev !== undefined && prev.end === m.start) f.push(`word-before:${prev.word}`, `pos-before:${prev.tag}`);
    if (next !== undefined && next.start === m.end) f.push(`word-after:${next.word}`, `pos-after:${next.tag}`);
    if (before === '、' || after === '、') f.push('list:、');
    else if (LIST_MARKS.has(before) || LIST_MARKS.has(after)) f.push('list:joined');
    if (OPENING.has(before) && CLOSING.has(after)) f.push(`marked:${before}`);
    if (m.start === 0 || text.lastIndexOf('\n', m.start) < 0) f.push('in-first-line');
  }
  const distinct = [...new Set(f)];
  return [...distinct, ...distinct.map((x) => `${x}|${type}`)];
}

/** The model's decision on one name: its type kept, another type, or no entity. */
export function decide(probabilities: readonly number[], type: EntityType, model: Pick<MentionModel, 'classes' | 'drop' | 'retype'>): EntityType | typeof NO_ENTITY {
  const none = model.classes.indexOf(NO_ENTITY);
  if ((probabilities[none] ?? 0) >= model.drop) return NO_ENTITY;
  let best: EntityType | undefined;
  let p = 0;
  model.classes.forEach((c, k) => {
    if (c !== NO_ENTITY && c !== type && probabilities[k]! > p) [best, p] = [c as EntityType, probabilities[k]!];
  });
  return best !== undefined && p >= model.retype ? best : type;
}

/** How a name is read: by a model, or (in training) by a function of the name and its features. */
export type GroupReader = MentionModel | ((group: MentionGroup, features: () => string[]) => EntityType | typeof NO_ENTITY);

/** The mentions with the names the model is sure are no entity dropped and those of another type retyped. */
export function verifyMentions(text: string, words: readonly Word[], mentions: Mention[], reader: GroupReader = MENTION_MODEL): Mention[] {
  if (typeof reader !== 'function' && reader.classes.join() !== MENTION_CLASSES.join()) throw new WutongError('extract/zh', 'MENTION_MODEL_CLASSES', `the mention model's classes are ${reader.classes.join(' ')}, not ${MENTION_CLASSES.join(' ')}`);
  const groups = mentionGroups(mentions);
  const decisions = new Map<number, EntityType | typeof NO_ENTITY>();
  for (const group of groups) {
    const features = (): string[] => groupFeatures(text, words, mentions, group, groups);
    const decision = typeof reader === 'function' ? reader(group, features) : decide(scorePair(reader, features()), group.type, reader);
    if (decision !== group.type) for (const i of group.indices) decisions.set(i, decision);
  }
  if (decisions.size === 0) return mentions;
  return mentions.flatMap((m, i) => {
    const decision = decisions.get(i);
    if (decision === undefined) return [m];
    return decision === NO_ENTITY ? [] : [{ ...m, type: decision, rule: VERIFIER_RULE }];
  });
}
