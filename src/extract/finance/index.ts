import type { EntityType, Mention } from '../types';
import { companySlots, framedCompanies } from './frames';
import { financeLexicon, type LexiconHit } from './lexicon';
import { firmFrames } from '../zh/acronyms';
import { isCommonWord } from '../zh/common-words';
import { countryNames } from '../zh/gazetteer';
import { getLexicon } from '../zh/lexicon';
import { segmentWords, type Word } from '../zh/segment';
import { withoutQuotes } from './quotes';
import { wordEdges, type WordEdges } from './words';
import { SpanIndex } from '../spans';
import { businessSentences, hasLegalForm, shapeNames, shapeStem, splitAtConnectors, trimmedName, type ShapeHit } from './shapes';

export interface FinanceMentions {
  /** New mentions in text order: finance names (Company) and the cleaned pieces of tagged spans. */
  add: Mention[];
  /** Mentions of `existing` that an added one replaces (the very objects passed in). */
  remove: Mention[];
}

interface Candidate {
  start: number;
  end: number;
  /** From the lexicon of known names, which may cut a longer tagged name; a shape may not. */
  known: boolean;
  /** In a slot only a company fills (在A、B间实现): a tagged institution of the same span is retyped. */
  framed: boolean;
}

const COMPANY: EntityType = 'Company';
/** A shape in Latin script (a brand, or a product's or model's name: Uber, Galaxy, Office2010). */
const LATIN_SHAPE = /^[A-Za-z]/u;
/** What opens a Latin name in brackets right after a Chinese one: its original (某某(Jane Doe)), typed by the bracketed-originals pass. */
const ORIGINAL_BEFORE = /\p{Script=Han}[(（]$/u;

export interface FinanceOptions {
  /**
   * Whether the text is regional business news, whose name shapes mean otherwise than finance news':
   * - a Latin shape is a firm's only where the article frames it as one (a firm's word after it, a
   *   country or kind noun before it, a firm beside it) or writes it as a Chinese name's original in
   *   brackets: regional news writes products and models in Latin script more often than firms
   *   (Galaxy, Android, Office2010), finance news firms;
   * - a place and an industry word (中国汽车, 某省水泥) name the place's industry, not a firm: regional
   *   news writes 中国汽车市场 and 某省水泥行业 where finance news writes a listed firm's short form
   *   (江苏某某-like names of listed firms are in the lexicon);
   * - a stem that is a common word of general Chinese, alone or after a place (电动汽车, 高端汽车,
   *   省级银行, 中国工程机械), makes an industry or a phrase, not a firm: in regional news almost no such
   *   shape was a firm (2 of 29 on our annotations), where finance news names listed firms after
   *   common words (海螺水泥).
   */
  regionalNews: boolean;
}

/** Lexicon names and name shapes, the longer winning where two overlap (加多宝集团 over 加多宝). */
function candidates(text: string, known: LexiconHit[], slots: ShapeHit[], edges: WordEdges, latinFramed: (name: string) => boolean, options: FinanceOptions): Candidate[] {
  const lexicon = financeLexicon();
  // A shape's stem must be a word of its own that could name someone (not 要求 in 要求商业银行).
  const named = (h: ShapeHit): boolean => {
    const name = text.slice(h.start, h.end);
    if (LATIN_SHAPE.test(name)) return ORIGINAL_BEFORE.test(text.slice(0, h.start)) || latinFramed(name);
    const stem = shapeStem(name);
    if (stem === name) return true;
    return !(options.regionalNews && (namesPlace(stem) || commonStem(stem)));
  };
  const shapes = shapeNames(text, lexicon).filter((h) => edges.aligned(h.start, h.end) && !edges.opensNoName(h.start) && named(h));
  const all: Candidate[] = [
    ...known.map((h) => ({ ...h, known: true, framed: false })),
    ...shapes.map((h) => ({ ...h, known: lexicon.has(text.slice(h.start, h.end)), framed: false })),
    ...[...framedCompanies(text), ...slots].map((h) => ({ ...h, known: lexicon.has(text.slice(h.start, h.end)), framed: true })),
  ].sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.known) - Number(a.known) || a.start - b.start);
  // Characters already taken, so that each candidate is checked in its own length, not against all kept.
  const taken = new Uint8Array(text.length);
  const kept: Candidate[] = [];
  for (const c of all) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Whether candidate c should replace the existing mention e it overlaps. Rule:
 * - c covers e, a Place or Person (青岛 in 青岛啤酒), or c is a known name crossing it: c wins;
 * - c covers e, a Company/Institution, and is longer (加多宝 → 加多宝集团): c wins; so does a slot only a
 *   company fills over an institution of the same span (在万华、竹之源间实现);
 * - c is a known name ending a longer tagged name that is neither known nor a registered full name
 *   (保险巨头中国平安 → 中国平安), unless that head is a place (欧洲央行 stays): c wins;
 * - otherwise the tagger's mention stands and c is dropped.
 */
