import type { Mention, Relation } from '../types';
import { anaphoricPost, splitTitle, unitPost } from './posts';
import { sentenceHolding, type SentenceSpan } from './sentences';
import type { Lang } from './table';

/** A mention as the employer rules read it: a person's name without the post written before it (县委书记张三). */
interface Named {
  index: number;
  /** One thing per type and name in an article (the stand-in for resolve's id within one article). */
  key: string;
  type: string;
  surface: string;
  start: number;
  end: number;
  post?: string;
}

export const POST_BEFORE_NAME_RULE = 'post-before-name';
export const DEPARTMENT_EMPLOYER_RULE = 'department-employer';
export const ANAPHORIC_EMPLOYER_RULE = 'anaphoric-employer';

function namedMentions(mentions: Mention[], lang: Lang): Named[] {
  return mentions.map((m, index) => {
    const titled = m.type === 'Person' ? splitTitle(m.text, lang) : undefined;
    if (titled === undefined) return { index, key: `${m.type}\n${m.text}`, type: m.type, surface: m.text, start: m.start, end: m.end };
    return { index, key: `Person\n${titled.name}`, type: m.type, surface: titled.name, start: m.end - titled.name.length, end: m.end, post: titled.post };
  });
}

/** WORKS_AT links of one article, found by the person's key and the sentence they stand in. */
class WorksAt {
  constructor(private readonly relations: Relation[], private readonly named: Named[]) {}

  of(person: Named, sentenceStart: number): Relation[] {
    return this.relations.filter((r) => r.type === 'WORKS_AT' && r.start === sentenceStart && this.named[r.source]?.key === person.key);
  }

  add(relation: Relation): void {
    this.relations.push(relation);
  }
}

/**
 * 县委书记张三: the post written before a name goes on the person's WORKS_AT in that sentence, or on
 * a new one to the organisation named right before (the last mention, in list order, ending at the
 * title or one character before it).
 */
export function postsBeforeNames(mentions: Mention[], relations: Relation[], sentences: readonly SentenceSpan[], lang: Lang): Relation[] {
  const named = namedMentions(mentions, lang);
  const out = [...relations];
  const worksAt = new WorksAt(out, named);
  const ending = new Map<number, number[]>();
  mentions.forEach((m, j) => ending.set(m.end, [...(ending.get(m.end) ?? []), j]));
  for (const person of named) {
    if (person.post === undefined) continue;
    const post = person.post;
    const span = sentenceHolding(sentences, person.start);
    const existing = worksAt.of(person, span.start);
    for (const r of existing) out[out.indexOf(r)] = { ...r, props: { ...r.props, post: r.props?.post ?? post } };
    if (existing.length > 0) continue;
    const own = mentions[person.index]!;
    const near = [...(ending.get(own.start - 1) ?? []), ...(ending.get(own.start) ?? [])].filter((j) => j !== person.index && mentions[j]!.type !== 'Person');
    if (near.length === 0) continue;
    worksAt.add({ source: person.index, target: Math.max(...near), type: 'WORKS_AT', start: span.start, end: span.end, confidence: 0.8, props: { post }, rule: POST_BEFORE_NAME_RULE });
  }
  return out;
}

/**
 * The institution an article is about: the organisation its headline (the text's first line) names,
 * or else the one it names most often (at least twice, more than any other). Undefined when neither decides.
 */
function articleInstitution(title: string, named: Named[]): Named | undefined {
  const orgs = named.filter((r) => r.type === 'Institution' || r.type === 'Company');
  const titled = orgs.find((r) => r.surface.length >= 3 && title.includes(r.surface));
  if (titled !== undefined) return titled;
  const counts = new Map<string, { first: Named; count: number }>();
  for (const r of orgs) counts.set(r.key, { first: counts.get(r.key)?.first ?? r, count: (counts.get(r.key)?.count ?? 0) + 1 });
  const [first, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  return first !== undefined && first.count >= 2 && (second === undefined || first.count > second.count) ? first.first : undefined;
}

/**
 * Employers read from the words before a name, with the post:
 * - 内分泌科副主任医师李鑫: the department belongs to the organisation named right before it
 *   (湘潭市二医院内分泌科), or, when the sentence names none there, to the institution the article is about;
 * - 该公司总经理钟晓岚, 公司负责人陈国华, 该院院长X: "the company" (or the hospital) is the organisation of
 *   that type the article is about, or else the only one of that type named before.
 * A person the sentence already ties to an employer keeps it.
 */
export function postEmployers(text: string, mentions: Mention[], relations: Relation[], sentences: readonly SentenceSpan[]): Relation[] {
  const named = namedMentions(mentions, 'zh');
  const out = [...relations];
  const worksAt = new WorksAt(out, named);
  const title = text.slice(0, Math.max(0, text.indexOf('\n'))) || text;
  const home = articleInstitution(title, named);
  for (const person of named) {
    if (person.type !== 'Person') continue;
    const ev = sentenceHolding(sentences, person.start);
    const before = text.slice(ev.start, person.start);
    const unit = unitPost(before);
    const own = unit === undefined ? anaphoricPost(before) : undefined;
    if (unit !== undefined) departmentEmployer(text, named, person, unit, home, ev, worksAt);
    else if (own !== undefined && worksAt.of(person, ev.start).length === 0) {
      const ofType = named.filter((r) => r.type === own.type);
      const before = new Map(ofType.filter((r) => r.end <= person.start).map((r) => [r.key, r]));
      const employer = articleInstitution(title, ofType) ?? (before.size === 1 ? [...before.values()][0] : undefined);
      if (employer !== undefined) worksAt.add({ source: person.index, target: employer.index, type: 'WORKS_AT', ...ev, confidence: 0.6, props: { post: own.post }, rule: ANAPHORIC_EMPLOYER_RULE });
    }
  }
  return out;
}

function departmentEmployer(text: string, named: Named[], person: Named, found: { unit: string; post: string; bare: boolean }, home: Named | undefined, ev: { start: number; end: number }, worksAt: WorksAt): void {
  const unitEnd = person.start - found.post.length;
  const unitStart = unitEnd - found.unit.length;
  // The department's text may have taken in the end of its organisation's name (…人民医院骨科).
  const owner = named.find((r) => r.type !== 'Person' && r.type !== 'Place' && r.start >= ev.start && r.end >= unitStart - 1 && r.end <= unitEnd - 2);
  // Without an organisation before it, only a department opening its clause is the article's own.
  const employer = owner ?? (found.bare ? home : undefined);
  if (employer === undefined || worksAt.of(person, ev.start).some((r) => named[r.target]?.key === employer.key)) return;
  const unit = text.slice(Math.max(unitStart, owner?.end ?? 0), unitEnd).replace(/^的/, '');
  worksAt.add({ source: person.index, target: employer.index, type: 'WORKS_AT', ...ev, confidence: owner === undefined ? 0.6 : 0.8, props: { post: found.post, unit }, rule: DEPARTMENT_EMPLOYER_RULE });
}
