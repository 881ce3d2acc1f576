import { RelationSet, type ResolvedArticle, type ResolvedEntity } from '../resolve';
import { nodeOf, type IdentityMap } from './map';

/**
 * One article's contributions as the identity map places them: mentions written as a word the map
 * holds dropped (an entity left with none goes, with its links), every entity on its node
 * (entities that now share a node folded into one, their mentions in text order), the node's
 * decided name and type, relations moved onto the nodes (a link that now joins a node to itself
 * goes; two readings of one sentence keep the surer one). An article the map does not touch comes
 * back as it was.
 */
export function applyIdentity(map: IdentityMap, article: ResolvedArticle): ResolvedArticle {
  const resolved = withoutWords(map.words, article);
  const target = new Map<string, string>();
  for (const entity of resolved.entities) {
    const alias = entity.surfaces.find((s) => map.aliases.has(s));
    const moved = map.nodeOf.get(entity.id) ?? (alias === undefined ? entity.id : nodeOf(map, map.aliases.get(alias)!));
    target.set(entity.id, moved);
  }
  const touched = resolved.entities.some((e) => target.get(e.id) !== e.id || map.nodes.has(e.id));
  if (!touched) return resolved;

  const byNode = new Map<string, ResolvedEntity>();
  // The entity that is the node itself goes first, so its name and facts lead the fold.
  const ordered = [...resolved.entities].sort((a, b) => Number(target.get(b.id) === b.id) - Number(target.get(a.id) === a.id));
  for (const entity of ordered) {
    const node = target.get(entity.id)!;
    const held = byNode.get(node);
    byNode.set(node, held === undefined ? { ...entity, id: node } : fold(held, entity));
  }
  const entities = resolved.entities
    .map((e) => target.get(e.id)!)
    .filter((node, i, all) => all.indexOf(node) === i)
    .map((node) => decided(byNode.get(node)!, map));
  const relations = new RelationSet();
  for (const r of resolved.relations) relations.add(target.get(r.source) ?? r.source, target.get(r.target) ?? r.target, r.type, r.evidence, r.props);
  const authors = [...new Set(resolved.authors.map((id) => target.get(id) ?? id))];
  return { ...resolved, entities, relations: relations.list(), authors };
}

/**
 * The article without the mentions written as one of the words: an entity keeps its other mentions
 * (and takes the first of its other surfaces for a name if its own was a word), or goes with every
 * link and authorship it had when none is left.
 */
function withoutWords(words: ReadonlySet<string>, resolved: ResolvedArticle): ResolvedArticle {
  if (words.size === 0 || !resolved.entities.some((e) => e.surfaces.some((s) => words.has(s)))) return resolved;
  const text = resolved.article.text;
  const gone = new Set<string>();
  const entities: ResolvedEntity[] = [];
  for (const entity of resolved.entities) {
    const kept = entity.starts.flatMap((start, k) => (words.has(text.slice(start, entity.ends[k])) ? [] : [k]));
    const surfaces = entity.surfaces.filter((s) => !words.has(s));
    if (kept.length === 0 || surfaces.length === 0) {
      gone.add(entity.id);
      continue;
    }
    if (kept.length === entity.starts.length && surfaces.length === entity.surfaces.length) {
      entities.push(entity);
      continue;
    }
    const name = words.has(entity.name) ? surfaces[0]! : entity.name;
    entities.push({ ...entity, name, surfaces, starts: kept.map((k) => entity.starts[k]!), ends: kept.map((k) => entity.ends[k]!) });
  }
  return {
    ...resolved,
    entities,
    relations: resolved.relations.filter((r) => !gone.has(r.source) && !gone.has(r.target)),
    authors: resolved.authors.filter((id) => !gone.has(id)),
  };
}

function fold(into: ResolvedEntity, other: ResolvedEntity): ResolvedEntity {
  const spans = into.starts.map((start, k) => [start, into.ends[k]!] as const);
  other.starts.forEach((start, k) => {
    if (!spans.some(([s, e]) => s === start && e === other.ends[k])) spans.push([start, other.ends[k]!]);
  });
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const props = other.props === undefined && into.props === undefined ? undefined : { ...other.props, ...into.props };
  return {
    ...into,
    surfaces: [...new Set([...into.surfaces, ...other.surfaces])],
    starts: spans.map(([s]) => s),
    ends: spans.map(([, e]) => e),
    ...(props === undefined ? {} : { props }),
  };
}

function decided(entity: ResolvedEntity, map: IdentityMap): ResolvedEntity {
  const node = map.nodes.get(entity.id);
  if (node === undefined) return entity;
  return { ...entity, name: node.name ?? entity.name, ...(node.type === undefined ? {} : { type: node.type, retype: true }) };
}
