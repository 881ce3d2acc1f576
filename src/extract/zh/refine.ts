import type { EntityType, Mention } from '../types';
import { endsWithUnit, withoutUnit } from '../relations/index';
import { countryNames } from './gazetteer';
import { z } from 'zod';
import { zh, type WordList } from '../../lexicon';
import { readJson } from '../../shared/data';
import { getLexicon } from './lexicon';
import { firstWordFrom, segmentWords, type Word } from './segment';
import { groupBy, SpanIndex } from '../spans';

const settingsSchema = z.object({
  comment: z.string(),
  maxPlacePrefix: z.number().int().positive(),
  /** A registered name's piece with at most this many characters before its legal form (物流有限公司) has lost its stem. */
  fragmentStem: z.number().int().positive(),
  /** How many characters the tagger may have left between such a piece and its stem (深圳长航 滚装 物流有限公司). */
  fragmentGap: z.number().int().nonnegative(),
  /** Characters that part a name from what follows, so no gap holding them is bridged. */
  fragmentGapStops: z.string(),
  /** Characters after 病 that make it a person falling ill (李鑫病了, 病情), not a disease's name. */
  notDiseaseAfter: z.string(),
  /** How long a department written after a registered name may be (采购部, 市场营销部); a longer tail is a branch of its own. */
  maxDepartment: z.number().int().positive(),
  /** The characters that close a division's name (省市县区镇乡村): written twice, the second opens the next word (花桥村村道). */
  levelCharacters: z.string(),
  /** Last characters of a place's own name (…产业园, …大桥, …山): a tail so ended stays in the place. */
  placeTailEnds: z.string(),
  /** What after a unit word makes it a building, not a unit (门诊楼): the unit is then no part of the name. */
  unitBuildings: z.string(),
  /** How many characters may stand between the place and the body's ending (茶叶专业). */
  maxBodyStem: z.number().int().positive(),
});

const SETTINGS = readJson(new URL('./data/refine.json', import.meta.url), settingsSchema, 'extract');
const ZONE_ENDINGS = zh('zoneEndings');
const HOMETOWN_ASSOCIATIONS = zh('hometownAssociations');
const REGISTERED_ENDINGS = zh('registeredEndings');
const LEGAL_FORM_HEADS = zh('legalFormHeads');
const COMMON_NOUNS = zh('commonNouns');
const DISEASE_WORDS = zh('diseaseWords');
const INSTITUTION_ENDINGS = zh('institutionEndings');
const COMPANY_ENDINGS = zh('companyEndings');
const PLACE_TAIL_WORD_TAGS = zh('placeTailWordTags');
const CAMPAIGN_NAMES = zh('campaignNames');
/** Bodies named after their place, by type: a cooperative (平江县幕阜山 + 茶叶专业合作社) is a firm, a health centre (龙阳街道 + 社区卫生服务中心) a public body. */
const BODIES_AFTER_PLACE = [['Company', zh('companiesAfterPlace')], ['Institution', zh('institutionsAfterPlace')]] as const;

/** A registered company name without its legal form (鸿晟精密股份有限公司 → 鸿晟精密), if it has one. */
export function registeredStem(name: string): string | undefined {
  const suffix = REGISTERED_ENDINGS.suffixOf(name);
  return suffix === undefined ? undefined : name.slice(0, -suffix.length);
}

/** A category word (公司, 财政, 公立医院) that names nothing on its own. */
export function isCommonNoun(word: string): boolean {
  return COMMON_NOUNS.has(word);
}

/**
 * The organisation type a name's ending settles: a public body's (…农业农村局, …人民医院) or a
 * firm's (…科技, …药业), whatever the tagger or a list around it said. No person's or place's name
 * ends in a word such as 医院 or 有限公司 (株洲市中心医院 read as a person or a place); a
 * one-character ending (局) may be a way of addressing someone (李局). A country's name is a place.
 */
