import type { EntityType, Mention } from '../types';
import { getLexicon } from './lexicon';
import { personShaped } from './person-lists';
import { registeredStem } from './refine';
import { firstWordFrom, segmentWords, type Word } from './segment';
import { SpanIndex } from '../spans';

const ORGANISATIONS: readonly EntityType[] = ['Company', 'Institution'];

/**
 * One name, one type within an article, by the reading it has most. A firm's name read as a person's
 * (a three-character brand such as 富创伟 looks like a given name to the tagger in one sentence and
 * is framed as a company in another) is an organisation throughout when read as one at least as often
 * as a person. A person-shaped name read more often as a person (a donor in a roll the tagger read as
 * firms) is a person throughout; an organisation takes the organisation type it has most.
 */
export function unifiedTypes(mentions: Mention[]): Mention[] {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const byType = counts.get(m.text) ?? new Map<EntityType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
    counts.set(m.text, byType);
  }
  return mentions.map((m) => {
    if (m.type !== 'Person' && !ORGANISATIONS.includes(m.type)) return m;
    const byType = counts.get(m.text)!;
    const org = ORGANISATIONS.map((t) => [t, byType.get(t) ?? 0] as const).sort((a, b) => b[1] - a[1])[0]!;
    const people = byType.get('Person') ?? 0;
    const type = org[1] >= people ? org[0] : personShaped(m.text) ? 'Person' : m.type;
    return type === m.type ? m : { ...m, type, rule: 'unified-type' };
  });
}

/** A short form this long or longer is the firm's own; two characters are too often a word or a place (湘江). */
const MIN_SHORT_FORM = 3;

/**
 * After a firm's registered name an article calls it by its name without the legal form
 * (鸿晟精密股份有限公司 … 鸿晟精密董事长), or without its place and part of its trade too (湖南德晟新能源
 * 科技有限公司 … 德晟新能源的产品), cut where jieba's words end: each such occurrence is the company,
 * over the pieces the tagger read there (鸿晟, 德晟 as a person). An occurrence inside or beside an
 * organisation's name is left alone.
 */
