import neo4j from 'neo4j-driver';

export interface PlainNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}

/** Neo4j values as JSON: integers as numbers where safe (as strings beyond), temporals as ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value as never)) {
    const node = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { elementId: node.elementId, labels: node.labels, properties: plainObject(node.properties) } satisfies PlainNode;
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as unknown as { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return {
      elementId: rel.elementId, type: rel.type, startNodeElementId: rel.startNodeElementId,
      endNodeElementId: rel.endNodeElementId, properties: plainObject(rel.properties),
    } satisfies PlainRelationship;
  }
  if (neo4j.isPath(value as never)) {
    const path = value as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[]; start: unknown };
    const nodes = [toPlain(path.start), ...path.segments.map((s) => toPlain(s.end))];
    return { nodes, relationships: path.segments.map((s) => toPlain(s.relationship)) };
  }
  if (typeof value === 'object' && value !== null && typeof (value as { toString: unknown }).toString === 'function'
    && (value.constructor?.name ?? 'Object') !== 'Object') {
    return String(value);
  }
  if (typeof value === 'object') return plainObject(value as Record<string, unknown>);
  return value;
}

function plainObject(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(object)) out[key] = toPlain(v);
  return out;
}

export function isPlainNode(value: unknown): value is PlainNode {
  return typeof value === 'object' && value !== null && 'labels' in value && 'elementId' in value && 'properties' in value;
}

export function isPlainRelationship(value: unknown): value is PlainRelationship {
  return typeof value === 'object' && value !== null && 'startNodeElementId' in value && 'type' in value;
}

export function isPlainPath(value: unknown): value is { nodes: PlainNode[]; relationships: PlainRelationship[] } {
  return typeof value === 'object' && value !== null && 'nodes' in value && 'relationships' in value && Array.isArray((value as { nodes: unknown }).nodes);
}