export function organisationType(name: string, type: EntityType): EntityType {
  if (countryNames().has(name)) return 'Place';
  // A unit of a public body read as a place is the body's unit (…中心卫生院门诊).
  const body = (type === 'Person' || type === 'Place') && (endsWith(name, INSTITUTION_ENDINGS, 2) || endsWith(withoutUnit(name), INSTITUTION_ENDINGS, 2));
  if ((type === 'Company' && endsWith(name, INSTITUTION_ENDINGS, 1)) || body) return 'Institution';
  if ((type === 'Institution' && endsWith(name, COMPANY_ENDINGS, 1)) || (type === 'Person' && endsWith(name, COMPANY_ENDINGS, 2))) return 'Company';
  return type;
}

/**
 * Whether `name` ends with one of the endings at least `shortest` long, with a name before it.
 * (A module function: one defined inside organisationType was made anew, and named, per call.)
 */
function endsWith(name: string, endings: WordList, shortest: number): boolean {
  return (endings.suffixOf(name, 1)?.length ?? 0) >= shortest;
}

/** The body named after the place ending at `end` (…茶叶专业合作社, …社区卫生服务中心): where it ends and its type. */
function bodyAfterPlace(text: string, end: number, mentions: SpanIndex<Mention>, own: Mention): { end: number; type: EntityType } | undefined {
  const { maxBodyStem, fragmentGapStops } = SETTINGS;
  for (const [type, endings] of BODIES_AFTER_PLACE) {
    for (const suffix of endings) {
      // Read only the few characters a body's ending may stand in, not the rest of the text.
      const found = text.slice(end, end + maxBodyStem + suffix.length).indexOf(suffix);
      if (found < 0) continue;
      const at = end + found;
      const stem = text.slice(end, at);
      const last = at + suffix.length;
      if ([...stem].some((ch) => !/\p{Script=Han}/u.test(ch) || fragmentGapStops.includes(ch))) continue;
      if (!mentions.some(end, last, (o) => o !== own)) return { end: last, type };
    }
  }
  return undefined;
}

function longestPlaceEndingAt(text: string, end: number, places: Set<string>): number {
  for (let len = Math.min(8, end); len >= 2; len--) if (places.has(text.slice(end - len, end))) return len;
  return 0;
}

/**
 * The length of a place less a common word the tagger ran on into (株洲高新区新材料 → 株洲高新区,
 * 益阳市县域 → 益阳市): what stays is a gazetteer name or a zone, and what goes is jieba's common
 * words (新/a 材料/n) with no ending of a place's own (…产业园, …大桥 stay whole).
 */
function placeWithoutTail(text: string, words: readonly Word[], start: number, end: number, places: Set<string>): number {
  const { placeTailEnds } = SETTINGS;
  if (placeTailEnds.includes(text[end - 1]!)) return end - start;
  for (let cut = end - 1; cut - start >= 2; cut--) {
    const head = text.slice(start, cut);
    if (!places.has(head) && !ZONE_ENDINGS.endsText(head)) continue;
    const tail: Word[] = [];
    for (let k = firstWordFrom(words, cut); k < words.length && words[k]!.start < end; k++) tail.push(words[k]!);
    const cutsWords = tail.length === 0 || tail[0]!.start !== cut || tail[tail.length - 1]!.end !== end;
    return cutsWords || !tail.every((w) => PLACE_TAIL_WORD_TAGS.has(w.tag)) ? end - start : cut - start;
  }
  return end - start;
}

/** What the span rules read of the article: its text and words, the places, and the tagger's mentions. */
interface RefineArticle {
  text: string;
  words: readonly Word[];
  places: Set<string>;
  spans: SpanIndex<Mention>;
  namesBefore: NamesEndingAt;
}

/** One mention's span as the span rules move it, and the type a body after a place settles. */
interface MovingSpan {
  readonly m: Mention;
  start: number;
  end: number;
  bodyType?: EntityType;
}

