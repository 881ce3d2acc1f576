import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** What an extraction depends on: the extractors and their data, the resolver, the trained models. */
const INPUTS = ['src/extract', 'src/resolve', 'models'];

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return name.endsWith('.test.ts') ? [] : [full];
  });
}

let version: string | undefined;

/**
 * A digest of everything extraction and resolution read, computed once per process: an article
 * stored under another digest was extracted by other code or models and is extracted again.
 */
export function extractionVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((dir) => filesUnder(path.join(ROOT, dir)))) {
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}
