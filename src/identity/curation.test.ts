import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CurationFile, curationPath } from './curation';

const dir = mkdtempSync(path.join(tmpdir(), 'wutong-curation-'));
let n = 0;
const fileWith = (text: string): string => {
  const file = path.join(dir, `c${n++}.yaml`);
  writeFileSync(file, text);
  return file;
};

const bad: { label: string; text: string; error: RegExp }[] = [
  { label: 'YAML that does not parse', text: 'merge:\n  - into: company:1\n    from: [company:2\n', error: /:\d+: .*left as it is/ },
  { label: 'an unknown top-level key', text: '# mine\nmerges:\n  - into: a:1\n', error: /:2: unknown key 'merges'/ },
  { label: 'a merge without from', text: 'merge:\n  - into: a:1\n    intoName: x\n', error: /:2: the entry has no from/ },
  { label: 'a merge of a node into itself', text: 'merge:\n  - into: a:1\n    from: a:1\n', error: /:2: a node cannot be merged into itself/ },
  { label: 'a type that is none', text: 'nodes:\n  a:1:\n    type: Planet\n', error: /:3: 'Planet' is not an entity type/ },
  { label: 'an unknown key in a node', text: 'nodes:\n  a:1:\n    nickname: x\n', error: /:3: unknown key 'nickname' in a node/ },
  { label: 'aliases that are not a list', text: 'nodes:\n  a:1:\n    aliases: x\n', error: /:3: aliases must be a list/ },
  { label: 'distinct that is not a list', text: 'distinct: a:1\n', error: /:1: distinct must be a list/ },
  { label: 'words that are not a list', text: 'words: 颜值\n', error: /:1: words must be a list/ },
  { label: 'a surface both a word and a name', text: 'words: [ 青禾 ]\nnames: [ 青禾 ]\n', error: /'青禾' is listed under both words and names/ },
];
for (const c of bad) {
  test(`a bad curation file fails with its line and is left as it is: ${c.label}`, () => {
    const file = fileWith(c.text);
    assert.throws(() => CurationFile.read(file), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'IDENTITY_BAD_CURATION');
      assert.match(error.message, c.error);
      assert.equal(error.message.split('\n').length, 1, 'one line');
      return true;
    });
    assert.equal(readFileSync(file, 'utf8'), c.text);
  });
}

test('a missing file is an empty curation', () => {
  const read = CurationFile.read(path.join(dir, 'none.yaml'));
  assert.deepEqual([read.curation.merges, read.curation.distinct, [...read.curation.nodes]], [[], [], []]);
});

test('edits keep the comments and order of a hand-written file, and read back as written', () => {
  const file = fileWith('# our decisions\nnodes:\n  # the river port\n  place:1:\n    name: 港口\n');
  const curation = CurationFile.read(file);
  curation.addMerge({ into: 'company:1', from: 'company:2', intoName: '星河', fromName: '星河公司', type: 'Company' });
  curation.setNode('place:1', { alias: '老港' });
  curation.setNode('place:1', { alias: '老港' });
  curation.save();
  const text = readFileSync(file, 'utf8');
  assert.match(text, /^# our decisions\nnodes:\n  # the river port\n  place:1:\n    name: 港口\n    aliases: \[ 老港 \]\nmerge:\n/);
  const again = CurationFile.read(file).curation;
  assert.deepEqual(again.merges.map((m) => [m.into, m.from, m.type, m.source]), [['company:1', 'company:2', 'Company', 'curation']]);
  assert.deepEqual(again.nodes.get('place:1'), { name: '港口', aliases: ['老港'] });
});

test('a split takes the merge out and keeps the pair distinct; a merge again takes the distinct entry out', () => {
  const file = fileWith('');
  const curation = CurationFile.read(file);
  curation.addMerge({ into: 'a:1', from: 'a:2', intoName: 'x', fromName: 'y' });
  assert.equal(curation.removeMerges('a:2', 'a:1'), 1);
  curation.addDistinct('a:1', 'x', 'a:2', 'y');
  assert.deepEqual(curation.decisions().distinct, [['a:1', 'a:2']]);
  curation.addMerge({ into: 'a:1', from: 'a:2', intoName: 'x', fromName: 'y' });
  assert.deepEqual([curation.decisions().distinct, curation.decisions().merges.length], [[], 1]);
});

test('the file is --curation, else WUTONG_CURATION, else curation.yaml where the command runs', () => {
  assert.equal(curationPath('my.yaml', { WUTONG_CURATION: 'env.yaml' }, '/data'), '/data/my.yaml');
  assert.equal(curationPath(undefined, { WUTONG_CURATION: '/x/env.yaml' }, '/data'), '/x/env.yaml');
  assert.equal(curationPath(undefined, {}, '/data'), '/data/curation.yaml');
});

test('words and names are lists of surfaces, read as written', () => {
  const read = CurationFile.read(fileWith('# what the tagger got wrong\nwords: [ 颜值, Logo ]\nnames:\n  - 星河\n')).curation;
  assert.deepEqual([read.words, read.names], [['颜值', 'Logo'], ['星河']]);
});
