import type { Mention } from '../types';
import { zh } from '../../lexicon';
import { getLexicon } from './lexicon';
import { isHan } from './text';
import { SpanIndex } from '../spans';

// The byline words as one pattern, longest first (本报记者 before 记者).
const TITLES = new RegExp(zh('bylineTitles').alternation(), 'g');
const CLOSING_WORDS = zh('bylineClosingWords');

/** Where a name may end: not followed by another Han character, or followed by a closing word (报道, 摄). */
function closes(text: string, end: number): boolean {
  if (end >= text.length || !isHan(text.charCodeAt(end))) return true;
  return CLOSING_WORDS.at(text, end) !== undefined;
}

/** The reporter's name right after a byline word at `at` (spaces allowed between), if one fits. */
function nameAfter(text: string, at: number, surnames: Set<string>): { start: number; end: number } | undefined {
  let start = at;
  while (start < text.length && (text[start] === ' ' || text[start] === '\u3000')) start++;
  const surname = surnames.has(text.slice(start, start + 2)) ? 2 : surnames.has(text[start] ?? '') ? 1 : 0;
  if (surname === 0) return undefined;
  // The longer name first (邓佳琪 before 邓佳), so a three-character name is not cut short.
  for (const given of [2, 1]) {
    const end = start + surname + given;
    if (end > text.length) continue;
    let allHan = true;
    for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) allHan = false;
    if (allHan && closes(text, end)) return { start, end };
  }
  return undefined;
}

/**
 * Reporters named in bylines (本报记者 邓佳琪 通讯员 李明, 记者唐小雨报道): the tagger sometimes reads a
 * spaced byline as a place or a company. A name found here replaces the mentions it overlaps.
 */
export function withBylineNames(text: string, mentions: Mention[]): Mention[] {
  const { surnames } = getLexicon();
  const found: Mention[] = [];
  for (const title of text.matchAll(TITLES)) {
    const name = nameAfter(text, title.index + title[0].length, surnames);
    if (name !== undefined) found.push({ text: text.slice(name.start, name.end), type: 'Person', ...name, rule: 'byline-name' });
  }
  if (found.length === 0) return mentions;
  const names = new SpanIndex(found);
  const kept = mentions.filter((m) => !names.some(m.start, m.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start || b.end - a.end);
}
