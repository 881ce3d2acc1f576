import type { Mention } from '../types';
import { zh } from '../../lexicon';
import { getLexicon, suffixOf } from './lexicon';

const POSTS = zh('posts');
const HONORIFICS = zh('honorifics');

/**
 * A name written right after a post (总裁Tom Reed, 总裁兼CEO某某) or right before a word of
 * address (某某教授, 某某先生) is a person's, whatever the tagger read: foreign names in Chinese text
 * are where it takes a person for a firm. A name with a firm's or body's ending stays what it is
 * (大学教授 follows a university). The rule id marks the strongest evidence of a type in the article,
 * which unifiedTypes lets win over a count of readings.
 */
export function withTitledPeople(text: string, mentions: Mention[]): Mention[] {
  const lex = getLexicon();
  let changed = false;
  const out = mentions.map((m) => {
    // A person the tagger read is marked too: the post is what other readings of the name give way to.
    if ((m.type !== 'Company' && m.type !== 'Person') || suffixOf(m.text, lex) !== undefined) return m;
    if (POSTS.endingAt(text, m.start) === undefined && HONORIFICS.at(text, m.end) === undefined) return m;
    changed = true;
    return { ...m, type: 'Person' as const, rule: TITLED_PERSON };
  });
  return changed ? out : mentions;
}

/** The rule id of a person typed by a post or a word of address. */
export const TITLED_PERSON = 'titled-person';
