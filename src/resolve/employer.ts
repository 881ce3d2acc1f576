import { anaphoricPost, unitPost } from '../extract/relations';
import type { Evidence } from './types';
import type { RelationSet } from './table';

interface Named {
  id: string;
  type: string;
  surface: string;
  start: number;
  end: number;
}

/**
 * The institution an article is about: the organisation its title names, or else the one it names
 * most often (at least twice, more than any other). Undefined when neither decides.
 */
function articleInstitution(title: string, resolved: Named[]): string | undefined {
  const orgs = resolved.filter((r) => r.type === 'Institution' || r.type === 'Company');
  const titled = orgs.find((r) => r.surface.length >= 3 && title.includes(r.surface));
  if (titled !== undefined) return titled.id;
  const counts = new Map<string, number>();
  for (const r of orgs) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first !== undefined && first[1] >= 2 && (second === undefined || first[1] > second[1]) ? first[0] : undefined;
}

/**
 * Employers read from the words before a name, with the post:
 * - 内分泌科副主任医师李鑫: the department belongs to the organisation named right before it
 *   (湘潭市二医院内分泌科), or, when the sentence names none there, to the institution the article is about;
 * - 该公司总经理钟晓岚, 公司负责人陈国华, 该院院长X: "the company" (or the hospital) is the organisation of
 *   that type the article is about, or else the only one of that type named before.
 * A person the sentence already ties to an employer keeps it.
 */
export function postEmployers(
  text: string,
  resolved: Named[],
  title: string,
  relations: RelationSet,
  evidenceAt: (at: number) => Evidence,
): void {
  const home = articleInstitution(title, resolved);
  for (const person of resolved) {
    if (person.type !== 'Person') continue;
    const ev = evidenceAt(person.start);
    const before = text.slice(ev.start, person.start);
    const unit = unitPost(before);
    const own = unit === undefined ? anaphoricPost(before) : undefined;
    if (unit !== undefined) departmentEmployer(text, resolved, person, unit, home, ev, relations);
    else if (own !== undefined && relations.find(person.id, 'WORKS_AT', ev.start).length === 0) {
      const ofType = resolved.filter((r) => r.type === own.type);
      const named = new Set(ofType.filter((r) => r.end <= person.start).map((r) => r.id));
      const employer = articleInstitution(title, ofType) ?? (named.size === 1 ? [...named][0] : undefined);
      if (employer !== undefined) relations.add(person.id, employer, 'WORKS_AT', { ...ev, confidence: 0.6, rule: 'resolve:anaphoric-employer' }, { post: own.post });
    }
  }
}

function departmentEmployer(text: string, resolved: Named[], person: Named, found: { unit: string; post: string; bare: boolean }, home: string | undefined, ev: Evidence, relations: RelationSet): void {
  const unitEnd = person.start - found.post.length;
  const unitStart = unitEnd - found.unit.length;
  // The department's text may have taken in the end of its organisation's name (…人民医院骨科).
  const owner = resolved.find((r) => r.type !== 'Person' && r.type !== 'Place' && r.start >= ev.start && r.end >= unitStart - 1 && r.end <= unitEnd - 2);
  // Without an organisation before it, only a department opening its clause is the article's own.
  const employer = owner?.id ?? (found.bare ? home : undefined);
  if (employer === undefined || relations.find(person.id, 'WORKS_AT', ev.start).some((r) => r.target === employer)) return;
  const unit = text.slice(Math.max(unitStart, owner?.end ?? 0), unitEnd).replace(/^的/, '');
  relations.add(person.id, employer, 'WORKS_AT', { ...ev, confidence: owner === undefined ? 0.6 : 0.8, rule: 'resolve:department-employer' }, { post: found.post, unit });
}
