import type { EntityType, Extraction, Mention, Relation } from '../types';
import { zh } from '../../lexicon';
import { sentenceHolding, type SentenceSpan } from './sentences';

const COMMITTEE_ENDINGS = zh('committeeEndings');
const ZONE_ENDINGS = zh('zoneEndings');
const PART_ENDINGS = zh('partEndings');
const PARENT_ENDINGS = zh('parentEndings');
const COMPANY_PARENT_ENDINGS = zh('companyParentEndings');

export const NAMED_PARENT_RULE = 'named-parent';
const NAMED_PARENT_CONFIDENCE = 0.9;

/** A larger thing whose name starts an entity's name, and how the two are linked. */
interface NamedParent {
  /** Length of the parent's name at the start of the surface. */
  length: number;
  type: EntityType;
  relation: 'AFFILIATED_WITH' | 'PART_OF';
}

/**
 * Reads the parent a name spells out: 郴州经开区管委会 is the committee of the zone 郴州经开区;
 * 湘南学院生物医药中试基地 is a unit of 湘南学院. A zone is a place whatever it was tagged as, and has none.
 */
function namedParent(surface: string, type: EntityType): NamedParent | undefined {
  if (type === 'Person' || type === 'Place' || ZONE_ENDINGS.endsText(surface)) return undefined;
  const committee = COMMITTEE_ENDINGS.suffixOf(surface);
  if (committee !== undefined) {
    const zone = surface.slice(0, -committee.length);
    if (ZONE_ENDINGS.endsText(zone) && zone.length > 3) return { length: zone.length, type: 'Place', relation: 'AFFILIATED_WITH' };
  }
  if (!PART_ENDINGS.endsText(surface)) return undefined;
  for (let end = surface.length - 2; end >= 3; end -= 1) {
    const head = surface.slice(0, end);
    const parentSuffix = PARENT_ENDINGS.suffixOf(head);
    if (parentSuffix === undefined || head.length - parentSuffix.length < 2) continue;
    const rest = surface.slice(end);
    if (!PART_ENDINGS.endsText(rest)) continue;
    const parentType: EntityType = COMPANY_PARENT_ENDINGS.endsText(head) ? 'Company' : 'Institution';
    return { length: head.length, type: parentType, relation: 'PART_OF' };
  }
  return undefined;
}

/**
 * A unit whose name starts with its parent's (青禾大学附属医院, 某某经开区管委会) is linked to that
 * parent in the sentence naming the unit, once per mention. The parent is named by the start of
 * the unit's mention: a nested mention, appended, which the graph needs as a node though the text
 * names no such surface on its own.
 */
export function withNamedParents(extraction: Extraction, sentences: readonly SentenceSpan[]): Extraction {
  const { entities } = extraction;
  const parents: Mention[] = [];
  const links: Relation[] = [];
  entities.forEach((m, i) => {
    if (m.nested === true) return;
    const parent = namedParent(m.text, m.type);
    if (parent === undefined) return;
    const sentence = sentenceHolding(sentences, m.start);
    links.push({ source: i, target: entities.length + parents.length, type: parent.relation, start: sentence.start, end: sentence.end, confidence: NAMED_PARENT_CONFIDENCE, rule: NAMED_PARENT_RULE });
    parents.push({ text: m.text.slice(0, parent.length), type: parent.type, start: m.start, end: m.start + parent.length, rule: NAMED_PARENT_RULE, nested: true });
  });
  return parents.length === 0 ? extraction : { entities: [...entities, ...parents], relations: [...extraction.relations, ...links] };
}
