import { intParams, readRows, type Neo4jSource } from '../graph';
import { CO_MENTIONED, isSymmetric, TYPED_RELATIONS } from '../lexicon';
import { WutongError } from '../shared/errors';
import { evidencePages, linkId } from './panel';
import type { Evidence } from './source';

/**
 * "How is A linked to B": the shortest chains of typed links between two entities (co-mentions only
 * when asked), each hop with the links between its two entities and the first sentences stating
 * them, with their article, date and rule. Two queries for the chains and their ends, then one page
 * of evidence per hop, all bounded however connected the ends are.
 */
export interface PathEntity { id: string; name: string; type: string }

export interface PathLink {
  type: string;
  /** Stored from the hop's first entity to its second. */
  outgoing: boolean;
  symmetric: boolean;
  /** Sentences behind the link: a typed link's evidence items, a co-mention's weight. */
  weight: number;
  /** The first sentences, newest article first; the rest through GraphSource.evidence. */
  evidence: Evidence[];
}

export interface PathHop { from: PathEntity; to: PathEntity; links: PathLink[] }

export interface EntityPath { entities: PathEntity[]; hops: PathHop[] }

export interface PathAnswer {
  from: PathEntity;
  to: PathEntity;
  comentions: boolean;
  /** Length of the shortest chains, null when none is within MAX_HOPS. */
  length: number | null;
  paths: EntityPath[];
}

export interface PathRequest { from: string; to: string; comentions: boolean }

export interface PathLimits {
  /** Chains returned, all of the shortest length. */
  paths: number;
  /** Evidence items shown with each link of a hop. */
  evidence: number;
  timeoutMs: number;
}

/** The hop limit written into cypher/viewer/path.cypher (Cypher takes no parameter there). */
export const MAX_HOPS = 6;

export const PATH_LIMITS: PathLimits = { paths: 5, evidence: 2, timeoutMs: 10_000 };

interface LinkRow { type: string; outgoing: boolean; weight: number }

const bad = (message: string): never => { throw new WutongError('server', 'SERVER_BAD_REQUEST', message); };

export async function entityPaths(source: Neo4jSource, request: PathRequest, limits: PathLimits): Promise<PathAnswer> {
  if (!request.from || !request.to) bad('a path needs two entities, from and to');
  if (request.from === request.to) bad('a path needs two different entities');
  const types = request.comentions ? [...TYPED_RELATIONS, CO_MENTIONED] : [...TYPED_RELATIONS];
  const [ends, rows] = await Promise.all([
    readRows(source, 'path-ends', { ids: [request.from, request.to] }, limits.timeoutMs),
    readRows(source, 'path', intParams({ from: request.from, to: request.to, types, paths: limits.paths }), limits.timeoutMs),
  ]);
  const missing = ends.filter((e) => e.name === null).map((e) => String(e.id));
  if (missing.length > 0) throw new WutongError('server', 'SERVER_NOT_FOUND', `no entity ${missing.join(', ')}`);
  const [from, to] = ends.map((e): PathEntity => ({ id: String(e.id), name: String(e.name), type: String(e.type) })) as [PathEntity, PathEntity];

  const chains = rows.map((row) => ({ entities: row.chain as PathEntity[], links: row.hops as LinkRow[][] }));
  // Chains of one search share hops: each hop's evidence is asked for once.
  const hopKey = (a: PathEntity, b: PathEntity): string => `${a.id}\n${b.id}`;
  const hopLinks = new Map<string, { from: PathEntity; links: LinkRow[] }>();
  for (const chain of chains) chain.links.forEach((links, k) => hopLinks.set(hopKey(chain.entities[k]!, chain.entities[k + 1]!), { from: chain.entities[k]!, links }));
  const pages = new Map<string, Map<string, Evidence[]>>();
  await Promise.all([...hopLinks].map(async ([key, hop]) => {
    const wanted = hop.links.map((l) => ({ other: key.split('\n')[1]!, type: l.type, outgoing: l.outgoing }));
    pages.set(key, await evidencePages(source, hop.from.id, wanted, 0, { typed: limits.evidence, comentions: limits.evidence }));
  }));

  const paths = chains.map(({ entities, links }): EntityPath => ({
    entities,
    hops: links.map((hopRows, k): PathHop => {
      const [a, b] = [entities[k]!, entities[k + 1]!];
      const page = pages.get(hopKey(a, b));
      return {
        from: a, to: b,
        links: hopRows.map((l) => ({
          type: l.type, outgoing: l.outgoing, symmetric: isSymmetric(l.type), weight: Number(l.weight),
          evidence: page?.get(linkId(b.id, l.type, l.outgoing)) ?? [],
        })),
      };
    }),
  }));
  return { from, to, comentions: request.comentions, length: paths[0]?.hops.length ?? null, paths };
}
