import type { Attributes } from 'graphology-types';
import type { WutongGraph } from './types';

/** graphology-graphml only parses, so the writer lives here: one <key> per attribute, typed from its values. */
type KeyType = 'string' | 'double' | 'boolean';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

function keyType(value: unknown): KeyType {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function collectKeys(items: Iterable<Attributes>): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const attrs of items) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null) continue;
      const type = keyType(value);
      const known = keys.get(name);
      keys.set(name, known === undefined || known === type ? type : 'string');
    }
  }
  return keys;
}

function dataLines(prefix: string, attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => `<data key="${prefix}${escapeXml(name)}">${escapeXml(String(value))}</data>`)
    .join('');
}

export function writeGraphml(graph: WutongGraph, format: (attrs: Attributes) => Attributes): string {
  const nodes = graph.mapNodes((key, attrs) => ({ key, attrs: format(attrs) }));
  const edges = graph.mapEdges((key, attrs, source, target) => ({ key, source, target, attrs: format(attrs) }));
  const nodeKeys = collectKeys(nodes.map((n) => n.attrs));
  const edgeKeys = collectKeys(edges.map((e) => e.attrs));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [name, type] of nodeKeys) out.push(`<key id="n_${escapeXml(name)}" for="node" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  for (const [name, type] of edgeKeys) out.push(`<key id="e_${escapeXml(name)}" for="edge" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  out.push('<graph edgedefault="directed">');
  for (const n of nodes) out.push(`<node id="${escapeXml(n.key)}">${dataLines('n_', n.attrs)}</node>`);
  for (const e of edges) {
    out.push(`<edge id="${escapeXml(e.key)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${dataLines('e_', e.attrs)}</edge>`);
  }
  out.push('</graph>', '</graphml>');
  return out.join('\n');
}
