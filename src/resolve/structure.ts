import type { EntityType } from '../extract/types';
import { zh } from '../lexicon';

const COMMITTEE_ENDINGS = zh('committeeEndings');
const ZONE_ENDINGS = zh('zoneEndings');
const PART_ENDINGS = zh('partEndings');
const PARENT_ENDINGS = zh('parentEndings');
const COMPANY_PARENT_ENDINGS = zh('companyParentEndings');

/** A larger thing whose name starts an entity's name, and how the two are linked. */
export interface NamedParent {
  /** Length of the parent's name at the start of the surface. */
  length: number;
  type: EntityType;
  relation: 'AFFILIATED_WITH' | 'PART_OF';
}

/**
 * Reads the parent a name spells out: 郴州经开区管委会 is the committee of the zone 郴州经开区;
 * 湘南学院生物医药中试基地 is a unit of 湘南学院.
 */
export function namedParent(surface: string, type: EntityType): NamedParent | undefined {
  if (type === 'Person' || type === 'Place') return undefined;
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