/** A rule that moves one edge of a span; its id (refine:<id>) is stamped on the mention it moved last. */
interface SpanRule {
  id: string;
  /** The tagger's types the rule reads; every type when absent. */
  types?: readonly EntityType[];
  run(span: MovingSpan, article: RefineArticle): void;
}

/**
 * The span rules, in the order they run. A development zone is one place with its name
 * (郴州 + 经开区), and a hometown association keeps the chain of place names written before it
 * (广州市湖南 + 郴州商会: host city, home province). A registered company name keeps the place and
 * brand it opens with (武汉中商…有限公司). Other organisations are left alone: People's Daily keeps
 * 河北省 | 邯郸市…医院 apart.
 */
const SPAN_RULES: readonly SpanRule[] = [
  {
    // 花桥村村道: a division's closing character written twice opens the next word.
    id: 'doubled-level', types: ['Place'],
    run(span, { text }) {
      const { start, end } = span;
      if (end - start > 3 && SETTINGS.levelCharacters.includes(text[end - 1]!) && text[end - 2] === text[end - 1]) span.end -= 1;
    },
  },
  { id: 'place-tail', types: ['Place'], run: (span, { text, words, places }) => void (span.end = span.start + placeWithoutTail(text, words, span.start, span.end, places)) },
  {
    id: 'zone-ending', types: ['Place'],
    run(span, { text, spans }) {
      const zone = ZONE_ENDINGS.at(text, span.end);
      if (zone && !spans.some(span.end, span.end + zone.length, (o) => o !== span.m)) span.end += zone.length;
    },
  },
  {
    id: 'body-after-place', types: ['Place'],
    run(span, { text, spans }) {
      const body = bodyAfterPlace(text, span.end, spans, span.m);
      if (body !== undefined) [span.end, span.bodyType] = [body.end, body.type];
    },
  },
  {
    id: 'hometown-places', types: ['Institution'],
    run(span, { text, places }) {
      const { m } = span;
      if (!HOMETOWN_ASSOCIATIONS.endsText(m.text)) return;
      let prefix = span.start;
      let names = 0;
      for (let len = longestPlaceEndingAt(text, prefix, places); len > 0 && m.start - (prefix - len) <= SETTINGS.maxPlacePrefix; len = longestPlaceEndingAt(text, prefix, places)) {
        prefix -= len;
        names++;
      }
      // The tagger may already hold the home province (湖南郴州商会): it counts towards the chain.
      const ownPlace = places.has(m.text.slice(0, 2)) || places.has(m.text.slice(0, 3)) ? 1 : 0;
      if (names >= 1 && names + ownPlace >= 2) span.start = prefix;
    },
  },
  {
    // A department written after the registered name (…器件有限公司采购部) is not part of the firm's name.
    id: 'department-after-name', types: ['Company'],
    run(span) {
      const { m } = span;
      const inner = REGISTERED_ENDINGS.words.flatMap((s) => (m.text.lastIndexOf(s) < 0 ? [] : [m.text.lastIndexOf(s) + s.length])).filter((at) => at < m.text.length && m.text.length - at <= SETTINGS.maxDepartment);
      if (inner.length > 0) span.end = m.start + Math.max(...inner);
    },
  },
  {
    // A registered company name opens with its place (武汉 + 中商…管理有限公司): one company, not a place and a company.
    // So does one the tagger cut after its brand (华润 + 深国投信托有限公司, 北京华立 + 九州医药有限公司).
    // A piece with no stem of its own (物流有限公司) takes back the few characters the tagger left out.
    id: 'registered-name-start', types: ['Company'],
    run(span, { text, namesBefore }) {
      const name = text.slice(span.m.start, span.end);
      const suffix = REGISTERED_ENDINGS.suffixOf(name);
      if (suffix === undefined) return;
      const gap = name.length - suffix.length <= SETTINGS.fragmentStem ? SETTINGS.fragmentGap : 0;
      for (let hop = 0; hop < 2; hop++) {
        const neighbour = namesBefore.first(span.start - (hop === 0 ? gap : 0), span.start);
        // 公司 alone is the parent (子公司 + …有限公司), not the name's start.
        if (neighbour === undefined || isCommonNoun(neighbour.text) || [...text.slice(neighbour.end, span.start)].some((ch) => SETTINGS.fragmentGapStops.includes(ch))) break;
        span.start = neighbour.start;
      }
    },
  },
  {
    id: 'name-before-legal-form', types: ['Company'],
    run(span, { text, namesBefore }) {
      if (span.m.text === '公司') span.start = nameBeforeCutLegalForm(text, span.start, namesBefore) ?? span.start;
    },
  },
  {
    // …中心卫生院门诊楼: the building of the body, not a unit of it.
    id: 'unit-building',
    run(span, { text }) {
      const name = text.slice(span.start, span.end);
      if (SETTINGS.unitBuildings.includes(text[span.end] ?? '') && withoutUnit(name) !== name) span.end = span.start + withoutUnit(name).length;
    },
  },
  { id: 'within-brackets', run: (span, { text }) => void ([span.start, span.end] = withinBrackets(text, span.start, span.end)) },
];

