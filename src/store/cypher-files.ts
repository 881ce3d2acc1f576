import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../db';

const cache = new Map<string, string[]>();

/** Splits a .cypher file into statements: `;` at a line's end ends one; `//` comment lines are dropped. */
export function splitStatements(source: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of source.split('\n')) {
    if (/^\s*\/\//.test(line)) continue;
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(';')) {
      current.push(trimmed.slice(0, -1));
      statements.push(current.join('\n').trim());
      current = [];
    } else {
      current.push(line);
    }
  }
  const rest = current.join('\n').trim();
  if (rest) statements.push(rest);
  return statements.filter((s) => s.length > 0);
}

/** The statements of a file under cypher/, read once. */
export function cypherStatements(relativePath: string): string[] {
  let statements = cache.get(relativePath);
  if (!statements) {
    statements = splitStatements(readFileSync(path.join(PROJECT_ROOT, 'cypher', relativePath), 'utf8'));
    cache.set(relativePath, statements);
  }
  return statements;
}

/** The single statement of a file under cypher/. */
export function cypherStatement(relativePath: string): string {
  const [first] = cypherStatements(relativePath);
  if (first === undefined) throw new Error(`store: ${relativePath} holds no statement`);
  return first;
}
