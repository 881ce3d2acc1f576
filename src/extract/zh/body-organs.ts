import { zh } from '../../lexicon';
import type { Mention } from '../types';
import { isCommonNoun, organisationType } from './refine';

const BODY_ORGANS = zh('bodyOrgans');
/** A stem shorter than this (集团党组) is a category word, not a body's name. */
const MIN_STEM = 3;

/**
 * A body's office or leading party group written onto its name (某县农业局办公室, 某总社党组) is the
 * body for the article: people who hold posts there work at the body, and the organ is no entity of
 * its own. A stem that is a category word keeps the mention as it was.
 */
export function withoutBodyOrgans(mentions: Mention[]): Mention[] {
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type !== 'Institution' && m.type !== 'Company') return m;
    const organ = BODY_ORGANS.suffixOf(m.text, MIN_STEM);
    if (organ === undefined) return m;
    const stem = m.text.slice(0, -organ.length);
    if (isCommonNoun(stem)) return m;
    changed = true;
    const { simplified, ...rest } = m;
    return { ...rest, text: stem, end: m.end - organ.length, type: organisationType(stem, m.type), rule: 'body-organ', ...(simplified === undefined ? {} : { simplified: simplified.slice(0, -organ.length) }) };
  });
  return changed ? out : mentions;
}
