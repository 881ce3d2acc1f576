import { ENTITY_TYPES, type EntityType, type RelationProps } from '../types';
import { WutongError } from '../../shared/errors';
import grammarData from './grammar.json';
import patternData from './patterns.json';
import postData from './posts.json';

export type Lang = 'zh' | 'en';
export type Shape = 'svo' | 'pair' | 'attr' | 'post' | 'adjacent';
export type Direction = 'forward' | 'reverse' | 'symmetric';

export interface PatternRow {
  type: string;
  lang: Lang;
  shape: Shape;
  triggers: string[];
  source: EntityType[];
  target: EntityType[];
  direction: Direction;
  confidence: number;
  props?: RelationProps;
  capture?: string[];
  carry?: boolean;
  /** With carry: when no mention follows the trigger, the object is the host the article is about (A、B建成智能工厂 in a report on a zone). */
  hostObject?: boolean;
}

export interface Grammar {
  wordBoundary: boolean;
  /** Words by which a quote's speaker names their own organisation (我们). */
  firstPerson?: string[];
  /** What follows the organisation that speaks a quote (X相关负责人说). */
  speakerWords?: string[];
  clauseBreaks: string;
  listJoiners: string[];
  pairJoiners: string[];
  listEnd: string[];
  passive: string[];
  prepositions: string[];
  /** Prepositions whose object the verb serves (A建成后将为B配套): the subject may stand a few words before them. */
  benefactives?: string[];
  /** How many characters of adverbial (建成后将) may stand between such a subject and its preposition. */
  maxAdverbialGap?: number;
  copulas: string[];
  possessive: string[];
  attributeModifiers: string[];
  /** Bare nouns by which an article names its own institution again (医院主动…, 公司表示…). */
  genericHeads?: string[];
  /** Words opening a sentence that stand for the subject of the sentence before (该公司是X的子公司). */
  subjectAnaphors?: string[];
  /**
   * Words opening a sentence that take up the whole event of the sentence before (李鑫…推动模式落地。
   * 该案例入选X…): what the new sentence names is linked to the one who acted there.
   */
  eventAnaphors?: string[];
  /** Words between a list and its verb by which each member acts on its own (A、B和C均已签约): no pair within the list. */
  distributives?: string[];
  /**
   * Words after a mention that make it the holder of the name that follows (X和Y下属公司Z: Z is the
   * list's member, Y only says whose it is), so a list stops before it.
   */
  holderWords?: string[];
  /** What closes a list of projects before their verb (A、B等6个重大项目集中签约), as a pattern. */
  projectListEnd?: string;
  maxLeftGap: number;
  maxRightGap: number;
  maxListGap: number;
}

export interface PostLexicon {
  prefixes: string[];
  posts: string[];
  /** How a department's name ends (内分泌科, 放射室): a unit that names no institution of its own. */
  unitSuffixes?: string[];
  /** Words that name the article's own organisation before a post (该公司总经理X, 该院院长X), by its type. */
  anaphoricNouns?: Partial<Record<'Company' | 'Institution', string[]>>;
}

const SHAPES: readonly Shape[] = ['svo', 'pair', 'attr', 'post', 'adjacent'];
const TRIGGERLESS: readonly Shape[] = ['post', 'adjacent'];
const DIRECTIONS: readonly Direction[] = ['forward', 'reverse', 'symmetric'];
const CAPTURES = ['amount'];

function validate(row: PatternRow, n: number): PatternRow {
  const fail = (why: string): never => {
    throw new WutongError('extract/relations', 'BAD_PATTERN', `pattern row ${n} (${row.type}): ${why}`);
  };
  if (!/^[A-Z][A-Z_]*$/.test(row.type)) fail('type must be UPPER_SNAKE_CASE');
  if (row.lang !== 'zh' && row.lang !== 'en') fail(`unknown lang ${String(row.lang)}`);
  if (!SHAPES.includes(row.shape)) fail(`unknown shape ${row.shape}`);
  if (!DIRECTIONS.includes(row.direction)) fail(`unknown direction ${row.direction}`);
  if (!TRIGGERLESS.includes(row.shape) && row.triggers.length === 0) fail('needs triggers');
  for (const t of [...row.source, ...row.target]) if (!ENTITY_TYPES.includes(t)) fail(`unknown entity type ${t}`);
  if (!(row.confidence > 0 && row.confidence <= 1)) fail('confidence must be in (0, 1]');
  for (const c of row.capture ?? []) if (!CAPTURES.includes(c)) fail(`unknown capture ${c}`);
  // Longest trigger first, so 拟收购 wins over 收购 at the same place.
  return { ...row, triggers: [...row.triggers].sort((a, b) => b.length - a.length) };
}

export const PATTERNS: readonly PatternRow[] = (patternData.rows as PatternRow[]).map(validate);
export const GRAMMAR: Readonly<Record<Lang, Grammar>> = { zh: grammarData.zh, en: grammarData.en };
export const POSTS: Readonly<Record<Lang, PostLexicon>> = { zh: postData.zh, en: postData.en };
