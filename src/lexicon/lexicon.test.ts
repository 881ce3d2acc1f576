import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { loadLexicon, readSources } from './lexicon';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LEXICON = path.join(ROOT, 'src/lexicon');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? (name === 'node_modules' || name === 'fixtures' ? [] : filesUnder(full)) : [full];
  });
}

// --- The loader refuses a badly written lexicon, naming the file and the list. ---

const scratch = mkdtempSync(path.join(tmpdir(), 'wutong-lexicon-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const list = (words: string[], include: string[] = []): object => ({ comment: 'a test list', words, include });
const file = (lists: Record<string, object>): string => JSON.stringify({ comment: 'a test file', lists });

const refusals: Array<{ label: string; files: Record<string, string>; error: RegExp }> = [
  { label: 'a list defined in two files', files: { 'zh/a.json': file({ posts: list(['主任']) }), 'zh/b.json': file({ posts: list(['院长']) }) }, error: /zh\/posts is defined twice/u },
  { label: 'a word listed twice in one list', files: { 'zh/a.json': file({ posts: list(['主任', '主任']) }) }, error: /"主任" is listed twice/u },
  { label: 'a word also held by an included list', files: { 'zh/a.json': file({ posts: list(['主任']), titles: list(['主任'], ['posts']) }) }, error: /"主任" is already held by an included list/u },
  { label: 'an include of a list no file defines', files: { 'zh/a.json': file({ titles: list(['主任'], ['posts']) }) }, error: /includes zh\/posts, which no file defines/u },
  { label: 'lists including one another', files: { 'zh/a.json': file({ a: list(['甲'], ['b']), b: list(['乙'], ['a']) }) }, error: /in a loop/u },
  { label: 'an empty list', files: { 'en/a.json': file({ posts: list([]) }) }, error: /en\/posts is empty/u },
  { label: 'a list without its comment', files: { 'zh/a.json': JSON.stringify({ comment: 'x', lists: { posts: { words: ['主任'] } } }) }, error: /lists\.posts\.comment/u },
  { label: 'a word with spaces around it', files: { 'zh/a.json': file({ posts: list([' 主任']) }) }, error: /has spaces around it/u },
  { label: 'a word file without its comment', files: { 'zh/surnames.txt': '王 李\n' }, error: /opens with # lines/u },
  { label: 'a list named other than camelCase', files: { 'zh/a.json': file({ 'job-titles': list(['主任']) }) }, error: /job-titles/u },
];

describe('the lexicon refuses a badly written list, naming it', () => {
  refusals.forEach((c, i) => {
    test(c.label, () => {
      const root = path.join(scratch, `case${i}`);
      for (const lang of ['zh', 'en']) mkdirSync(path.join(root, lang), { recursive: true });
      for (const [name, text] of Object.entries(c.files)) writeFileSync(path.join(root, name), text);
      assert.throws(() => loadLexicon(pathToFileURL(`${root}/`)), c.error);
    });
  });
});

test('a list holds the words of the lists it includes, longest first', () => {
  const root = path.join(scratch, 'includes');
  for (const lang of ['zh', 'en']) mkdirSync(path.join(root, lang), { recursive: true });
  writeFileSync(path.join(root, 'zh/a.json'), file({ legalForms: list(['有限公司']), endings: list(['科技', '股份有限公司'], ['legalForms']) }));
  assert.deepEqual(loadLexicon(pathToFileURL(`${root}/`)).get('zh/endings')?.words, ['股份有限公司', '有限公司', '科技']);
});

// --- Guard: no word list is written twice under two names, anywhere in the project's data. ---

interface NamedList {
  name: string;
  words: ReadonlySet<string>;
}

/** Every list of words a data file writes: arrays of strings (at any depth) and the words of a TXT file. */
function listsOf(file: string): NamedList[] {
  const text = readFileSync(file, 'utf8');
  const name = path.relative(ROOT, file);
  if (file.endsWith('.txt')) {
    return [{ name, words: new Set(text.split('\n').filter((l) => !l.startsWith('#')).flatMap((l) => l.split(/\s+/u)).filter((w) => w !== '')) }];
  }
  const found: NamedList[] = [];
  const walk = (value: unknown, at: string): void => {
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) found.push({ name: at, words: new Set(value as string[]) });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
  };
  walk(JSON.parse(text), name);
  return found;
}

/** Entity types are the schema's words, not a word list: argument types of patterns and relation types repeat them by design. */
const ENTITY_TYPE_WORDS = new Set(['Company', 'Institution', 'Person', 'Place']);

/**
 * Pairs of lists where one repeats the other: two of the lexicon's own lists (what each writes
 * itself, includes aside) when one holds every word of the other and that is four words or more
 * (it should include it), and a list outside the lexicon sharing five words or more and two thirds
 * of the shorter list with one of the lexicon's — a copy that will drift. Lists that share a few
 * words for different ends (公司 集团 银行 as firm parents and as finance stems) are not copies.
 */
function repeatedLists(lexicon: NamedList[], elsewhere: NamedList[]): string[] {
  const shared = (a: NamedList, b: NamedList): number => [...a.words].filter((w) => b.words.has(w)).length;
  const found: string[] = [];
  lexicon.forEach((a, i) => {
    for (const b of lexicon.slice(i + 1)) {
      const n = shared(a, b);
      if (n >= 4 && n === Math.min(a.words.size, b.words.size)) found.push(`${a.name} and ${b.name} (${n} words): include the smaller list`);
    }
  });
  for (const a of elsewhere) {
    if ([...a.words].every((w) => ENTITY_TYPE_WORDS.has(w))) continue;
    for (const b of lexicon) {
      const n = shared(a, b);
      if (n >= 5 && n * 3 >= 2 * Math.min(a.words.size, b.words.size)) found.push(`${a.name} repeats ${n} words of ${b.name}: read the lexicon's list instead`);
    }
  }
  return found;
}

const guardCases: Array<{ label: string; lexicon: Array<[string, string[]]>; elsewhere: Array<[string, string[]]>; found: number }> = [
  { label: 'one lexicon list holding all of another', lexicon: [['zh/posts', ['主任', '院长', '厅长', '局长', '教授']], ['zh/titles', ['主任', '院长', '厅长', '局长']]], elsewhere: [], found: 1 },
  { label: 'two lexicon lists with the same words', lexicon: [['zh/posts', ['主任', '院长', '厅长', '局长']], ['zh/titles', ['局长', '厅长', '院长', '主任']]], elsewhere: [], found: 1 },
  { label: 'two lexicon lists sharing some words', lexicon: [['zh/posts', ['主任', '院长', '厅长', '局长']], ['zh/titles', ['主任', '院长', '厅长', '教授']]], elsewhere: [], found: 0 },
  { label: 'a short list inside a long one', lexicon: [['zh/parents', ['公司', '集团', '银行']], ['zh/stems', ['公司', '集团', '银行', '科技']]], elsewhere: [], found: 0 },
  { label: "a list outside the lexicon copying most of one of its lists", lexicon: [['zh/posts', ['主任', '院长', '厅长', '局长', '教授', '书记']]], elsewhere: [['rules.json.titles', ['主任', '院长', '厅长', '局长', '教授', '总裁']]], found: 1 },
  { label: 'a list outside the lexicon with words of its own', lexicon: [['zh/posts', ['主任', '院长', '厅长', '局长']]], elsewhere: [['amounts.json.units', ['万', '亿', '千', '主任']]], found: 0 },
  { label: 'a trigger list sharing half its words with a lexicon list', lexicon: [['zh/verbs', ['收购', '入股', '持有', '增持', '转让', '出售']]], elsewhere: [['patterns.json.rows[6].triggers', ['收购', '入股', '持有', '投资', '注资', '参股']]], found: 0 },
  { label: 'argument types are no word list', lexicon: [['zh/x', ['Company', 'Institution', 'Place']]], elsewhere: [['patterns.json.rows[0].source', ['Company', 'Institution', 'Place']]], found: 0 },
];

describe('the guard against a list written twice', () => {
  const named = (rows: Array<[string, string[]]>): NamedList[] => rows.map(([name, words]) => ({ name, words: new Set(words) }));
  for (const c of guardCases) test(c.label, () => assert.equal(repeatedLists(named(c.lexicon), named(c.elsewhere)).length, c.found));
});

test('every data file of src/ loads, and no word list is written twice under two names', () => {
  const dataFiles = filesUnder(path.join(ROOT, 'src')).filter((f) => /\.(json|txt)$/u.test(f) && !f.endsWith('pair-model.json'));
  const sources = readSources(pathToFileURL(`${LEXICON}/`));
  const lexicon = [...sources.values()].filter((s) => s.words.length > 0).map((s) => ({ name: s.name, words: new Set(s.words) }));
  const elsewhere = dataFiles.filter((f) => !f.startsWith(`${LEXICON}/`)).flatMap(listsOf);
  assert.ok(lexicon.length > 50 && elsewhere.length > 10, 'the lists were found');
  assert.deepEqual(repeatedLists(lexicon, elsewhere), []);
  // Every list of the lexicon builds (includes resolved, no word held twice).
  for (const [name, words] of loadLexicon(pathToFileURL(`${LEXICON}/`))) assert.ok(words.size > 0, name);
});

// --- Guard: the longest-first order of a word list is the lexicon's job (WordList, longestFirst). ---

/** A comparator putting the longer of two strings first: `(a, b) => b….length - a….length`. */
const LONGEST_FIRST = /\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*=>\s*\2((?:\.\w+|\[\d+\]|!)*)\.length\s*-\s*\1\3\.length/u;

/** Sorts that compare lengths of something other than words, and why. */
const NOT_WORDS: Record<string, string> = {
  'scripts/eval-kg.ts': 'ranks rules by how many wrong links each drew (a count of links, not a word length)',
};

const sortCases: Array<{ label: string; line: string; flagged: boolean }> = [
  { label: 'a hand-written longest-first sort', line: 'const SUFFIXES = [...data.suffixes].sort((a, b) => b.length - a.length);', flagged: true },
  { label: 'one of a field', line: 'suffixes.sort((x, y) => y.suffix.length - x.suffix.length);', flagged: true },
  { label: 'one of a tuple', line: 'aliases.sort((a, b) => b[0]!.length - a[0]!.length);', flagged: true },
  { label: 'a shortest-first sort', line: 'hits.sort((a, b) => a.name.length - b.name.length);', flagged: false },
  { label: 'a sort by offset', line: 'spans.sort((a, b) => a.start - b.start);', flagged: false },
];

describe('the guard against a hand-written longest-first sort', () => {
  for (const c of sortCases) test(c.label, () => assert.equal(LONGEST_FIRST.test(c.line), c.flagged));
});

test('no longest-first sort of words is written outside src/lexicon', () => {
  const code = [...filesUnder(path.join(ROOT, 'src')), ...filesUnder(path.join(ROOT, 'scripts')), ...filesUnder(path.join(ROOT, 'bench'))]
    .filter((f) => /\.(ts|mts|mjs)$/u.test(f) && !f.startsWith(`${LEXICON}/`) && !(path.relative(ROOT, f) in NOT_WORDS));
  assert.ok(code.length > 100, 'the code was found');
  const found = code.flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (LONGEST_FIRST.test(line) ? [`${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])));
  assert.deepEqual(found, [], 'use WordList (or longestFirst) from src/lexicon');
});