/**
 * Lexicon rules after the tagger, for what news readers expect and the tagger misses: the span
 * rules above move each mention's edges, then its name's ending settles its type, and what names
 * nothing (a category word, a disease's eponym, the country of a campaign) goes.
 */
export function refineMentions(text: string, mentions: Mention[], words: readonly Word[] = segmentWords(text)): Mention[] {
  const { notDiseaseAfter } = SETTINGS;
  const namesDisease = (end: number): boolean => {
    const word = DISEASE_WORDS.at(text, end);
    return word !== undefined && !notDiseaseAfter.includes(text[end + word.length] ?? '');
  };
  const article: RefineArticle = { text, words, places: getLexicon().places, spans: new SpanIndex(mentions), namesBefore: new NamesEndingAt(mentions) };
  const out: Mention[] = [];
  for (const m of mentions) {
    const span: MovingSpan = { m, start: m.start, end: m.end };
    // The rule that last moved the span, for the mention's provenance.
    let rule: string | undefined;
    for (const spanRule of SPAN_RULES) {
      if (spanRule.types !== undefined && !spanRule.types.includes(m.type)) continue;
      const [before, after] = [span.start, span.end];
      spanRule.run(span, article);
      if (span.start !== before || span.end !== after) rule = `refine:${spanRule.id}`;
    }
    const { start, end, bodyType } = span;
    // A place the tagger read with an association's suffix (…永州商会) is the association.
    const associationRead = m.type === 'Place' && HOMETOWN_ASSOCIATIONS.endsText(m.text, 1);
    const type = bodyType ?? (associationRead ? 'Institution' : organisationType(text.slice(start, end), m.type));
    // A span moved onto blanked boilerplate alone (a dateline before its bracketed byline) names nothing.
    if (end <= start || text.slice(start, end).trim() === '' || isCommonNoun(text.slice(start, end))) continue;
    if ((type === 'Person' || type === 'Place') && namesDisease(end)) continue;
    if (type === 'Place' && insideCampaign(text, start, end)) continue;
    if (type === 'Person' && end - start === 1 && readAsVerb(words, start)) continue;
    if (type === 'Person' && fieldOfDepartment(text, start, end)) continue;
    if (start === m.start && end === m.end && type === m.type) out.push(m);
    else out.push({ text: text.slice(start, end), type, start, end, rule: typeRule(m.type, type, bodyType, associationRead) ?? rule ?? m.rule });
  }
  const kept = new SpanIndex(out);
  return out.filter((m) => !kept.some(m.start, m.end, (o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

/** The rule that gave a mention another type, when its type changed after its span did (provenance). */
function typeRule(was: EntityType, type: EntityType, bodyType: EntityType | undefined, associationRead: boolean): string | undefined {
  if (type === was || bodyType !== undefined) return undefined;
  return associationRead ? 'refine:association-read' : 'refine:organisation-type';
}

/** The places and companies of a list by where they end: what a name cut before its legal form may have lost. */
class NamesEndingAt {
  private readonly byEnd: Map<number, number[]>;

  constructor(private readonly mentions: Mention[]) {
    this.byEnd = groupBy(mentions, (m) => m.end, (m) => m.type === 'Place' || m.type === 'Company');
  }

  /** The first place or company of the list that ends within [from, to]. */
  first(from: number, to: number): Mention | undefined {
    let found: number | undefined;
    for (let end = from; end <= to; end++) for (const i of this.byEnd.get(end) ?? []) if (found === undefined || i < found) found = i;
    return found === undefined ? undefined : this.mentions[found];
  }
}

/**
 * Where the registered name starts whose 公司 alone the tagger kept at `at`, its legal form's head
 * and business word untagged (中国电子 + 财务有限责任 + 公司): the company or place mention before, when
 * only a few characters of one word stand between; undefined when nothing completes the name.
 */
function nameBeforeCutLegalForm(text: string, at: number, names: NamesEndingAt): number | undefined {
  const { fragmentStem, fragmentGapStops } = SETTINGS;
  const head = LEGAL_FORM_HEADS.endingAt(text, at);
  if (head === undefined) return undefined;
  const scopeEnd = at - head.length;
  const before = names.first(scopeEnd - fragmentStem, scopeEnd);
  if (before === undefined || isCommonNoun(before.text)) return undefined;
  const scope = text.slice(before.end, scopeEnd);
  return [...scope].every((ch) => /\p{Script=Han}/u.test(ch) && !fragmentGapStops.includes(ch)) ? before.start : undefined;
}

/** Whether a span lies inside a national campaign's name (中国 of 健康中国建设). */
export function insideCampaign(text: string, start: number, end: number): boolean {
  return CAMPAIGN_NAMES.words.some((name) => {
    // Only a name starting from end - name.length up to start can hold the span: nothing beyond is read.
    const from = Math.max(0, end - name.length);
    const at = text.slice(from, start + name.length).indexOf(name);
    return at >= 0 && from + at <= start && end <= from + at + name.length;
  });
}

/**
 * Whether jieba reads the character at `at` as (part of) a verb: a one-character person is a
 * surname standing for someone (老陈, 黄不顾…), and 树 in 老树发新枝 is none.
 */
function readAsVerb(words: readonly Word[], at: number): boolean {
  // jieba's words follow one another without overlap: the one holding `at` is the last that starts at or before it.
  const word = words[firstWordFrom(words, at + 1) - 1];
  return word !== undefined && at < word.end && word.tag.startsWith('v');
}

const ROUND_OPEN = new Set(['（', '(']);
const ROUND_CLOSE = new Set(['）', ')']);

/** Whether [start, end) fills a bracket that follows a department's name: 神经内科（康复） is its field. */
function fieldOfDepartment(text: string, start: number, end: number): boolean {
  return ROUND_OPEN.has(text[start - 1] ?? '') && ROUND_CLOSE.has(text[end] ?? '') && endsWithUnit(text.slice(Math.max(0, start - 7), start - 1));
}

const OPEN = '（(【[《';
const CLOSE = '）)】]》';

/** A name does not run across an unmatched bracket (神经内科（康复…): it is cut at the bracket. */
function withinBrackets(text: string, start: number, end: number): [number, number] {
  const depth: number[] = [];
  for (let i = start; i < end; i++) {
    if (OPEN.includes(text[i]!)) depth.push(i);
    else if (CLOSE.includes(text[i]!)) {
      if (depth.length > 0) depth.pop();
      else return i - start >= end - i - 1 ? [start, i] : [i + 1, end];
    }
  }
  return depth.length > 0 ? [start, depth[0]!] : [start, end];
}

