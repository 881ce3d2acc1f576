import { en, zh } from '../../lexicon';
import { englishReadingOf } from '../en';
import type { Mention } from '../types';
import { framedAsFirm, isEnglishWordOrNoun } from './latin-words';

/** A person's name in Latin letters: two or three capitalised words, spaced or run together (Tim Reed, TimReed). */
const LATIN_PERSON_SHAPE = /^[A-Z][a-z]+(?: ?[A-Z][a-z]+){1,2}$/u;
/** Legal forms (ltd, corp), held in lower case: a word of a firm's name, never of a person's. */
const LEGAL_FORMS = en('legalForms');
/** Nouns of a kind of firm (制造商, 厂商): one written right before a name frames it as a firm's. */
const KIND_NOUNS = zh('kindNouns');
const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);

/** A word that makes a Latin name a firm's: a legal form, or a word or noun English uses (Sugar, Foods). */
function namesFirm(word: string): boolean {
  return LEGAL_FORMS.has(word.toLowerCase()) || isEnglishWordOrNoun(word) || isEnglishWordOrNoun(word.replace(/s$/u, ''));
}

/** Whether a noun of a kind of firm stands right before the name somewhere in the article (制造商Tim Reed). */
function kindBefore(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (KIND_NOUNS.endingAt(text, at) !== undefined) return true;
  return false;
}

/**
 * The tagger of Chinese text sees little English and reads a foreign person's Latin name (Tim Reed,
 * after a post or in brackets after the Chinese transliteration) as a firm. The English tagger, which
 * learnt English names, is the better reader: a Latin name it reads whole as a person, none of whose
 * words English uses as a word or noun (Sugar, Group, Boss name firms), is a person wherever the
 * tagger read a firm, unless the article frames it as one (a firm's word or post after it, a kind of firm before it); so is the
 * Chinese name it stands in brackets after (蒂姆(Tim Reed)).
 */
export function withLatinPeople(text: string, mentions: Mention[]): Mention[] {
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'Company' || !LATIN_PERSON_SHAPE.test(m.text) || people.has(m.text)) continue;
    const words = m.text.split(/ |(?=[A-Z])/u);
    if (words.some(namesFirm) || englishReadingOf(m.text) !== 'Person' || framedAsFirm(text, m.text) || kindBefore(text, m.text)) continue;
    people.add(m.text);
    if (!OPENING.has(text[m.start - 1] ?? '') || !CLOSING.has(text[m.end] ?? '')) continue;
    const chinese = mentions.find((c) => c.end === m.start - 1 && c.type === 'Company' && /^\p{Script=Han}+$/u.test(c.text));
    if (chinese !== undefined) people.add(chinese.text);
  }
  if (people.size === 0) return mentions;
  return mentions.map((m) => (m.type === 'Company' && people.has(m.text) ? { ...m, type: 'Person' as const, rule: 'latin-person' } : m));
}
