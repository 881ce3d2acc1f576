import { z } from 'zod';
import { ENTITY_TYPES, type EntityType, type RelationProps } from '../types';
import { relationType, wordList, WordList, type Language } from '../../lexicon';
import { readJson } from '../../shared/data';
import { WutongError } from '../../shared/errors';

export type Lang = 'zh' | 'en';
export type Shape = 'svo' | 'pair' | 'attr' | 'post' | 'adjacent';
export type Direction = 'forward' | 'reverse' | 'symmetric';

export interface PatternRow {
  /** The row's stable name, stamped on the relations it reads as their rule (provenance). */
  id: string;
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
  firstPerson?: readonly string[];
  /** What follows the organisation that speaks a quote (X相关负责人说). */
  speakerWords?: readonly string[];
  clauseBreaks: string;
  listJoiners: readonly string[];
  pairJoiners: readonly string[];
  listEnd: readonly string[];
  passive: readonly string[];
  prepositions: readonly string[];
  /** Prepositions whose object the verb serves (A建成后将为B配套): the subject may stand a few words before them. */
  benefactives?: readonly string[];
  /** How many characters of adverbial (建成后将) may stand between such a subject and its preposition. */
  maxAdverbialGap?: number;
  copulas: readonly string[];
  possessive: readonly string[];
  attributeModifiers: readonly string[];
  /** Bare nouns by which an article names its own institution again (医院主动…, 公司表示…). */
  genericHeads?: readonly string[];
  /** Words opening a sentence that stand for the subject of the sentence before (该公司是X的子公司). */
  subjectAnaphors?: readonly string[];
  /**
   * Words opening a sentence that take up the whole event of the sentence before (李鑫…推动模式落地。
   * 该案例入选X…): what the new sentence names is linked to the one who acted there.
   */
  eventAnaphors?: readonly string[];
  /** Words between a list and its verb by which each member acts on its own (A、B和C均已签约): no pair within the list. */
  distributives?: readonly string[];
  /**
   * Words after a mention that make it the holder of the name that follows (X和Y下属公司Z: Z is the
   * list's member, Y only says whose it is), so a list stops before it.
   */
  holderWords?: readonly string[];
  /** What closes a list of projects before their verb (A、B等6个重大项目集中签约), as a pattern. */
  projectListEnd?: string;
  maxLeftGap: number;
  maxRightGap: number;
  maxListGap: number;
}

export interface PostLexicon {
  prefixes: WordList;
  posts: WordList;
  /** How a department's name ends (内分泌科, 放射室): a unit that names no institution of its own. */
  unitSuffixes?: WordList;
  /** Words that name the article's own organisation before a post (该公司总经理X, 该院院长X), by its type. */
  anaphoricNouns?: Partial<Record<'Company' | 'Institution', WordList>>;
}

const SHAPES: readonly Shape[] = ['svo', 'pair', 'attr', 'post', 'adjacent'];
const TRIGGERLESS: readonly Shape[] = ['post', 'adjacent'];
const DIRECTIONS: readonly Direction[] = ['forward', 'reverse', 'symmetric'];
const CAPTURES = ['amount'];

const entityType = z.enum(ENTITY_TYPES as unknown as [EntityType, ...EntityType[]]);
/** A row as patterns.json writes it: source and target default to what the relation type allows (src/lexicon/relation-types.json). */
const rowSchema = z.object({
  id: z.string(),
  type: z.string(),
  lang: z.string(),
  shape: z.string(),
  triggers: z.array(z.string()).default([]),
  source: z.array(entityType).optional(),
  target: z.array(entityType).optional(),
  direction: z.string(),
  confidence: z.number(),
  props: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  capture: z.array(z.string()).optional(),
  carry: z.boolean().optional(),
  hostObject: z.boolean().optional(),
});
export type PatternRowData = z.output<typeof rowSchema>;

