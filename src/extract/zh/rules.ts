import type { Mention } from '../types';
import { zh, type WordList } from '../../lexicon';
import { getLexicon, suffixOf, type Lexicon } from './lexicon';
import type { Word } from './segment';
import { isHan } from './text';

interface Rules {
  properTags: WordList;
  nameTags: WordList;
  titles: WordList;
  singleCharPlaceSuffixes: WordList;
  personStopTags: WordList;
  maxOrgLength: number;
}

let rules: Rules | undefined;

function getRules(): Rules {
  rules ??= {
    nameTags: zh('nameTags'),
    titles: zh('personTitles'),
    singleCharPlaceSuffixes: zh('divisionEndings'),
    personStopTags: zh('personStopTags'),
    properTags: zh('properTags'),
    maxOrgLength: 20,
  };
  return rules;
}

function allHan(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isHan(word.charCodeAt(i))) return false;
  return word.length > 0;
}

/** Generic phrases (内部, 有关部门) end in suffixes too; a name holds a proper word somewhere. */
function hasProperPart(words: readonly Word[], start: number, end: number, lex: Lexicon, r: Rules): boolean {
  return words.some((w) => w.start >= start && w.end <= end && (r.properTags.has(w.tag) || lex.places.has(w.word)));
}

/** A name ended by a suffix word: 湘南学院生物医药中试基地, 桂阳县, 广州市湖南郴州商会. */
function suffixMention(text: string, words: readonly Word[], k: number, lex: Lexicon, r: Rules): Mention | undefined {
  const word = words[k];
  const hit = suffixOf(word.word, lex);
  if (!hit) return undefined;
  let start = word.start;
  const single = hit.suffix.length === 1 && r.singleCharPlaceSuffixes.has(hit.suffix);
  if (single) {
    if (word.word.length === 1) {
      const prev = words[k - 1];
      if (!prev || prev.word.length > 3 || !allHan(prev.word) || !r.nameTags.has(prev.tag)) return undefined;
      start = prev.start;
    } else if (word.tag !== 'ns' && !lex.places.has(word.word)) {
      return undefined;
    }
  } else {
    for (let j = k - 1; j >= 0; j--) {
      const prev = words[j];
      if (!r.nameTags.has(prev.tag) || word.end - prev.start > r.maxOrgLength) break;
      if (prev.tag === 'x' && !/^[A-Za-z0-9]+$/.test(prev.word)) break;
      start = prev.start;
    }
  }
  if (word.end - start <= hit.suffix.length) return undefined;
  if (!single && !hasProperPart(words, start, word.end, lex, r)) return undefined;
  return { text: text.slice(start, word.end), type: hit.type, start, end: word.end };
}

/** A surname word after a title, with the single characters jieba split the given name into. */
function personAfterTitle(text: string, words: readonly Word[], k: number, lex: Lexicon, r: Rules): Mention | undefined {
  const title = words[k - 1];
  const first = words[k];
  if (!title || !r.titles.has(title.word) || !lex.surnames.has(first.word)) return undefined;
  let end = first.end;
  for (let j = k + 1; j < words.length && end - first.start < 3; j++) {
    const next = words[j];
    if (next.word.length !== 1 || !allHan(next.word) || r.personStopTags.has(next.tag)) break;
    end = next.end;
  }
  if (end - first.start < 2) return undefined;
  return { text: text.slice(first.start, end), type: 'Person', start: first.start, end };
}

function wordMention(text: string, word: Word, lex: Lexicon): Mention | undefined {
  const { start, end } = word;
  if (!allHan(word.word)) return undefined;
  if (word.tag === 'nr' && word.word.length >= 2 && word.word.length <= 4 && lex.surnames.has(word.word[0])) {
    return { text: text.slice(start, end), type: 'Person', start, end };
  }
  if (word.tag === 'ns' || (word.word.length >= 2 && lex.places.has(word.word))) {
    return { text: text.slice(start, end), type: 'Place', start, end };
  }
  if (word.tag === 'nt') return { text: text.slice(start, end), type: 'Institution', start, end };
  return undefined;
}

/** Longer mentions win; among equals the earlier one. */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of byLength) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The mention with the rule that found it (provenance). */
function named(rule: string, m: Mention | undefined): Mention | undefined {
  return m === undefined ? undefined : { ...m, rule };
}

/** Mentions found by jieba's tags, the gazetteer and the suffix and title rules. */
export function ruleMentions(text: string, words: readonly Word[]): Mention[] {
  const lex = getLexicon();
  const r = getRules();
  const found: Mention[] = [];
  for (let k = 0; k < words.length; k++) {
    const m = named('rules:suffix', suffixMention(text, words, k, lex, r)) ?? named('rules:person-after-title', personAfterTitle(text, words, k, lex, r)) ?? named('rules:word-tag', wordMention(text, words[k], lex));
    if (m) found.push(m);
  }
  return resolveOverlaps(found);
}