function replaces(c: Candidate, e: Mention, text: string): boolean {
  const covers = c.start <= e.start && c.end >= e.end;
  // A shape may take in a whole place (青岛 + 啤酒) but never half of one (加拿大 → 拿大银行).
  if (e.type === 'Place' || e.type === 'Person') return covers || (c.known && !(e.start <= c.start && e.end >= c.end));
  if (covers) return c.end - c.start > e.end - e.start || (c.framed && e.type === 'Institution');
  // Only a head glued on before the name goes (保险巨头中国平安); what follows a name inside a tagged
  // span is usually a branch or a unit of it (招商银行信用卡中心).
  // A place in front stays (欧洲央行, 非洲进出口银行, 江苏国泰).
  const tail = e.start < c.start && e.end === c.end && c.start - e.start >= 2 && !namesPlace(text.slice(e.start, c.start));
  return tail && c.known && !financeLexicon().has(e.text) && !hasLegalForm(text.slice(e.start, e.end));
}

/** Whether a shape's stem is a common word, alone or after a place (高端 of 高端汽车, 中国工程 of 中国工程机械). */
function commonStem(stem: string): boolean {
  if (isCommonWord(stem)) return true;
  for (let at = 2; at < stem.length; at += 1) if (isCommonWord(stem.slice(at)) && namesPlace(stem.slice(0, at))) return true;
  return false;
}

/** Whether a head glued before a name is a place: a division (江苏, 嘉兴), a country, or one ending like a place (欧洲). */
function namesPlace(head: string): boolean {
  return /[洲国省市县区]$/.test(head) || getLexicon().places.has(head) || countryNames().has(head);
}

/**
 * Company mentions that finance news names the short way (海螺水泥, 中石油, ST松辽, Uber) and a general
 * tagger misses, in the sentences that talk business (a cue word such as 收购, 股东, 公司): first the
 * tagger's company spans are cleaned (time words and datelines cut off, X旗下Y split in two); then
 * known names from a lexicon mined from finance news, plus name shapes (stem + industry word, a
 * name before its stock code, an ST mark, a Latin brand, the company in 持有X<N>%股权 or X今日公告)
 * are added where they do not clash with the mentions, or replace the ones they overlap by the rule
 * of `replaces`.
 */
export function financeMentions(text: string, existing: Mention[], words: readonly Word[] = segmentWords(text), options: FinanceOptions = { regionalNews: false }): FinanceMentions {
  // General news keeps the tagger's reading; only business sentences get finance names.
  const edges = wordEdges(text, words);
  const known = financeLexicon().scan(text).filter((h) => edges.aligned(h.start, h.end));
  // Partners paired off before a cooperation verb, or projects before the verb that brings them in,
  // are companies even in a sentence with no business cue.
  const slots = companySlots(text);
  const business = businessSentences(text, known, slots);
  if (business.length === 0) return { add: [], remove: [] };
  const businessSpans = new SpanIndex(business);
  const inBusiness = (m: { start: number; end: number }): boolean => businessSpans.some(m.start, m.end, (s) => s.start <= m.start && m.end <= s.end);
  const remove = new Set<Mention>();
  const split: Mention[] = [];
  for (const e of existing) {
    if ((e.type !== 'Company' && e.type !== 'Institution') || !inBusiness(e)) continue;
    const trimmed = trimmedName(text, e.start, e.end);
    const parts = splitAtConnectors(text, trimmed.start, trimmed.end);
    if (parts.length === 0 && trimmed.start === e.start && trimmed.end === e.end) continue;
    remove.add(e);
    const kept = parts.length > 0 ? parts : [trimmed];
    const rule = parts.length > 0 ? 'finance:split-at-connector' : 'finance:trimmed-name';
    split.push(...kept.map((p) => ({ text: text.slice(p.start, p.end), type: e.type, start: p.start, end: p.end, rule })));
  }
  const current = new SpanIndex([...existing.filter((e) => !remove.has(e)), ...split].sort((a, b) => a.start - b.start));
  const add: Mention[] = [];
  // Only Chinese names frame a Latin one beside them: a product list the tagger read in part (Galaxy、Nexus) frames nothing.
  const latinFramed = options.regionalNews ? firmFrames(text, existing.filter((e) => !LATIN_SHAPE.test(e.text))) : () => true;
  for (const c of candidates(text, known, slots, edges, latinFramed, options).filter(inBusiness)) {
    const clashing = current.overlapping(c.start, c.end);
    // A tagged company of the same span is never replaced: `replaces` wants a longer span or a framed slot over an institution.
    if (clashing.length > 0 && !clashing.every((e) => replaces(c, e, text))) continue;
    for (const e of clashing) remove.add(e);
    add.push({ text: text.slice(c.start, c.end), type: COMPANY, start: c.start, end: c.end, rule: c.known ? 'finance:known-company' : c.framed ? 'finance:framed-company' : 'finance:company-shape' });
  }
  // Pieces of a split span that a finance name then replaced were never in `existing`.
  const pieces = split.filter((p) => !remove.has(p));
  return { add: [...pieces, ...add].sort((a, b) => a.start - b.start), remove: existing.filter((e) => remove.has(e)) };
}

/** The tagger's mentions without quote marks or quoted mottos, and with the finance mentions merged in, in text order. */
export function withFinanceMentions(text: string, tagged: Mention[], words: readonly Word[] = segmentWords(text), options?: FinanceOptions): Mention[] {
  const existing = withoutQuotes(text, tagged);
  const { add, remove } = financeMentions(text, existing, words, options);
  const gone = new Set(remove);
  return [...existing.filter((e) => !gone.has(e)), ...add].sort((a, b) => a.start - b.start || b.end - a.end);
}
