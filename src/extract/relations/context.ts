import type { Mention } from '../types';
import type { ArticleMentions } from './article';
import type { SentenceSpan } from './sentences';
import { GRAMMAR, type Grammar, type Lang } from './table';

export type Join = 'list' | 'pair';

/** What the relation engine knows of one sentence when it reads it. */
export interface SentenceInput {
  text: string;
  sentence: SentenceSpan;
  /** Indices of the mentions inside the sentence, in text order. */
  inSentence: number[];
  article: ArticleMentions;
  lang: Lang;
  /** The subject carried over from an earlier sentence (or the quote's speaker). */
  topic?: number;
  /** The latest place or institution that was a subject: where listed projects go (诺唯赞等项目入驻). */
  host?: number;
  /** What the word opening the sentence stands for (该公司 … for the subject before). */
  opener?: number;
}

/** One sentence seen by the pattern shapes: its argument mentions in text order and the glue words. */
export class SentenceContext {
  readonly grammar: Grammar;
  /** Mention indices usable as arguments (outermost of nested spans), in text order. */
  readonly args: number[];
  readonly mentions: Mention[];

  readonly text: string;
  readonly sentence: SentenceSpan;
  /** The article's mentions, which the sentence's indices point into. */
  readonly article: ArticleMentions;
  readonly lang: Lang;
  /** The subject of an earlier sentence, for a sentence that leaves its own out (便成功签约A、B). */
  readonly topic?: number;
  /** The latest place or institution that was a subject, which projects are brought into. */
  readonly host?: number;
  /** What the word opening the sentence stands for (该公司 … for the subject before). */
  readonly opener?: number;

  private readonly joins = new Map<string, Join | undefined>();

  /** Built once per sentence by the relation engine, which reads every row and list check through it. */
  constructor(sentence: SentenceInput) {
    const { text, inSentence, article, lang } = sentence;
    this.text = text;
    this.sentence = sentence.sentence;
    this.article = article;
    this.lang = lang;
    if (sentence.topic !== undefined) this.topic = sentence.topic;
    if (sentence.host !== undefined) this.host = sentence.host;
    if (sentence.opener !== undefined) this.opener = sentence.opener;
    this.grammar = GRAMMAR[lang];
    const mentions = article.mentions;
    this.mentions = mentions;
    this.args = inSentence.filter((i) => !inSentence.some((j) => j !== i && contains(mentions[j]!, mentions[i]!)));
  }

  /** The part of the clause holding `pos` that lies before it. */
  clauseBefore(pos: number): string {
    return clauseLead(this.text.slice(this.sentence.start, pos), this.grammar.clauseBreaks);
  }

  m(i: number): Mention {
    return this.mentions[i]!;
  }

  /** Text between two offsets, trimmed, lower-cased for English. */
  gap(from: number, to: number): string {
    const g = this.text.slice(from, to).trim();
    return this.lang === 'en' ? g.toLowerCase() : g;
  }

  hasBreak(from: number, to: number): boolean {
    const g = this.text.slice(from, to);
    for (const ch of g) if (this.grammar.clauseBreaks.includes(ch)) return true;
    return false;
  }

  /** True when the gap is exactly one of the words (optionally with a short filler before it). */
  gapIs(from: number, to: number, words: readonly string[], filler = 0): boolean {
    if (this.hasBreak(from, to)) return false;
    const g = this.gap(from, to);
    return words.some((w) => g === w || (filler > 0 && g.endsWith(w) && g.length - w.length <= filler));
  }

  /** Argument mentions ending before `pos` in text order, nearest first. */
  before(pos: number): number[] {
    return this.args.filter((i) => this.m(i).end <= pos).reverse();
  }

  after(pos: number): number[] {
    return this.args.filter((i) => this.m(i).start >= pos);
  }

  /** The nearest mention left of `pos` in the same clause, within the grammar's reach. */
  nearestLeft(pos: number, skip: (i: number) => boolean = () => false): number | undefined {
    for (const i of this.before(pos)) {
      if (this.hasBreak(this.m(i).end, pos) || pos - this.m(i).end > this.grammar.maxLeftGap) return undefined;
      if (!skip(i)) return i;
    }
    return undefined;
  }

  nearestRight(pos: number, reach = this.grammar.maxRightGap): number | undefined {
    const i = this.after(pos)[0];
    if (i === undefined || this.hasBreak(pos, this.m(i).start) || this.m(i).start - pos > reach) return undefined;
    return i;
  }

  /** Whether two neighbouring mentions are joined as a list (A、B / A和B), and by a pair word (与/和). */
  joiner(left: number, right: number): Join | undefined {
    // Every row and list check of the sentence asks again about the same neighbours.
    const key = `${left}:${right}`;
    if (this.joins.has(key)) return this.joins.get(key);
    const join = this.readJoiner(left, right);
    this.joins.set(key, join);
    return join;
  }

  private readJoiner(left: number, right: number): Join | undefined {
    const from = this.m(left).end;
    const to = this.m(right).start;
    if (to < from) return undefined;
    // A bracketed aside after a list member, as in 优铂斯新材料（二期）、, does not break the list.
    const g = this.gap(from, to).replace(/[（(][^（）()]{0,8}[）)]/g, '');
    if ([...g].some((ch) => this.grammar.clauseBreaks.includes(ch))) return undefined;
    // A与B分别与C: the members before 分别 act each on their own with C, not in one list with it.
    if (this.grammar.listEnd.some((w) => g.includes(w)) || (this.grammar.distributives ?? []).some((w) => g.startsWith(w))) return undefined;
    if (this.grammar.pairJoiners.includes(g)) return 'pair';
    const filler = this.grammar.maxListGap;
    // A就曾与B: a few adverbs before 与 still join A to B as a pair, never A into a list with B.
    if (this.grammar.pairJoiners.some((w) => g.endsWith(w) && g.length - w.length <= filler && !this.grammar.listJoiners.includes(g))) return 'pair';
    return this.grammar.listJoiners.some((w) => g === w || (g.endsWith(w) && g.length - w.length <= filler)) ? 'list' : undefined;
  }

