import type { Mention } from '../types';
import { zh } from '../../lexicon';
import { getLexicon, suffixOf } from './lexicon';
import { firstWordFrom, segmentWords, type Word } from './segment';

/** The longest tail a firm's name may carry past its own name: one or two of jieba's words. */
const MAX_TAIL = 3;
/** What joins two names the tagger read as one (华岳和青禾集团). */
const CONJUNCTIONS = '和与及';

/** A trade after a short name makes another firm's name (华岳石化 beside 华岳). */
const INDUSTRY_WORDS = new Set(zh('industryWords').words);
/** …unless a giant noun follows the name (某集团医药巨头): then the trade or suffix before it describes the firm. */
const GIANT_NOUNS = zh('giantNouns');

/** Whether `name` occurs once in the text: a firm's name recurs, a run-on reading seldom does. */
function once(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + 1) < 0;
}

/** Whether one of jieba's words starts at `at`, so a cut there splits no word. */
function wordStarts(words: readonly Word[], at: number): boolean {
  return words[firstWordFrom(words, at)]?.start === at;
}

/**
 * A firm's name the tagger ran on into the next word (华岳确认, 青禾官网, 华岳和青禾集团), where the
 * article names the firm elsewhere without that word: the shorter name is the strongest evidence of
 * where the name ends. The run-on mention is cut back to it, or split at the conjunction into the two
 * firms. A name ending in a firm's suffix (华岳控股) or a trade (华岳石化), or one the article repeats, is
 * its own name and left alone, as is a place before a trade (江城化工 is a firm's name, not 江城), unless
 * a giant noun follows (华岳集团医药巨头: 医药巨头 describes 华岳集团).
 */
export function withTrimmedNames(text: string, mentions: Mention[], words: readonly Word[] = segmentWords(text)): Mention[] {
  const lex = getLexicon();
  const named = new Map<string, Mention['type']>();
  for (const m of mentions) if (m.type !== 'Place' && !named.has(m.text)) named.set(m.text, m.type);
  let changed = false;
  const out = mentions.flatMap((m): Mention[] => {
    const described = GIANT_NOUNS.at(text, m.end) !== undefined;
    if (m.type !== 'Company' || (!described && suffixOf(m.text, lex) !== undefined) || !once(text, m.text)) return [m];
    for (let cut = m.text.length - 1; cut >= 2 && m.text.length - cut <= MAX_TAIL; cut--) {
      const head = m.text.slice(0, cut);
      if (named.has(head) && wordStarts(words, m.start + cut) && (described || !INDUSTRY_WORDS.has(m.text.slice(cut)))) {
        changed = true;
        return [{ ...m, text: head, end: m.start + cut, rule: 'trimmed-name' }];
      }
    }
    return [m];
  });
  const split = out.flatMap((m): Mention[] => {
    if (m.type !== 'Company') return [m];
    for (let at = 2; at < m.text.length - 2; at++) {
      if (!CONJUNCTIONS.includes(m.text[at]!)) continue;
      const left = m.text.slice(0, at);
      const right = m.text.slice(at + 1);
      // One side must be named alone or be a whole firm's name, or 和 is part of the name (和平, 中和).
      if (!named.has(left) && !named.has(right)) continue;
      if (!wordStarts(words, m.start + at) || !wordStarts(words, m.start + at + 1)) continue;
      changed = true;
      return [
        { ...m, text: left, end: m.start + at, rule: 'split-name' },
        { ...m, text: right, start: m.start + at + 1, rule: 'split-name' },
      ];
    }
    return [m];
  });
  return changed ? split.sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}
