import nlp from 'compromise';
import type { Mention } from '../types';
import { zh } from '../../lexicon';
import { getLexicon } from './lexicon';

/**
 * Chinese prose borrows English words (get到一个知识点, iPad Pro, Model 3, the Verge) and the tagger,
 * which reads any Latin run as a likely name, calls them firms. A Latin word alone in Chinese text is
 * an organisation's or place's name only if English does not use it as a word: a verb, an adjective,
 * a function word or a word for a person (get, party, Pro, the, baby), in lower case or capitalised,
 * is vocabulary. Brands are named by plain nouns as often (Coral, Steam, Apple), and a person may go
 * by any word (Sky): plain nouns and people's names are left to the tagger, as are coined brands
 * (vivo, ofo), names (John, Zara) and acronyms (WHO, SEC). A word the article frames as a firm (a
 * firm's word or post right after it, 某某公司, 某某CEO) stays a firm's.
 */

/** compromise's tags of names: a word under any of them is a name, not vocabulary. */
const NAME_TAGS: ReadonlySet<string> = new Set([
  'FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'ProperNoun', 'Organization', 'SportsTeam',
  'City', 'Country', 'Region', 'Place', 'Demonym', 'Abbreviation', 'Acronym', 'Unit', 'Currency', 'Honorific',
]);
/** compromise's tags of plain nouns: as many brands are named by them as not (Coral, Steam). */
const NOUN_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);
const LATIN_WORD = /^[A-Za-z]+$/u;
/** Code, not prose: a lower-case run then a capital (appendChild, videoList); iPhone and cnBeta start shorter. */
export const CODE_IDENTIFIER = /^[a-z]{3,}[A-Z]/u;
const FIRM_HEADS = zh('firmHeads');
const PRODUCT_NOUNS = zh('productNouns');
/** A product's name after the convention of a maker's line (iPhone, iPad3, iOS): a lower-case i, then a capital. */
const I_PRODUCT = /^i[A-Z][A-Za-z0-9]*$/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9]*$/u;
const FIRM_POSTS = zh('firmPosts');

let english: { words: ReadonlySet<string>; nouns: ReadonlySet<string>; names: ReadonlySet<string> } | undefined;

/** compromise's lexicon in lower case: the words English uses that are neither names nor plain nouns, the plain nouns, and the names. */
function englishLexicon(): { words: ReadonlySet<string>; nouns: ReadonlySet<string>; names: ReadonlySet<string> } {
  if (english) return english;
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  const words = new Set<string>();
  const nouns = new Set<string>();
  const names = new Set<string>();
  for (const [entry, tags] of Object.entries(lexicon)) {
    if (!LATIN_WORD.test(entry)) continue;
    const all = [tags].flat();
    if (all.some((tag) => NAME_TAGS.has(tag))) names.add(entry.toLowerCase());
    else if (!all.every((tag) => NOUN_TAGS.has(tag))) words.add(entry.toLowerCase());
    else nouns.add(entry.toLowerCase());
  }
  english = { words, nouns, names };
  return english;
}

/**
 * Whether a Latin name is a word English uses, plain nouns included (style, mouse): what extraction
 * leaves to the tagger, since brands are named by plain nouns too, but a corpus that mostly writes
 * the word as no name may settle (src/identity/words.ts).
 */
export function isEnglishWordOrNoun(text: string): boolean {
  if (isLatinVocabulary(text)) return true;
  const w = text.trim();
  return /^(?:[a-z]+|[A-Z][a-z]+)$/u.test(w) && !englishLexicon().names.has(w.toLowerCase()) && englishLexicon().nouns.has(w.toLowerCase());
}

/** Whether English uses `word` as a word (see above): in the vocabulary, or with a plural or past ending. */
export function isEnglishWord(word: string): boolean {
  const { words, names } = englishLexicon();
  const w = word.toLowerCase();
  // James is a name, not the plural of jam.
  if (names.has(w)) return false;
  return words.has(w) || words.has(w.replace(/(?:e?s|e?d)$/u, ''));
}

/** Whether a mention's text is an English word and no name: lower case or capitalised vocabulary, a code identifier, or function words alone (to B). */
export function isLatinVocabulary(text: string): boolean {
  const parts = text.trim().split(/\s+/u);
  if (parts.length === 1) {
    const [word] = parts as [string];
    if (CODE_IDENTIFIER.test(word)) return true;
    // Capitals alone spell acronyms, which may spell a word too (WHO, SEC): they are the acronym pass's.
    // A mixed-case word (iPhone, McKinsey) is a name.
    if (!/^(?:[a-z]+|[A-Z][a-z]+)$/u.test(word)) return false;
    return isEnglishWord(word);
  }
  // Several words: only when each is a function word or a single letter (to B); names of several words are the tagger's.
  return parts.every((p) => p.length === 1 || (LATIN_WORD.test(p) && p === p.toLowerCase() && englishLexicon().words.has(p)));
}

/** Whether the article frames `word` as a firm: a firm's word, post or legal form written right after it somewhere. */
export function framedAsFirm(text: string, word: string): boolean {
  const { suffixes } = getLexicon();
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (/[A-Za-z]/u.test(text[at - 1] ?? '') || /[A-Za-z]/u.test(text[end] ?? '')) continue;
    if (FIRM_HEADS.at(text, end) !== undefined || FIRM_POSTS.at(text, end) !== undefined) return true;
    if (suffixes.some(({ suffix, type }) => type === 'Company' && text.startsWith(suffix, end))) return true;
  }
  return false;
}

/**
 * Whether a Latin name the tagger read as a firm is a product's: written the way a maker names its
 * line (iPad, iOS), or written right before a product noun (某某手机, 某某芯片, 某某操作系统) somewhere in
 * the article. The annotation rules make products no entities.
 */
function namesProduct(text: string, name: string): boolean {
  if (!LATIN_NAME.test(name)) return false;
  if (I_PRODUCT.test(name)) return true;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (/[A-Za-z0-9]/u.test(text[at - 1] ?? '') || /[A-Za-z0-9]/u.test(text[end] ?? '')) continue;
    if (PRODUCT_NOUNS.at(text, text[end] === ' ' ? end + 1 : end) !== undefined) return true;
  }
  return false;
}

/** The mentions without English words read as names (see above), nor Latin product names read as firms (namesProduct) the article never frames as firms. */
export function withoutLatinVocabulary(text: string, mentions: Mention[]): Mention[] {
  // A person may go by any word, but not by a program's identifier.
  const read = (m: Mention): boolean => isLatinVocabulary(m.text) && (m.type !== 'Person' || CODE_IDENTIFIER.test(m.text));
  const products = new Set(mentions.filter((m) => m.type === 'Company' && namesProduct(text, m.text)).map((m) => m.text));
  const words = new Set(mentions.filter(read).map((m) => m.text));
  if (words.size === 0 && products.size === 0) return mentions;
  const dropped = new Set([...words].filter((w) => CODE_IDENTIFIER.test(w) || !framedAsFirm(text, w)));
  const droppedProducts = new Set([...products].filter((w) => !framedAsFirm(text, w)));
  if (dropped.size === 0 && droppedProducts.size === 0) return mentions;
  return mentions.filter((m) => !(dropped.has(m.text) && read(m)) && !(droppedProducts.has(m.text) && m.type === 'Company'));
}
