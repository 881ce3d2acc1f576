import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ENTITY_TYPES, type EntityType } from '../extract/types';
import { WutongError } from '../shared/errors';
import type { Curation, MergeEntry, NodeOverride } from './map';

/** The source every merge of the file carries. */
export const CURATION_SOURCE = 'curation';

const HEADER = `# wutong curation: decisions about which graph nodes are one thing, applied by every build.
# merge: \`from\` joins \`into\`; distinct: the two stay apart (no automatic merge joins them);
# nodes: a node's name, type, and aliases (surfaces that name it); words: surfaces that name
# nothing; names: surfaces that are names whatever \`wutong suggest --apply\` found. Edit by hand
# or with wutong merge | split | alias | rename | type; ids are the graph's Entity ids.
`;

/** The file a command reads: --curation, else WUTONG_CURATION, else curation.yaml in the working directory. */
export function curationPath(flag: string | undefined, env: NodeJS.ProcessEnv, cwd = process.cwd()): string {
  return path.resolve(cwd, flag ?? (env.WUTONG_CURATION || 'curation.yaml'));
}

/**
 * A curation file open for edits: its decisions, and the YAML document they came from, so an edit
 * keeps the file's comments and order.
 */
export class CurationFile {
  private constructor(readonly file: string, private readonly doc: Document, readonly curation: Curation) {}

