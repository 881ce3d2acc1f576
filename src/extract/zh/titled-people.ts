import type { Mention } from '../types';
import { zh } from '../../lexicon';
import { getLexicon, suffixOf } from './lexicon';

const POSTS = zh('posts');
const HONORIFICS = zh('honorifics');

/**
 * A name written right after a post (总裁Tom Reed, 总裁兼CEO某某) or right before a word of address
 * (某某教授, 某某先生) is a person's, and so is every other reading of that name in the article, however
 * many read a firm: the post is the strongest evidence of its type. Foreign names in Chinese text are
 * where the tagger takes a person for a firm. A name with a firm's or body's ending stays what it is
 * (大学教授 follows a university).
 */
export function withTitledPeople(text: string, mentions: Mention[]): Mention[] {
  const lex = getLexicon();
  const titled = new Set<string>();
  for (const m of mentions) {
    if ((m.type !== 'Company' && m.type !== 'Person') || suffixOf(m.text, lex) !== undefined) continue;
    if (POSTS.endingAt(text, m.start) !== undefined || HONORIFICS.at(text, m.end) !== undefined) titled.add(m.text);
  }
  if (titled.size === 0) return mentions;
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type !== 'Company' || !titled.has(m.text)) return m;
    changed = true;
    return { ...m, type: 'Person' as const, rule: 'titled-person' };
  });
  return changed ? out : mentions;
}
