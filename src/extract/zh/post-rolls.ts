import { zh } from '../../lexicon';
import type { Mention } from '../types';
import { SpanIndex } from '../spans';
import { getLexicon } from './lexicon';
import { firstWordFrom, type Word } from './segment';
import { isHan } from './text';

const PERSON_TITLES = zh('personTitles');
const HONORIFICS = zh('honorifics');
/** What closes a name in a roll written after a post: a list mark, a clause mark, or 等 (张三、李四等). */
const NAME_CLOSERS = new Set(['、', '，', ',', '。', '；', ';', '：', ':', '！', '？', '（', '(', '等', '”', '"']);
/** What a name after a post is followed by when no mark closes it: a verb (主持, 见证) or a preposition (在, 于). */
const VERB_OR_PREPOSITION = /^(?:v|vd|p)$/;
/** Characters that follow a name rather than end it (钱伟说, 孙璐也认为, 周莹的陪同). */
const WORDS_AFTER_NAME = new Set(zh('wordsAfterNames').words);
/** jieba's tags of a one-character surname that is a function word here (向记者, 和专家, 应按照). */
const NOT_A_SURNAME_TAGS = /^(?:p|c|u|uj|ul|r|v)$/;
/** jieba's tags of a word right after the surname that no given name is (都是, 曾数次, 时表示), when it is no one character of a name. */
const NOT_A_GIVEN_NAME_TAGS = /^(?:v|vn|p|d|m|c|u|uj|ul|r|q)$/;

/**
 * People named after a post (总经理张三，县领导甲、乙、丙出席…), read as a structure where the tagger
 * missed the name or cut it (钱立 of 钱立刚): after a word written before names (posts, 村民, 领导),
 * each item of the roll is a surname and one or two characters closed by a list or clause mark, by
 * 等, by a word of address, or by a verb jieba reads right after it. The closer settles the name's
 * length, so a three-character name is not cut and a verb is not taken in. A name running into
 * another mention (张 of 张家港市) is no item.
 */
export function withPostRolls(text: string, mentions: Mention[], words: readonly Word[]): Mention[] {
  const spans = new SpanIndex(mentions);
  const found: Array<{ start: number; end: number }> = [];
  for (const word of words) {
    if (PERSON_TITLES.suffixOf(word.word) === undefined) continue;
    for (let at = word.end; at < text.length; ) {
      const end = nameEnd(text, words, at);
      if (end === undefined) break;
      found.push({ start: at, end });
      if (text[end] !== '、') break;
      at = end + 1;
    }
  }
  if (found.length === 0) return mentions;
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (const { start, end } of found) {
    const overlapping = spans.overlapping(start, end);
    if (overlapping.some((o) => o.start < start || o.end > end || (o.type === 'Person' && o.start === start && o.end === end))) continue;
    if (added.some((a) => a.start === start)) continue;
    for (const o of overlapping) replaced.add(o);
    added.push({ text: text.slice(start, end), type: 'Person', start, end, rule: 'post-roll' });
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Where a name that starts at `start` ends: a surname, then one or two characters closed by a mark
 * or a verb. Two given-name characters closed by a mark win (钱立刚，); a third character that usually follows
 * a name (说, 也, 的) is no part of it (钱伟说，); a surname jieba reads as a function word (向记者, 和专家)
 * or a rest that is a word of its own kind (都是, 曾数次, 徐经理) opens no name.
 */
function nameEnd(text: string, words: readonly Word[], start: number): number | undefined {
  const { surnames } = getLexicon();
  const surname = surnames.has(text.slice(start, start + 2)) ? 2 : surnames.has(text[start] ?? '') ? 1 : 0;
  if (surname === 0 || !opensName(text, words, start, surname)) return undefined;
  const [short, long] = [start + surname + 1, start + surname + 2];
  const longFits = hanRun(text, start, long) && !WORDS_AFTER_NAME.has(text[long - 1]!);
  if (longFits && closedByMark(text, long) && wordsFit(words, start, long)) return long;
  if (hanRun(text, start, short) && (closedByMark(text, short) || closedByVerb(text, words, short)) && wordsFit(words, start, short)) return short;
  if (longFits && closedByVerb(text, words, long) && wordsFit(words, start, long)) return long;
  return undefined;
}

function opensName(text: string, words: readonly Word[], start: number, surname: number): boolean {
  const first = words[firstWordFrom(words, start)];
  if (first === undefined || first.start !== start) return false;
  if (first.end === start + surname && NOT_A_SURNAME_TAGS.test(first.tag)) return false;
  const rest = words[firstWordFrom(words, start + surname)];
  // One character of a given name is often a verb of its own (立, 成): only a longer word, or one that follows names, says no name.
  if (rest !== undefined && rest.start === start + surname && NOT_A_GIVEN_NAME_TAGS.test(rest.tag) && (rest.end - rest.start >= 2 || WORDS_AFTER_NAME.has(rest.word))) return false;
  return PERSON_TITLES.prefixOf(text.slice(start + surname)) === undefined && HONORIFICS.prefixOf(text.slice(start + surname)) === undefined;
}

function hanRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i)) || NAME_CLOSERS.has(text[i]!)) return false;
  return end <= text.length;
}

function closedByMark(text: string, end: number): boolean {
  return NAME_CLOSERS.has(text[end] ?? '') || HONORIFICS.at(text, end) !== undefined;
}

/** A word that usually follows a name (说, 也), or jieba reads a word boundary at the name's end and a verb or preposition after it. */
function closedByVerb(text: string, words: readonly Word[], end: number): boolean {
  if (WORDS_AFTER_NAME.has(text[end] ?? '')) return true;
  const after = words[firstWordFrom(words, end)];
  return after !== undefined && after.start === end && VERB_OR_PREPOSITION.test(after.tag);
}

/** No jieba word runs over the name's end, and a word of two or more characters inside it is a name's (钱立 of 钱立刚, not 范围). */
function wordsFit(words: readonly Word[], start: number, end: number): boolean {
  for (let k = firstWordFrom(words, start); k < words.length && words[k]!.start < end; k++) {
    const w = words[k]!;
    if (w.end > end) return false;
    if (w.end - w.start >= 2 && !w.tag.startsWith('nr')) return w.start > start;
  }
  return true;
}