  /** Reads and checks the file (a missing one is empty); a bad file fails naming its line, and nothing is changed. */
  static read(file: string): CurationFile {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const fail = (offset: number | undefined, message: string): never => {
      const at = offset === undefined ? '' : `:${lines.linePos(offset).line}`;
      throw new WutongError('identity', 'IDENTITY_BAD_CURATION', `${file}${at}: ${message}; the file is left as it is`);
    };
    const syntax = doc.errors[0];
    if (syntax !== undefined) fail(syntax.pos[0], syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
    return new CurationFile(file, doc, readDecisions(doc.contents, fail));
  }

  addMerge(merge: Omit<MergeEntry, 'source' | 'evidence'> & { intoName: string; fromName: string }): void {
    this.removeDistinct(merge.into, merge.from);
    this.append('merge', { into: merge.into, from: merge.from, intoName: merge.intoName, fromName: merge.fromName, ...(merge.type === undefined ? {} : { type: merge.type }) });
  }

  /** Takes out the merges joining the two either way; returns how many there were. */
  removeMerges(a: string, b: string): number {
    return this.removeWhere('merge', (entry) => (entry.into === a && entry.from === b) || (entry.into === b && entry.from === a));
  }

  addDistinct(a: string, aName: string, b: string, bName: string): void {
    if (this.curation.distinct.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return;
    this.append('distinct', { a, b, aName, bName });
  }

  removeDistinct(a: string, b: string): number {
    return this.removeWhere('distinct', (entry) => (entry.a === a && entry.b === b) || (entry.a === b && entry.b === a));
  }

  setNode(id: string, change: { name?: string; type?: EntityType; alias?: string }): void {
    if (!this.doc.has('nodes')) this.doc.set('nodes', this.doc.createNode({}));
    if (change.name !== undefined) this.doc.setIn(['nodes', id, 'name'], change.name);
    if (change.type !== undefined) this.doc.setIn(['nodes', id, 'type'], change.type);
    if (change.alias !== undefined) {
      const held = this.doc.getIn(['nodes', id, 'aliases']);
      if (!isSeq(held)) this.doc.setIn(['nodes', id, 'aliases'], this.doc.createNode([change.alias], { flow: true }));
      else if (!held.items.some((item) => isScalar(item) && item.value === change.alias)) held.add(this.doc.createNode(change.alias));
    }
  }

  /** The decisions as they now stand (read back from the edited document). */
  decisions(): Curation {
    return readDecisions(this.doc.contents, (_, message) => {
      throw new WutongError('identity', 'IDENTITY_BAD_CURATION', `${this.file}: ${message}`);
    });
  }

  /** Writes the file whole, through a temporary file, so a failure never leaves half of it. */
  save(): void {
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, this.doc.toString({ lineWidth: 0 }));
    renameSync(temporary, this.file);
  }

  private append(list: 'merge' | 'distinct', entry: Record<string, string>): void {
    if (!isSeq(this.doc.get(list))) this.doc.set(list, this.doc.createNode([]));
    this.doc.addIn([list], this.doc.createNode(entry));
  }

  private removeWhere(list: 'merge' | 'distinct', matches: (entry: Record<string, unknown>) => boolean): number {
    const seq = this.doc.get(list);
    if (!isSeq(seq)) return 0;
    const before = seq.items.length;
    seq.items = seq.items.filter((item) => !(isMap(item) && matches(item.toJSON() as Record<string, unknown>)));
    return before - seq.items.length;
  }
}

type Fail = (offset: number | undefined, message: string) => never;

const TOP_KEYS = ['merge', 'distinct', 'nodes', 'words', 'names'];
const MERGE_KEYS = ['into', 'from', 'intoName', 'fromName', 'type'];
const DISTINCT_KEYS = ['a', 'b', 'aName', 'bName'];
const NODE_KEYS = ['name', 'type', 'aliases'];

function readDecisions(contents: Node | null, fail: Fail): Curation {
  const curation: Curation = { merges: [], distinct: [], nodes: new Map(), words: [], names: [] };
  if (contents === null || (isScalar(contents) && contents.value === null)) return curation;
  if (!isMap(contents)) return fail(contents.range?.[0], `expected the keys ${TOP_KEYS.join(', ')}`);
  for (const pair of contents.items) {
    const key = keyOf(pair.key);
    const value = pair.value as Node | null;
    const at = (pair.key as Node | null)?.range?.[0];
    if (!TOP_KEYS.includes(key)) fail(at, `unknown key '${key}' (expected ${TOP_KEYS.join(', ')})`);
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (key === 'nodes') {
      if (!isMap(value)) fail(value.range?.[0], 'nodes must map node ids to {name, type, aliases}');
      for (const item of (value as { items: { key: unknown; value: unknown }[] }).items) {
        const id = keyOf(item.key).trim() || fail((item.key as Node | null)?.range?.[0], 'a node id must be a non-empty text');
        curation.nodes.set(id, nodeOverride(item.value as Node | null, fail, (item.key as Node).range?.[0]));
      }
      continue;
    }
    if (!isSeq(value)) fail(value.range?.[0], `${key} must be a list`);
    if (key === 'words' || key === 'names') {
      curation[key].push(...(value as { items: Node[] }).items.map((item) => text(item, `an entry of ${key}`, fail)));
      continue;
    }
    for (const item of (value as { items: unknown[] }).items) {
      const fields = entry(item as Node, key === 'merge' ? MERGE_KEYS : DISTINCT_KEYS, key, fail);
      if (key === 'merge') {
        const into = required(fields, 'into', item as Node, fail);
        const from = required(fields, 'from', item as Node, fail);
        if (into === from) fail((item as Node).range?.[0], `a node cannot be merged into itself (${into})`);
        const type = fields.get('type');
        curation.merges.push({
          into, from, ...optional(fields, 'intoName'), ...optional(fields, 'fromName'),
          ...(type === undefined ? {} : { type: entityType(type, (item as Node).range?.[0], fail) }),
          source: CURATION_SOURCE, evidence: ['merged by hand'],
        });
      } else {
        curation.distinct.push([required(fields, 'a', item as Node, fail), required(fields, 'b', item as Node, fail)]);
      }
    }
  }
  const both = curation.words.find((w) => curation.names.includes(w));
  if (both !== undefined) fail(undefined, `'${both}' is listed under both words and names; remove one of the two entries`);
  return curation;
}

/** A key as the file spells it (keys the document gained from an edit may be plain values). */
function keyOf(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : '';
}

function entry(node: Node, keys: string[], list: string, fail: Fail): Map<string, string> {
  if (!isMap(node)) return fail(node.range?.[0], `each ${list} entry must have the keys ${keys.join(', ')}`);
  const fields = new Map<string, string>();
  for (const pair of node.items) {
    const key = keyOf(pair.key);
    if (!keys.includes(key)) fail((pair.key as Node | null)?.range?.[0] ?? node.range?.[0], `unknown key '${key}' in a ${list} entry (expected ${keys.join(', ')})`);
    fields.set(key, text(pair.value as Node, key, fail));
  }
  return fields;
}

function nodeOverride(node: Node | null, fail: Fail, at: number | undefined): NodeOverride {
  if (node === null || !isMap(node)) return fail(node?.range?.[0] ?? at, `each node must have some of the keys ${NODE_KEYS.join(', ')}`);
  const override: NodeOverride = {};
  for (const pair of node.items) {
    const key = keyOf(pair.key);
    const value = pair.value as Node;
    if (key === 'name') override.name = text(value, 'name', fail);
    else if (key === 'type') override.type = entityType(text(value, 'type', fail), value?.range?.[0], fail);
    else if (key === 'aliases') {
      if (!isSeq(value)) fail(value?.range?.[0] ?? at, 'aliases must be a list of surfaces');
      override.aliases = (value as { items: Node[] }).items.map((item) => text(item, 'an alias', fail));
    } else fail((pair.key as Node | null)?.range?.[0], `unknown key '${key}' in a node (expected ${NODE_KEYS.join(', ')})`);
  }
  return override;
}

function optional(fields: Map<string, string>, key: 'intoName' | 'fromName'): { intoName?: string; fromName?: string } {
  const value = fields.get(key);
  return value === undefined ? {} : { [key]: value };
}

function required(fields: Map<string, string>, key: string, node: Node, fail: Fail): string {
  return fields.get(key) ?? fail(node.range?.[0], `the entry has no ${key}`);
}

function text(node: Node | null, what: string, fail: Fail): string {
  if (typeof node === 'string' && (node as string).trim() !== '') return (node as string).trim();
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number') || String(node.value).trim() === '') {
    return fail(node?.range?.[0], `${what} must be a non-empty text`);
  }
  return String(node.value).trim();
}

function entityType(value: string, at: number | undefined, fail: Fail): EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value) ? (value as EntityType) : fail(at, `'${value}' is not an entity type (${ENTITY_TYPES.join(', ')})`);
}
