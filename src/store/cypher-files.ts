import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../db';
import { WutongError } from '../shared/errors';

/**
 * The one loader of the project's Cypher, which lives in .cypher files under cypher/ so that every
 * query runs unchanged in Neo4j Browser or cypher-shell: the store's writes, the viewer's reads.
 */
const texts = new Map<string, string>();
const statements = new Map<string, string[]>();

/** A file under cypher/ as written (comments included), read once. */
export function cypherText(relativePath: string): string {
  let text = texts.get(relativePath);
  if (text === undefined) {
    text = readFileSync(path.join(PROJECT_ROOT, 'cypher', relativePath), 'utf8');
    texts.set(relativePath, text);
  }
  return text;
}

/** Every .cypher file of a folder under cypher/ (e.g. `queries`), by name without the extension, sorted. */
export function cypherFolder(relativeDir: string): { name: string; text: string }[] {
  const dir = path.join(PROJECT_ROOT, 'cypher', relativeDir);
  return readdirSync(dir).filter((n) => n.endsWith('.cypher')).sort()
    .map((n) => ({ name: n.replace(/\.cypher$/, ''), text: cypherText(path.join(relativeDir, n)).trim() }));
}

/** Splits a .cypher file into statements: `;` at a line's end ends one; `//` comment lines are dropped. */
export function splitStatements(source: string): string[] {
  const found: string[] = [];
  let current: string[] = [];
  for (const line of source.split('\n')) {
    if (/^\s*\/\//.test(line)) continue;
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(';')) {
      current.push(trimmed.slice(0, -1));
      found.push(current.join('\n').trim());
      current = [];
    } else {
      current.push(line);
    }
  }
  const rest = current.join('\n').trim();
  if (rest) found.push(rest);
  return found.filter((s) => s.length > 0);
}

/** The statements of a file under cypher/. */
export function cypherStatements(relativePath: string): string[] {
  let list = statements.get(relativePath);
  if (list === undefined) {
    list = splitStatements(cypherText(relativePath));
    statements.set(relativePath, list);
  }
  return list;
}

/** The single statement of a file under cypher/. */
export function cypherStatement(relativePath: string): string {
  const [first] = cypherStatements(relativePath);
  if (first === undefined) throw new WutongError('store', 'STORE_STATEMENT', `cypher/${relativePath} holds no statement`);
  return first;
}
