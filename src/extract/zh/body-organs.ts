import { zh } from '../../lexicon';
import type { Mention } from '../types';
import { isCommonNoun, organisationType } from './refine';

const BODY_ORGANS = zh('bodyOrgans');
const ORGAN_HOLDERS = zh('organHolders');
/** A stem shorter than this (集团党组) is a category word, not a body's name. */
const MIN_STEM = 3;

/**
 * A body's office or leading party group written onto its name (某县农业局办公室, 某总社党组) is the
 * body for the article: people who hold posts there work at the body, and the organ is no entity of
 * its own. The stem must be a body the organ is a department of: one the article names alone, or
 * one ending as such a body does (…局, …总社). A committee's office (某委员会办公室) is the body that
 * does its work, an office named by its task (某市应急办公室) holds no body, and a category word is
 * no body's name: these keep the mention as it was.
 */
export function withoutBodyOrgans(mentions: Mention[]): Mention[] {
  const named = new Set(mentions.map((m) => m.text));
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type !== 'Institution' && m.type !== 'Company') return m;
    const organ = BODY_ORGANS.suffixOf(m.text, MIN_STEM);
    if (organ === undefined) return m;
    const stem = m.text.slice(0, -organ.length);
    if (isCommonNoun(stem) || (!named.has(stem) && ORGAN_HOLDERS.suffixOf(stem, 1) === undefined)) return m;
    changed = true;
    const { simplified, ...rest } = m;
    return { ...rest, text: stem, end: m.end - organ.length, type: organisationType(stem, m.type), rule: 'body-organ', ...(simplified === undefined ? {} : { simplified: simplified.slice(0, -organ.length) }) };
  });
  return changed ? out : mentions;
}