export function withShortForms(text: string, mentions: Mention[], words: readonly Word[] = segmentWords(text)): Mention[] {
  const forms = new Set<string>();
  const owns = new Set<string>();
  for (const m of mentions) {
    const stem = m.type === 'Company' ? registeredStem(m.text) : undefined;
    if (stem === undefined) continue;
    if (stem.length >= MIN_SHORT_FORM) forms.add(stem);
    const own = withoutLeadingPlace(stem);
    if (own.length >= MIN_SHORT_FORM && own !== stem) owns.add(own);
  }
  if (forms.size === 0 && owns.size === 0) return mentions;
  const spans = new SpanIndex(mentions);
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  // Characters an added short form holds, so that no second one is taken over them.
  const taken = new Uint8Array(text.length);
  const take = (at: number, end: number): void => {
    const overlapping = spans.overlapping(at, end);
    if (overlapping.some((m) => m.start < at || m.end > end || ORGANISATIONS.includes(m.type)) || taken.subarray(at, end).includes(1)) return;
    for (const m of overlapping) replaced.add(m);
    added.push({ text: text.slice(at, end), type: 'Company', start: at, end, rule: 'short-form' });
    taken.fill(1, at, end);
  };
  // Every form's occurrences are found in one reading of the text, whatever the number of forms.
  const found = occurrences(text, [...forms, ...[...owns].map((own) => own.slice(0, 2))]);
  for (const form of forms) {
    let next = 0;
    for (const at of found.get(form) ?? []) {
      if (at < next) continue;
      take(at, at + form.length);
      next = at + form.length;
    }
  }
  // Without its place, the stem or its opening up to where jieba's words end (德晟新能源 of 德晟新能源科技),
  // when it opens with a word that could be a name (德/ns, not 新能源/n of a firm with no brand).
  const { places } = getLexicon();
  for (const own of owns) {
    for (const at of found.get(own.slice(0, 2)) ?? []) {
      let length = 2;
      while (length < own.length && text[at + length] === own[length]) length += 1;
      // A place read there is the place the firm is named after (浏阳经开区 of 浏阳经开区产业投资).
      const place = places.has(text.slice(at, at + length)) || spans.some(at, at + length, (m) => m.type === 'Place');
      if (length < MIN_SHORT_FORM || place) continue;
      // The whole of it written again may open with a common character (新禾电动车: 新/a): a brand is still
      // no run of common words only, as a trade is (电力设备, 新能源科技).
      const named = opensWithName(words, at) || (length === own.length && !commonWordsOnly(words, at, at + length));
      if (named && endsWord(words, at + length, text.length)) take(at, at + length);
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Where each word occurs in the text (overlapping occurrences too), found by one reading of it. */
function occurrences(text: string, words: string[]): Map<string, number[]> {
  const byFirst = new Map<string, string[]>();
  for (const word of new Set(words)) byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word]);
  const found = new Map<string, number[]>();
  for (let at = 0; at < text.length; at++) {
    for (const word of byFirst.get(text[at]!) ?? []) {
      if (!text.startsWith(word, at)) continue;
      const list = found.get(word);
      if (list === undefined) found.set(word, [at]);
      else list.push(at);
    }
  }
  return found;
}

/** A registered stem less the place it opens with (湖南德晟新能源科技 → 德晟新能源科技). */
function withoutLeadingPlace(stem: string): string {
  const { places, countyShortForms } = getLexicon();
  // A chain of places opens a registered name (湖南桂阳某某): a county's short form, only a hint in running
  // text (资源, 合作), is a place at the head of a firm's registered name.
  let rest = stem;
  for (let cut = true; cut; ) {
    cut = false;
    for (let length = Math.min(4, rest.length - 1); length >= 2; length -= 1) {
      const head = rest.slice(0, length);
      if (places.has(head) || countyShortForms.has(head)) {
        rest = rest.slice(length);
        cut = true;
        break;
      }
    }
  }
  return rest;
}

/** Whether one of jieba's words ends at `at`, so a name cut there cuts no word in two. */
function endsWord(words: readonly Word[], at: number, textLength: number): boolean {
  return words[firstWordFrom(words, at)]?.start === at || at === textLength;
}

// jieba's tags of words that open no brand: common nouns, verbs, adjectives, adverbs, numerals.
const COMMON_TAGS = /^(?:n|vn|v|a|ad|an|d|m|q|b)$/;

/** Whether a jieba word starts at `at` and could open a name (德/ns, 恒/nr), not a common word (新能源/n). */
function opensWithName(words: readonly Word[], at: number): boolean {
  const word = words[firstWordFrom(words, at)];
  return word?.start === at && !COMMON_TAGS.test(word.tag);
}

/** Whether jieba reads text[start, end) as common words of two characters or more only, starting and ending there. */
function commonWordsOnly(words: readonly Word[], start: number, end: number): boolean {
  let k = firstWordFrom(words, start);
  if (words[k]?.start !== start) return false;
  for (; k < words.length && words[k]!.start < end; k++) {
    const word = words[k]!;
    if (word.end > end || word.word.length < 2 || !COMMON_TAGS.test(word.tag)) return false;
  }
  return true;
}

/** jieba's tags for proper names other than persons': its dictionary tags many common words nr (宝宝, 明白). */
const PROPER_TAGS = new Set(['nz', 'nt', 'ns', 'j']);

/**
 * One name, one reading within an article: where an organisation's name the tagger found comes again
 * untagged (万华 … 依托万华生态) as one word jieba knows for a proper name, it is that organisation
 * there too. Only such words are trusted: spreading every name would spread the tagger's misreadings.
 */
export function withRepeatedNames(text: string, mentions: Mention[], words: readonly Word[] = segmentWords(text)): Mention[] {
  const names = new Map<string, EntityType>();
  for (const m of mentions) if (ORGANISATIONS.includes(m.type)) names.set(m.text, m.type);
  if (names.size === 0) return mentions;
  const added: Mention[] = [];
  const spans = new SpanIndex(mentions);
  for (const { word, tag, start, end } of words) {
    const type = PROPER_TAGS.has(tag) ? names.get(text.slice(start, end)) : undefined;
    if (type === undefined || word.length < 2 || spans.some(start, end)) continue;
    added.push({ text: text.slice(start, end), type, start, end, rule: 'repeated-name' });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
