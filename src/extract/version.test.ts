import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { inputsOf, versionOf } from './version';

const ROOT = path.resolve(import.meta.dirname, '../..');
const inRepo = (file: string): string => path.join(ROOT, file);

const extractors: Array<{ label: string; entry: string; reads: string[]; ignores: string[] }> = [
  {
    label: 'the rules read the tagger, its models and the lexicon, not the LLM prompts',
    entry: 'src/extract/index.ts',
    reads: ['src/extract/zh/refine.ts', 'models/zh-ner.bin', 'models/en/ner.tsv.gz', 'src/lexicon/zh/people.json', 'src/extract/relations/patterns.json'],
    ignores: ['src/extract/llm/prompts.json', 'src/extract/llm/ask.ts'],
  },
  {
    label: 'the LLM extractor reads its prompts and the relation types, not the tagger model or the pattern table',
    entry: 'src/extract/llm/index.ts',
    reads: ['src/extract/llm/prompts.json', 'src/lexicon/relation-types.json'],
    ignores: ['models/zh-ner.bin', 'src/extract/relations/patterns.json', 'src/extract/zh/refine.ts'],
  },
];

describe('an extractor reads what its modules import and name, and nothing else', () => {
  for (const c of extractors) {
    test(c.label, () => {
      const inputs = new Set(inputsOf([inRepo(c.entry)]));
      for (const file of c.reads) assert.ok(inputs.has(inRepo(file)), `${c.entry} reads ${file}`);
      for (const file of c.ignores) assert.ok(!inputs.has(inRepo(file)), `${c.entry} does not read ${file}`);
    });
  }
});

const dir = mkdtempSync(path.join(tmpdir(), 'wutong-version-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const files: Record<string, string> = {
  'entry.ts': "import { b } from './b';\nexport { c } from './sub';\nexport const a = () => import('./lazy');",
  'b.ts': "export const b = readFileSync(new URL('./words.json', import.meta.url));",
  'sub/index.ts': "export const c = new URL('./lists/', import.meta.url);",
  'sub/lists/zh.json': '{}',
  'sub/lists/en.txt': 'a',
  'lazy.ts': "import type { X } from './types';",
  'types.ts': 'export type X = 1;',
  'words.json': '[]',
  'unused.ts': "export const u = new URL('./unused.json', import.meta.url);",
  'unused.json': '[]',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
}

const graphCases: Array<{ label: string; file: string; read: boolean }> = [
  { label: 'a module imported by name', file: 'b.ts', read: true },
  { label: 'a folder imported through its index', file: 'sub/index.ts', read: true },
  { label: 'a module imported on demand', file: 'lazy.ts', read: true },
  { label: 'a module imported for its types only', file: 'types.ts', read: true },
  { label: 'a data file named next to a module', file: 'words.json', read: true },
  { label: 'every file of a folder named next to a module', file: 'sub/lists/en.txt', read: true },
  { label: 'a module nothing imports', file: 'unused.ts', read: false },
  { label: "the data of a module nothing imports", file: 'unused.json', read: false },
];

describe('inputsOf follows imports and named files from the entry', () => {
  const inputs = new Set(inputsOf([path.join(dir, 'entry.ts')]));
  for (const c of graphCases) {
    test(c.label, () => assert.equal(inputs.has(path.join(dir, c.file)), c.read));
  }
});

test('the rules and the LLM extractor have versions of their own', () => {
  assert.notEqual(versionOf([inRepo('src/extract/index.ts')]), versionOf([inRepo('src/extract/llm/index.ts')]));
  assert.match(versionOf([inRepo('src/extract/index.ts')]), /^[0-9a-f]{16}$/u);
});
