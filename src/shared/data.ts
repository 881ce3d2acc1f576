import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { z } from 'zod';
import { WutongError } from './errors';

const SRC = path.resolve(import.meta.dirname, '..');

/** A data file's path as errors name it: relative to src/ when it lies there. */
export function dataFileName(file: URL | string): string {
  const full = typeof file === 'string' ? file : fileURLToPath(file);
  const relative = path.relative(SRC, full);
  return relative.startsWith('..') ? full : relative;
}

/**
 * The one way a data file is read: parsed, then checked against its schema (defaults filled by the
 * schema), so a mistyped field fails at start with the file and the field named, not later as an
 * `undefined` deep inside a rule. `module` and `code` say whose data it is.
 */
export function readJson<T extends z.ZodType>(file: URL | string, schema: T, module: string, code = `${module.toUpperCase()}_DATA`): z.output<T> {
  const name = dataFileName(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new WutongError(module, code, `${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
    throw new WutongError(module, code, `${name}: ${where}${issue.message}`);
  }
  return parsed.data;
}

/** A text data file's lines, without blank lines and `#` comments. */
export function readLines(file: URL | string): string[] {
  return readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}
