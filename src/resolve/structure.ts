import type { EntityType } from '../extract/types';
import nameData from './names.json';

const COMMITTEE_SUFFIXES = ['管理委员会', ...nameData.committeeSuffixes];
const ZONE_SUFFIXES = nameData.zoneSuffixes;
const PART_SUFFIXES = [...nameData.partSuffixes].sort((a, b) => b.length - a.length);
const PARENT_SUFFIXES = [...nameData.parentSuffixes].sort((a, b) => b.length - a.length);
const COMPANY_PARENTS = ['公司', '集团', '银行'];

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
  const committee = COMMITTEE_SUFFIXES.find((s) => surface.endsWith(s));
  if (committee !== undefined) {
    const zone = surface.slice(0, -committee.length);
    if (ZONE_SUFFIXES.some((s) => zone.endsWith(s)) && zone.length > 3) return { length: zone.length, type: 'Place', relation: 'AFFILIATED_WITH' };
  }
  if (!PART_SUFFIXES.some((s) => surface.endsWith(s))) return undefined;
  for (let end = surface.length - 2; end >= 3; end -= 1) {
    const head = surface.slice(0, end);
    const parentSuffix = PARENT_SUFFIXES.find((s) => head.endsWith(s));
    if (parentSuffix === undefined || head.length - parentSuffix.length < 2) continue;
    const rest = surface.slice(end);
    if (!PART_SUFFIXES.some((s) => rest.endsWith(s))) continue;
    const parentType: EntityType = COMPANY_PARENTS.some((s) => head.endsWith(s)) ? 'Company' : 'Institution';
    return { length: head.length, type: parentType, relation: 'PART_OF' };
  }
  return undefined;
}
