import type { Mention } from '../types';
import { zh } from '../../lexicon';
import { isCommonNoun, organisationType } from './refine';
import { firstWordFrom, segmentWords, type Word } from './segment';
import { SpanIndex } from '../spans';

const FIRM_POSTS = new RegExp(zh('firmPosts').alternation(), 'gu');
const FIRM_HEADS = zh('firmHeads');
/** Words of a deal right before a firm's name (收购“某某”, 携手“某某”); a quote after a speech verb or a time word (表示“…”, 去年“…”) is what was said or a slogan. */
const DEAL_WORDS = zh('dealWords');
const QUOTED = /[“"「]([\u4e00-\u9fffA-Za-z0-9]{2,8})[”"」]/gu;
const MAX_NAME = 8;
const MAX_WORDS = 4;
// jieba's tags of words that are no part of a name before a post: prepositions, conjunctions,
// particles, pronouns, adverbs, numerals, time, measure, direction, punctuation (from 从/p 某某CEO). A coined
// name may hold a verb or an adjective as jieba reads it (云/ns 帆/n 快/a 修/v).
const NOT_IN_NAME = /^(?:p|c|u|r|d|m|t|q|f|x|w|y|e|o|uj|ul|ug|uv|ud|uz)/;

/** The name written right before a firm's post at `at`, from jieba's words: a few name-like words after a boundary. */
function nameBeforePost(words: readonly Word[], at: number): { start: number; end: number } | undefined {
  const next = firstWordFrom(words, at);
  if (words[next]?.start !== at) return undefined;
  let start = at;
  for (let k = next - 1, taken = 0; k >= 0 && taken < MAX_WORDS; k--, taken++) {
    const word = words[k]!;
    if (word.end !== start || NOT_IN_NAME.test(word.tag) || at - word.start > MAX_NAME) break;
    start = word.start;
  }
  return at - start >= 2 ? { start, end: at } : undefined;
}

// jieba's tags of common words: a quoted one word of these is a thing or a slogan (“电动车”, “十二五”), not a coined name.
const COMMON_WORD = /^(?:n|vn|v|a|an|ad|m|t|l|i|d)$/;

/** Whether the span is one common word, or holds a numeral or time word. */
function commonWords(words: readonly Word[], start: number, end: number): boolean {
  const inside = words.slice(firstWordFrom(words, start)).filter((w) => w.end <= end);
  if (inside.some((w) => w.tag === 'm' || w.tag === 't')) return true;
  return inside.length === 1 && COMMON_WORD.test(inside[0]!.tag);
}

/** Every occurrence of `name` in the text. */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) found.push(at);
  return found;
}

/**
 * The firm's name an article frames as one and then uses bare: a name written before a post only a
 * firm has and a person's name (青禾医联CEO邹某), and repeated, or quoted where a firm's name goes (收购“青禾医联”, “青禾医联”
 * 平台). jieba splits such a coined name into common words, so the tagger misses it everywhere; it is
 * found at every occurrence where no other name was read (a piece of it read alone gives way).
 */
export function withFramedNames(text: string, mentions: Mention[], words: readonly Word[] = segmentWords(text)): Mention[] {
  const named = new Set(mentions.filter((m) => m.type === 'Person' || m.type === 'Place').map((m) => m.text));
  const framed = new Set<string>();
  const people = new Set(mentions.filter((m) => m.type === 'Person').map((m) => m.start));
  for (const post of text.matchAll(FIRM_POSTS)) {
    // The post must be someone's (某某CEO邹某): a post alone may be a job advertised or a generic word.
    if (!people.has(post.index + post[0].length)) continue;
    const name = nameBeforePost(words, post.index);
    if (name === undefined || commonWords(words, name.start, name.end)) continue;
    const surface = text.slice(name.start, name.end);
    if (occurrences(text, surface).length >= 2) framed.add(surface);
  }
  for (const quote of text.matchAll(QUOTED)) {
    const end = quote.index + quote[0].length;
    const before = DEAL_WORDS.endingAt(text, quote.index) !== undefined;
    const after = FIRM_HEADS.at(text, end) !== undefined;
    if ((before || after) && !commonWords(words, quote.index + 1, end - 1)) framed.add(quote[1]!);
  }
  const names = [...framed].filter((name) => !isCommonNoun(name) && !named.has(name) && !FIRM_HEADS.has(name));
  if (names.length === 0) return mentions;
  const spans = new SpanIndex(mentions);
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (const name of names) {
    for (const start of occurrences(text, name)) {
      const end = start + name.length;
      const overlapping = spans.overlapping(start, end);
      // A name read there already stands, unless it is a piece of this one.
      if (overlapping.some((m) => m.start < start || m.end > end || m.text === name)) continue;
      for (const m of overlapping) replaced.add(m);
      added.push({ text: name, type: organisationType(name, 'Company'), start, end, rule: 'framed-name' });
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