  /** The coordinated list ending at mention i, in text order; joins[k] joins members k and k+1. */
  chainEndingAt(i: number): { members: number[]; joins: Join[] } {
    const members = [i];
    const joins: Join[] = [];
    let cur = i;
    for (const prev of this.before(this.m(i).start)) {
      const j = this.joiner(prev, cur);
      if (j === undefined) break;
      members.unshift(prev);
      joins.unshift(j);
      cur = prev;
    }
    return { members, joins };
  }

  /** The coordinated list starting at mention i; a name that holds the one after it (Y下属公司Z) ends it. */
  chainStartingAt(i: number): number[] {
    const members = [i];
    let cur = i;
    for (const next of this.after(this.m(i).end)) {
      if (this.joiner(cur, next) === undefined || this.holdsNext(next)) break;
      members.push(next);
      cur = next;
    }
    return members;
  }

  /** Whether a list ending at mention i acts member by member on the verb at `pos`: a distributive right after it (A、B和C均已签约). */
  actApart(i: number, pos: number): boolean {
    const lead = this.gap(this.m(i).end, pos);
    return (this.grammar.distributives ?? []).some((w) => lead.startsWith(w));
  }

  /** Whether mentions i and j stand in one list whose members act each on their own (A与B分别持有C, A、B和C均已签约). */
  inListActingApart(i: number, j: number): boolean {
    const [a, b] = this.m(i).start <= this.m(j).start ? [i, j] : [j, i];
    const chain = this.chainStartingAt(a);
    if (!chain.includes(b)) return false;
    const end = this.m(chain[chain.length - 1]!).end;
    return (this.grammar.distributives ?? []).some((w) => this.text.startsWith(w, end));
  }

  private holdsNext(i: number): boolean {
    const after = this.text.slice(this.m(i).end, this.m(i).end + 6);
    return (this.grammar.holderWords ?? []).some((w) => after.startsWith(w));
  }

  /** The sentence's first argument before `pos` that is not excluded: the subject a later clause leaves out. */
  subjectBefore(pos: number, exclude: number[]): number | undefined {
    return this.args.find((i) => this.m(i).end <= pos && !exclude.includes(i));
  }
}

/** The first mention that opens a clause of the sentence (its subject), if it is not a person. */
export function clauseSubject(text: string, span: SentenceSpan, inSentence: number[], mentions: Mention[], lang: Lang): number | undefined {
  const breaks = GRAMMAR[lang].clauseBreaks;
  return inSentence.find((i) => {
    const m = mentions[i]!;
    if (m.type === 'Person') return false;
    return clauseLead(text.slice(span.start, m.start), breaks).trim().length <= 2;
  });
}

const headOpenings = new Map<string, RegExp>();

/** A generic head opening a clause (医院主动…), compiled once per head. */
function headOpening(lang: Lang, head: string): RegExp {
  const key = `${lang}:${head}`;
  let re = headOpenings.get(key);
  if (re === undefined) {
    re = new RegExp(`(?:^|[${GRAMMAR[lang].clauseBreaks}。\\s])${head}`);
    headOpenings.set(key, re);
  }
  return re;
}

/**
 * The article's institution when a clause of the sentence opens with the bare noun it ends with
 * (医院主动扛起… after 湘潭市第二人民医院): the first organisation of the text with that head.
 */
export function genericSubject(text: string, span: SentenceSpan, article: ArticleMentions, lang: Lang): number | undefined {
  const g = GRAMMAR[lang];
  const said = text.slice(span.start, span.end);
  let found: number | undefined;
  for (const head of g.genericHeads ?? []) {
    if (!said.includes(head) || !headOpening(lang, head).test(said)) continue;
    const first = article.namedWithHead(head, span.start);
    if (first !== undefined && (found === undefined || article.mentions[first]!.start < article.mentions[found]!.start)) found = first;
  }
  return found;
}

/**
 * “我们落户后，…。”X相关负责人说: the organisation that speaks a quote in the first person, named at the
 * opening of the sentence right after it; it stands for 我们 inside the quote.
 */
export function quoteSpeaker(text: string, quote: SentenceSpan, next: SentenceSpan | undefined, article: ArticleMentions, lang: Lang): number | undefined {
  const g = GRAMMAR[lang];
  const said = text.slice(quote.start, quote.end).trim();
  if (next === undefined || !/^[“"]/.test(said) || !/[”"]$/.test(said) || !(g.firstPerson ?? []).some((w) => said.includes(w))) return undefined;
  const lead = text.slice(next.start, next.end);
  const opening = lead.length - lead.trimStart().length + next.start;
  const first = article.firstAt(opening, (m) => m.end <= next.end && m.type !== 'Person');
  if (first === undefined) return undefined;
  const after = text.slice(article.mentions[first]!.end, next.end);
  return (g.speakerWords ?? []).some((w) => after.startsWith(w)) ? first : undefined;
}

/** True when a clause speaks of its speaker's own organisation (我们). */
export function speaksForItself(ctx: SentenceContext): boolean {
  const said = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  return (ctx.grammar.firstPerson ?? []).some((w) => said.includes(w));
}

function clauseLead(lead: string, breaks: string): string {
  return lead.slice(Math.max(...[...breaks].map((b) => lead.lastIndexOf(b))) + 1);
}

function contains(outer: Mention, inner: Mention): boolean {
  return outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
}
