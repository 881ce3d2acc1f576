import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Stored articles carry the resolver's keys, so every extractor's version covers what the resolver reads too. */
const RESOLVER = path.join(ROOT, 'src/resolve/index.ts');

// Relative imports (static, dynamic, side-effect and re-exports) and files named next to a module.
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']*)'/gu;
const FILE_URL = /new URL\(\s*'([^'$]+)'\s*,\s*import\.meta\.url\s*\)/gu;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return name.endsWith('.test.ts') ? [] : [full];
  });
}

function moduleFile(specifier: string, from: string): string | undefined {
  const target = path.resolve(path.dirname(from), specifier);
  return [target, `${target}.ts`, path.join(target, 'index.ts')].find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Every file an extractor reads, from its entry modules: the modules they import (relative imports,
 * followed), and the data and model files those modules name with `new URL('…', import.meta.url)`
 * (a folder URL stands for every file under it, as the lexicon reads its folder). Sorted, absolute.
 */
export function inputsOf(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(IMPORT)) {
      const target = moduleFile(specifier!, file);
      if (target !== undefined) queue.push(target);
    }
    for (const [, relative] of source.matchAll(FILE_URL)) {
      const target = fileURLToPath(new URL(relative!, `file://${file}`));
      if (!existsSync(target)) continue;
      queue.push(...(statSync(target).isDirectory() ? filesUnder(target) : [target]));
    }
  }
  return [...seen].sort();
}

const versions = new Map<string, string>();

/**
 * The version of an extractor whose code starts at `entries`: a digest of every file it and the
 * resolver read (inputsOf), computed once per process. An article stored under another version was
 * extracted by other code, data or models and is extracted again; a file the extractor never reads
 * (an LLM prompt, for the rules) leaves it alone.
 */
export function versionOf(entries: readonly string[]): string {
  const key = entries.join('\n');
  let version = versions.get(key);
  if (version === undefined) {
    const hash = createHash('sha256');
    for (const file of inputsOf([...entries, RESOLVER])) {
      hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    version = hash.digest('hex').slice(0, 16);
    versions.set(key, version);
  }
  return version;
}

/** The module file of an `import.meta.url`, as versionOf takes its entries. */
export const moduleOf = (url: string): string => fileURLToPath(url);