function validate(data: PatternRowData, n: number): PatternRow {
  const fail = (why: string): never => {
    throw new WutongError('extract/relations', 'BAD_PATTERN', `pattern row ${n} (${data.type}): ${why}`);
  };
  if (!RULE_ID.test(data.id)) fail(`id ${JSON.stringify(data.id)} must be lowercase words joined by hyphens`);
  if (!/^[A-Z][A-Z_]*$/.test(data.type)) fail('type must be UPPER_SNAKE_CASE');
  const registered = relationType(data.type);
  if (registered === undefined || registered.weak) return fail('type is no statement type of src/lexicon/relation-types.json');
  const row = { ...data, source: data.source ?? registered!.source, target: data.target ?? registered!.target } as PatternRow;
  if (row.lang !== 'zh' && row.lang !== 'en') fail(`unknown lang ${String(row.lang)}`);
  if (!SHAPES.includes(row.shape)) fail(`unknown shape ${row.shape}`);
  if (!DIRECTIONS.includes(row.direction)) fail(`unknown direction ${row.direction}`);
  if (!TRIGGERLESS.includes(row.shape) && row.triggers.length === 0) fail('needs triggers');
  // The type's argument types are the rule; a row may only narrow them.
  for (const t of row.source) if (!registered!.source.includes(t)) fail(`${t} is no source type of ${row.type}`);
  for (const t of row.target) if (!registered!.target.includes(t)) fail(`${t} is no target type of ${row.type}`);
  if (!(row.confidence > 0 && row.confidence <= 1)) fail('confidence must be in (0, 1]');
  for (const c of row.capture ?? []) if (!CAPTURES.includes(c)) fail(`unknown capture ${c}`);
  // Longest trigger first, so 拟收购 wins over 收购 at the same place.
  return { ...row, triggers: new WordList(`patterns/${n}`, row.triggers).words as string[] };
}

/** A rule's name as relations and mentions carry it: lowercase words joined by hyphens (signing-with). */
export const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The rows, each validated, with ids unique across the table: an id names one row in the graph's evidence. */
export function patternRows(rows: readonly PatternRowData[]): PatternRow[] {
  const seen = new Set<string>();
  return rows.map((data, n) => {
    if (seen.has(data.id)) throw new WutongError('extract/relations', 'BAD_PATTERN', `pattern row ${n} (${data.type}): id ${data.id} is already another row's`);
    seen.add(data.id);
    return validate(data, n);
  });
}

const patternData = readJson(new URL('./patterns.json', import.meta.url), z.object({ comment: z.string(), rows: z.array(rowSchema) }), 'extract/relations', 'BAD_PATTERN');

const grammarSettings = z.object({
  wordBoundary: z.boolean(),
  clauseBreaks: z.string(),
  projectListEnd: z.string().optional(),
  maxAdverbialGap: z.number().int().nonnegative().optional(),
  maxLeftGap: z.number().int().positive(),
  maxRightGap: z.number().int().positive(),
  maxListGap: z.number().int().nonnegative(),
});
const grammarData = readJson(new URL('./grammar.json', import.meta.url), z.object({ comment: z.string(), zh: grammarSettings, en: grammarSettings }), 'extract/relations');

/** A language's grammar: the settings of grammar.json and the function words of src/lexicon. */
function grammarOf(lang: Language): Grammar {
  const words = (name: string): readonly string[] => wordList(lang, name).words;
  const shared = {
    ...grammarData[lang],
    listJoiners: words('listJoiners'),
    pairJoiners: words('pairJoiners'),
    listEnd: words('listEnd'),
    passive: words('passive'),
    prepositions: words('prepositions'),
    copulas: words('copulas'),
    possessive: words('possessive'),
  };
  if (lang === 'en') return { ...shared, attributeModifiers: [] };
  return {
    ...shared,
    attributeModifiers: words('attributeModifiers'),
    firstPerson: words('firstPerson'),
    speakerWords: words('speakerWords'),
    benefactives: words('benefactives'),
    genericHeads: words('genericHeads'),
    subjectAnaphors: words('subjectAnaphors'),
    eventAnaphors: words('eventAnaphors'),
    distributives: words('distributives'),
    holderWords: words('holderWords'),
  };
}

export const PATTERNS: readonly PatternRow[] = patternRows(patternData.rows);

/** The signing row's triggers as a regex alternation: the one list of signing verbs (签约, 签署, 签订 …). */
export function signingVerbs(): string {
  const row = PATTERNS.find((r) => r.id === 'signing-together');
  if (row === undefined) throw new WutongError('extract/relations', 'NO_SIGNING_ROW', 'patterns.json holds no signing-together row');
  return row.triggers.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

export const GRAMMAR: Readonly<Record<Lang, Grammar>> = { zh: grammarOf('zh'), en: grammarOf('en') };
export const POSTS: Readonly<Record<Lang, PostLexicon>> = {
  zh: {
    prefixes: wordList('zh', 'postPrefixes'),
    posts: wordList('zh', 'posts'),
    unitSuffixes: wordList('zh', 'postUnitEndings'),
    anaphoricNouns: { Company: wordList('zh', 'companyAnaphors'), Institution: wordList('zh', 'institutionAnaphors') },
  },
  en: { prefixes: wordList('en', 'postPrefixes'), posts: wordList('en', 'posts') },
};
