import { CO_MENTIONED, zh } from '../../lexicon';
import type { ArticleContext } from '../context';
import type { EntityType, Mention, Relation } from '../types';
import { PAIR_MODEL_RULE } from './learned';
import { LINK_MODEL_RULE } from './link-model';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { withStatedLinks } from './stated-links';

export const ANAPHOR_RULE = 'anaphor';

/**
 * The words that point back to an organisation named before (该公司, 该集团, 该院). A bare 公司 or 本院 is
 * none: it names the article's own firm or body, which is not the one named last (公司发布公告 in a piece
 * about three firms), and closes names ((Faurecia)公司).
 */
const ANAPHORS = zh('subjectAnaphors');
const COMPANY_WORDS = zh('companyAnaphors');
const INSTITUTION_WORDS = zh('institutionAnaphors');

/** The types of organisation a word stands for: 该院 a body, 该公司 a firm, 该单位 either. */
function typesOf(word: string): readonly EntityType[] {
  if (INSTITUTION_WORDS.has(word)) return ['Institution'];
  return COMPANY_WORDS.has(word) ? ['Company'] : ['Company', 'Institution'];
}
/** How many sentences back the named organisation may stand: news goes on with a firm for a sentence or two. */
const LOOK_BACK = 2;

/** An anaphor written in the text and the mention it stands for. */
export interface Anaphor {
  start: number;
  end: number;
  /** Index of the organisation's mention the anaphor stands for. */
  antecedent: number;
}

/**
 * The organisation an anaphor stands for: in the clauses of its own sentence before it, else in the
 * nearest of the sentences before that names one, the first organisation of the anaphor's type — the
 * subject, which news names first (青禾集团发布公告，该公司拟…; 蓝湾光电成立于2009年。该公司在…).
 */
function antecedentOf(mentions: readonly Mention[], sentences: readonly SentenceSpan[], at: number, types: readonly EntityType[], sentence: number): number | undefined {
  const first = (from: number, to: number): number | undefined => {
    let found: number | undefined;
    mentions.forEach((m, k) => {
      if (m.nested || !types.includes(m.type) || m.start < from || m.end > to) return;
      if (found === undefined || m.start < mentions[found]!.start) found = k;
    });
    return found;
  };
  const own = first(sentences[sentence]!.start, at);
  if (own !== undefined) return own;
  for (let s = sentence - 1; s >= Math.max(0, sentence - LOOK_BACK); s--) {
    const found = first(sentences[s]!.start, sentences[s]!.end);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The anaphors of a text: a word that points back to a firm or body (该公司, 该集团, 该院) and that
 * no mention covers, each with the organisation it stands for.
 */
export function findAnaphors(text: string, mentions: readonly Mention[], sentences: readonly SentenceSpan[]): Anaphor[] {
  const found: Anaphor[] = [];
  for (const [s, sentence] of sentences.entries()) {
    for (let i = sentence.start; i < sentence.end; i++) {
      const word = ANAPHORS.at(text, i);
      if (word === undefined) continue;
      const end = i + word.length;
      if (mentions.some((m) => m.start < end && m.end > i)) continue;
      const antecedent = antecedentOf(mentions, sentences, i, typesOf(word), s);
      if (antecedent !== undefined) found.push({ start: i, end, antecedent });
      i = end - 1;
    }
  }
  return found;
}

/**
 * The links stated with an anaphor at one end (该公司在P注册成立Y; 同时，该公司还与Y合作): the article's
 * relation passes (`read`) read the sentences holding an anaphor again with a stand-in for the
 * organisation it stands for — a mention of that organisation's name and type, where the anaphor is
 * written — so the patterns and the link model read the pair as they read one named in the sentence;
 * each typed link to a stand-in goes to the organisation (rule `<rule>@anaphor`), over the pair's
 * co-mention. A pair that is the organisation with itself links nothing.
 */
export function withAnaphorLinks(ctx: ArticleContext, mentions: Mention[], relations: Relation[], read: (ctx: ArticleContext, mentions: Mention[]) => Relation[]): Relation[] {
  const anaphors = findAnaphors(ctx.text, mentions, ctx.sentences);
  if (anaphors.length === 0) return relations;
  const standIns: Mention[] = anaphors.map((a) => ({ text: mentions[a.antecedent]!.text, type: mentions[a.antecedent]!.type, start: a.start, end: a.end, rule: ANAPHOR_RULE }));
  const spans = [...new Map(anaphors.map((a) => {
    const span = sentenceHolding(ctx.sentences, a.start);
    return [span.start, span] as const;
  })).values()];
  const narrowed: ArticleContext = {
    text: ctx.text,
    lang: ctx.lang,
    ...(ctx.published === undefined ? {} : { published: ctx.published }),
    ...(ctx.style === undefined ? {} : { style: ctx.style }),
    get words() {
      return ctx.words;
    },
    sentences: spans,
  };
  const n = mentions.length;
  const standsFor = (k: number): number => (k >= n ? anaphors[k - n]!.antecedent : k);
  const stated: Relation[] = [];
  for (const r of read(narrowed, [...mentions, ...standIns])) {
    if (r.type === CO_MENTIONED || (r.source < n && r.target < n) || (r.source >= n && r.target >= n)) continue;
    // The models learnt pairs of names, never a stand-in: their reading alone is not enough here.
    if (r.rule === LINK_MODEL_RULE || r.rule?.startsWith(PAIR_MODEL_RULE) === true) continue;
    const [source, target] = [standsFor(r.source), standsFor(r.target)];
    if (mentions[source]!.text === mentions[target]!.text) continue;
    stated.push({ ...r, source, target, rule: `${r.rule ?? r.type}@${ANAPHOR_RULE}` });
  }
  return withStatedLinks(mentions, relations, stated);
}
