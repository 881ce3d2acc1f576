/**
 * Lists the spots in our own annotations (data/kg-train) where a convention of
 * ../shared/data/kg/GUIDELINES.md may ask for a link or a type the annotation lacks, for an annotator
 * to read and decide; a candidate is a place to look, not a decision.
 *   a  an organisation and a place in one clause with no required LOCATED_IN or INVESTS_IN between
 *      them (convention 1); its shape says how the place stands to the name: `adjacent` (德国X, the
 *      two not written as one surface), `described` (某省最大的钢厂X, 某市企业A、B等), `placed`
 *      (位于, 落户, 在 in the clause) or only `clause`.
 *   b  a firm and a place in a clause that invests or attracts (在P投资, P引进X) with no required
 *      INVESTS_IN (convention 6).
 *   c  a person written next to a post word with no WORKS_AT at all (convention 5).
 *   d  a bank or bank branch typed Institution that is no central bank or regulator (convention 9).
 * Each row: kind, shape, article, the two ends (e<i>), names, the links already between them (a `?`
 * marks an optional one), the clause. Usage:
 *   node --import tsx scripts/kg/annotation-gaps.ts [--kind a|b|c|d] [--counts]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mentionSpans, readKgAnnotations, type AnnotatedArticle, type CharSpan } from '../../src/annotations/index';
import { zh } from '../../src/lexicon/index';

const { values } = parseArgs({
  options: {
    annotations: { type: 'string', default: 'data/kg-train/annotations.jsonl' },
    articles: { type: 'string', default: '../shared/data/kg-unlabelled/articles.jsonl' },
    kind: { type: 'string' },
    counts: { type: 'boolean', default: false },
  },
});

const KIND_NOUNS = zh('kindNouns').words;
const POSTS = zh('posts').words;
const INVESTING = [...zh('placeInvestmentVerbs').words, ...zh('attractingVerbs').words, '落户', '入驻', '进驻', '项目'];
const PLACING = /位于|落户|地处|坐落|总部|设在|在/u;
/** Banks and their branches are Company (convention 9); the central bank, its branches and regulators stay Institution. */
const BANK_ENDING = /(?:银行|支行|分行|分理处|营业部|农商行|信用社|信用联社|农信社)$/u;
const CENTRAL_BANK = /人民银行|央行|银监|证监|保监|金融监管|世界银行|开发银行/u;
const CLAUSE_END = /[，。；！？：\n]/u;
/** How far before a name a described place may stand (某省最大的光伏企业X), list members included. */
const MAX_DESCRIPTION = 16;

interface Candidate { kind: string; shape: string; article: string; src: string; tgt: string; names: string; links: string; clause: string }

function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  return [from, Math.min(text.length, to + 1)];
}

/** How the place stands to the organisation's name in the text between them. */
function shapeOf(text: string, place: CharSpan, org: CharSpan, surfaces: Set<string>, clause: string): string {
  if (place.end === org.start && !surfaces.has(text.slice(place.start, org.end))) return 'adjacent';
  const before = text.slice(place.end, org.start);
  const after = text.slice(org.end, place.start);
  if (place.end <= org.start && before.length <= MAX_DESCRIPTION && (before === '的' || KIND_NOUNS.some((k) => before.includes(k)))) return 'described';
  if (org.end <= place.start && after.length <= MAX_DESCRIPTION && /等/u.test(after) && KIND_NOUNS.some((k) => text.slice(place.end, place.end + 8).includes(k))) return 'described';
  return PLACING.test(clause) ? 'placed' : 'clause';
}

