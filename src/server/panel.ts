import { pinyin } from 'pinyin-pro';
import { edgeKey, intParams, readRows, type Neo4jSource } from '../graph';
import { CO_MENTIONED, isSymmetric, TYPED_RELATIONS } from '../lexicon';
import type { EntityDetail, Evidence, LinkRef, MentionMonth, RelationDetail } from './source';

/**
 * An entity's panel from Neo4j, bounded whatever the entity's degree: the newest articles, the
 * strongest links (typed, then co-mentions) and a first page of evidence for each, in four queries.
 */
export interface PanelLimits {
  articles: number;
  /** Typed links listed, the strongest first. */
  links: number;
  /** Co-mentions listed after them, the strongest first. */
  comentions: number;
  /** Evidence items shown with each typed link at first. */
  evidence: number;
  /**
   * Sentences shown with each co-mention at first. A co-mention's sentences are read back from its
   * articles' texts, which costs seconds across a hub's thousands of articles, so by default they
   * come when the user asks for them and the panel opens with the counts.
   */
  comentionEvidence: number;
  /** Evidence items in each further page a user asks for. */
  evidencePage: number;
  /** Entities named with it in each month of its timeline. */
  monthPartners: number;
}

export const PANEL_LIMITS: PanelLimits = { articles: 50, links: 100, comentions: 50, evidence: 3, comentionEvidence: 0, evidencePage: 20, monthPartners: 3 };

/** Mention spans that fall inside the sentence, made relative to it, sorted and without overlaps. */
export function sentenceMarks(start: number, end: number, spans: [number, number][]): [number, number][] {
  const inside = spans
    .filter(([s, e]) => s >= start && e <= end && e > s)
    .map(([s, e]): [number, number] => [s - start, e - start])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const marks: [number, number][] = [];
  for (const span of inside) {
    const last = marks[marks.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else marks.push([span[0], span[1]]);
  }
  return marks;
}

/** One evidence item as the evidence queries give it: the evidence relationship's properties (or a co-mention's sentence), its article, both ends' mention spans. */
interface RawEvidence {
  properties: Record<string, unknown>;
  title: string | null;
  published: string | null;
  spans: [number, number][];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);

function toEvidence(raw: RawEvidence): Evidence | null {
  // What is not read here by name is a fact the sentence states (post, amount, currency, date…).
  const { article, sentence, start, end, extractor, confidence, rule, ...rest } = raw.properties;
  if (typeof sentence !== 'string') return null;
  const facts: Evidence['facts'] = {};
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') facts[key] = value;
  }
  const [from, to] = [number(start), number(end)];
  return {
    article: String(article), title: raw.title, published: raw.published, sentence,
    marks: from === null || to === null ? [] : sentenceMarks(from, to, raw.spans),
    extractor: text(extractor), confidence: number(confidence), rule: text(rule), facts,
  };
}

const evidenceOf = (raws: RawEvidence[]): Evidence[] => raws.map(toEvidence).filter((e): e is Evidence => e !== null);

/** Which link an evidence row belongs to, as a string. */
export const linkId = (other: string, type: string, outgoing: boolean): string => `${outgoing ? '>' : '<'}${type} ${other}`;

/** One page of evidence for each of the entity's links, typed and co-mentions queried at once. */
export async function evidencePages(
  source: Neo4jSource, id: string, links: Omit<LinkRef, 'entity'>[], skip: number, limit: { typed: number; comentions: number },
): Promise<Map<string, Evidence[]>> {
  const typed = limit.typed === 0 ? [] : links.filter((l) => l.type !== CO_MENTIONED);
  const comentions = limit.comentions === 0 ? [] : links.filter((l) => l.type === CO_MENTIONED);
  const page = { id, skip };
  const [typedRows, comentionRows] = await Promise.all([
    typed.length === 0 ? [] : readRows(source, 'typed-evidence', intParams({ ...page, evidenceLimit: limit.typed, links: typed.map(({ other, type, outgoing }) => ({ other, type, outgoing })) })),
    comentions.length === 0 ? [] : readRows(source, 'comention-evidence', intParams({ ...page, evidenceLimit: limit.comentions, others: comentions.map((l) => l.other) })),
  ]);
  const pages = new Map<string, Evidence[]>();
  for (const row of typedRows) pages.set(linkId(String(row.other), String(row.type), Boolean(row.outgoing)), evidenceOf(row.evidence as RawEvidence[]));
  // A co-mention's direction is only the stored order of the pair, so its evidence is the same either way.
  for (const row of comentionRows) for (const outgoing of [true, false]) pages.set(linkId(String(row.other), CO_MENTIONED, outgoing), evidenceOf(row.evidence as RawEvidence[]));
  return pages;
}

interface LinkRow { otherId: string; otherName: string; otherType: string; type: string; outgoing: boolean; weight: number }

export async function entityPanel(source: Neo4jSource, id: string, limits: PanelLimits): Promise<EntityDetail | null> {
  const [[row], [linkRow], monthRows] = await Promise.all([
    readRows(source, 'entity', intParams({ id, articleLimit: limits.articles })),
    readRows(source, 'links', intParams({ id, linkLimit: limits.links, comentionLimit: limits.comentions })),
    readRows(source, 'mention-months', intParams({ id, types: TYPED_RELATIONS, withLimit: limits.monthPartners })),
  ]);
  if (row === undefined) return null;
  const links = (linkRow?.links ?? []) as LinkRow[];
  const pages = await evidencePages(source, id, links.map((l) => ({ other: l.otherId, type: l.type, outgoing: l.outgoing })), 0, { typed: limits.evidence, comentions: limits.comentionEvidence });
  const relations = links.map((l): RelationDetail => ({
    id: l.outgoing ? edgeKey(id, l.type, l.otherId) : edgeKey(l.otherId, l.type, id),
    type: l.type, outgoing: l.outgoing, symmetric: isSymmetric(l.type), weight: Number(l.weight),
    other: { id: l.otherId, name: l.otherName, type: l.otherType },
    evidence: pages.get(linkId(l.otherId, l.type, l.outgoing)) ?? [],
  }));
  return {
    id: String(row.id), name: String(row.name), type: String(row.type), aliases: row.aliases as string[],
    pinyin: pinyin(String(row.name), { toneType: 'none' }), articleCount: Number(row.articleCount),
    mergedFrom: (row.mergedFrom as string[]).map((json) => JSON.parse(json) as EntityDetail['mergedFrom'][number]),
    articles: (row.articles as EntityDetail['articles']).filter((a) => a !== null),
    relations, relationTotal: Number(linkRow?.total ?? 0),
    months: monthRows.map((m): MentionMonth => ({ month: String(m.month), articles: Number(m.articles), partners: m.partners as MentionMonth['partners'] })),
  };
}

/** A further page of one link's evidence. */
export async function evidencePage(source: Neo4jSource, link: LinkRef, skip: number, limits: PanelLimits): Promise<Evidence[]> {
  const pages = await evidencePages(source, link.entity, [link], skip, { typed: limits.evidencePage, comentions: limits.evidencePage });
  return pages.get(linkId(link.other, link.type, link.outgoing)) ?? [];
}
