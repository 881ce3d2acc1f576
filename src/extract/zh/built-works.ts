import { zh } from '../../lexicon';
import type { Mention } from '../types';

const WORK_ENDINGS = zh('builtWorkEndings');
/** Two characters ending in a work's ending are as often a firm's short form or brand (某桥): a work's name has a stem of two or more. */
const MIN_LENGTH = 3;

/**
 * A bridge, sluice, pumping station, dyke or tunnel (某某大桥, 某线某某桥, 某某泵站) is named in
 * regional news where roads and water works are built; the tagger reads such a name as a firm's,
 * but a work is no firm nor body (our annotations list one at most as an optional place). A firm's or
 * body's mention ending in a work's ending is dropped; people and places (某桥镇 ends otherwise) stay.
 */
export function withoutBuiltWorks(mentions: Mention[]): Mention[] {
  const kept = mentions.filter((m) => (m.type !== 'Company' && m.type !== 'Institution') || [...m.text].length < MIN_LENGTH || WORK_ENDINGS.endingAt(m.text, m.text.length) === undefined);
  return kept.length === mentions.length ? mentions : kept;
}