function candidates(article: AnnotatedArticle): Candidate[] {
  const { text } = article;
  const { spans, unsure } = mentionSpans(article);
  const mentions = [...spans, ...unsure].sort((a, b) => a.start - b.start);
  const surfaces = new Set([...article.entities.flatMap((e) => e.surfaces), ...article.optional.map((o) => o.name)]);
  const nameOf = (ref: string): string => (ref.startsWith('e') ? article.entities[Number(ref.slice(1))]!.surfaces[0]! : article.optional[Number(ref.slice(1))]!.name);
  const linked = new Map<string, string[]>();
  const note = (a: string, b: string, type: string): void => {
    const key = [a, b].sort().join('|');
    linked.set(key, [...(linked.get(key) ?? []), type]);
  };
  for (const l of article.links) note(`e${l.src}`, `e${l.tgt}`, l.type);
  for (const l of article.optionalLinks) note(l.src, l.tgt, `${l.type}?`);
  const between = (a: string, b: string): string[] => linked.get([a, b].sort().join('|')) ?? [];
  const worksAt = new Set([...article.links.filter((l) => l.type === 'WORKS_AT').map((l) => `e${l.src}`), ...article.optionalLinks.filter((l) => l.type === 'WORKS_AT').map((l) => l.src)]);
  const out = new Map<string, Candidate>();
  const push = (c: Candidate): void => {
    const key = `${c.kind}|${c.src}|${c.tgt}`;
    const seen = out.get(key);
    // The most telling shape a pair shows anywhere in the article is the one listed.
    const rank = ['adjacent', 'described', 'placed', 'clause'];
    if (seen === undefined || rank.indexOf(c.shape) < rank.indexOf(seen.shape)) out.set(key, c);
  };
  for (const m of mentions) {
    if (!m.ref.startsWith('e')) continue;
    const [from, to] = clauseAround(text, m.start, m.end);
    const clause = text.slice(from, to).replace(/\s+/gu, ' ');
    if (m.type === 'Company' || m.type === 'Institution') {
      for (const p of mentions) {
        if (p.type !== 'Place' || !p.ref.startsWith('e') || p.start < from || p.end > to) continue;
        const orgName = nameOf(m.ref);
        const placeName = nameOf(p.ref);
        // A place inside the organisation's own name is a name-internal fact (convention 4).
        if (orgName.includes(placeName) && !/位于|落户|地处|坐落|总部/u.test(clause)) continue;
        const links = between(m.ref, p.ref);
        const row = { article: article.id, src: m.ref, tgt: p.ref, names: `${orgName} → ${placeName}`, links: links.join(','), clause };
        if (!links.some((t) => t === 'LOCATED_IN' || t === 'INVESTS_IN')) push({ kind: 'a', shape: shapeOf(text, p, m, surfaces, clause), ...row });
        if (m.type === 'Company' && INVESTING.some((v) => clause.includes(v)) && !links.includes('INVESTS_IN')) push({ kind: 'b', shape: 'investing', ...row });
      }
    }
    if (m.type === 'Person' && !worksAt.has(m.ref)) {
      const around = text.slice(Math.max(from, m.start - 8), Math.min(to, m.end + 6));
      if (POSTS.some((w) => around.includes(w))) push({ kind: 'c', shape: 'post', article: article.id, src: m.ref, tgt: '', names: nameOf(m.ref), links: '', clause });
    }
  }
  article.entities.forEach((e, i) => {
    if (e.type === 'Institution' && e.surfaces.some((s) => BANK_ENDING.test(s)) && !e.surfaces.some((s) => CENTRAL_BANK.test(s))) {
      push({ kind: 'd', shape: 'bank', article: article.id, src: `e${i}`, tgt: '', names: e.surfaces.join(' / '), links: '', clause: '' });
    }
  });
  return [...out.values()];
}

const articles = readKgAnnotations(path.resolve(values.annotations), path.resolve(values.articles));
const all = articles.flatMap(candidates).filter((c) => values.kind === undefined || c.kind === values.kind);
const counts = new Map<string, number>();
for (const c of all) counts.set(`${c.kind} ${c.shape}`, (counts.get(`${c.kind} ${c.shape}`) ?? 0) + 1);
if (!values.counts) for (const c of all) console.log([c.kind, c.shape, c.article, c.src, c.tgt, c.names, c.links, c.clause].join('\t'));
for (const [k, n] of [...counts].sort()) console.error(`${k}\t${n}`);
