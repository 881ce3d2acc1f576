import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isCorpusFile, readCorpus, type CorpusFieldNames } from '.';
import { isWutongError } from '../shared/errors';

const dir = mkdtempSync(path.join(tmpdir(), 'wutong-corpus-'));
const BOM = '\uFEFF';

/** What reading a corpus file gives, one short line per row: the article's parts or the bad row's line and reason. */
async function rowsOf(name: string, content: string | Buffer, fields: CorpusFieldNames = {}): Promise<string[]> {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  const out: string[] = [];
  for await (const item of readCorpus(file, fields)) {
    if ('article' in item) {
      const { title, text, published, corpus, index } = item.article;
      const body = text.slice(title.length + 1).replaceAll('\n', '|');
      out.push([`#${index} line ${corpus?.line}`, title, body, published ?? '-', corpus?.id ?? '-', corpus?.url ?? '-', corpus?.publisher ?? '-'].join(' / '));
    } else {
      out.push(`bad line ${item.line}: ${item.reason}`);
    }
  }
  return out;
}

const jsonl = (...rows: unknown[]) => rows.map((row) => (typeof row === 'string' ? row : JSON.stringify(row))).join('\n') + '\n';

const CASES: { label: string; name: string; content: string | Buffer; fields?: CorpusFieldNames; expected: string[] }[] = [
  {
    label: 'JSON lines with every field detected by its usual name',
    name: 'plain.jsonl',
    content: jsonl({ id: 'n-1', title: '青禾科技与临江大学签约', text: '青禾科技有限公司与临江大学签订合作协议。\n双方共建实验室。', date: '2024-03-05 09:30', url: 'https://example.test/1', source: '临江日报' }),
    expected: ['#0 line 1 / 青禾科技与临江大学签约 / 青禾科技有限公司与临江大学签订合作协议。|双方共建实验室。 / 2024-03-05 / n-1 / https://example.test/1 / 临江日报'],
  },
  {
    label: 'other names for the fields, in other cases: content, Headline, published (Unix seconds), link',
    name: 'names.ndjson',
    content: jsonl({ Headline: '远山电力新厂投产', content: '远山电力股份有限公司新厂投产。', published: 1709596800, link: 'https://example.test/2', _id: 7 }),
    expected: ['#0 line 1 / 远山电力新厂投产 / 远山电力股份有限公司新厂投产。 / 2024-03-05 / 7 / https://example.test/2 / -'],
  },
  {
    label: 'fields named by flags win over detection',
    name: 'flags.jsonl',
    content: jsonl({ text: 'a summary, not the article', story: 'Harbor Bank opened a branch.\nIt hired ten people.', key: 'k9' }),
    fields: { text: 'story', id: 'key' },
    expected: ['#0 line 1 / Harbor Bank opened a branch. / It hired ten people. / - / k9 / - / -'],
  },
  {
    label: 'a row without a title takes its first line; blank lines between rows are not rows',
    name: 'untitled.jsonl',
    content: `${jsonl({ text: '石门县召开工作会议\n县长出席会议。' })}\n\n${jsonl({ text: '单行消息。' })}`,
    expected: ['#0 line 1 / 石门县召开工作会议 / 县长出席会议。 / - / - / - / -', '#1 line 4 / 单行消息。 /  / - / - / - / -'],
  },
  {
    label: 'bad JSON lines are named with their line and the rows after them still come',
    name: 'bad.jsonl',
    content: jsonl({ id: 1, text: '第一条。' }, '{"id": 2, "text": ', '[1, 2]', { id: 4, title: '只有标题' }, { id: 5, text: '   ' }, { id: 6, text: '第六条。' }),
    expected: [
      '#0 line 1 / 第一条。 /  / - / 1 / - / -',
      'bad line 2: not valid JSON (Unexpected end of JSON input)',
      'bad line 3: not a JSON object',
      'bad line 4: no text field (looked for text, content, body, article, fulltext, full_text, maintext)',
      'bad line 5: no text in field text',
      '#1 line 6 / 第六条。 /  / - / 6 / - / -',
    ],
  },
  {
    label: 'a BOM before the first JSON line',
    name: 'bom.jsonl',
    content: BOM + jsonl({ text: '带字节顺序标记的一行。' }),
    expected: ['#0 line 1 / 带字节顺序标记的一行。 /  / - / - / - / -'],
  },
  {
    label: 'gzipped JSON lines',
    name: 'packed.jsonl.gz',
    content: gzipSync(jsonl({ id: 'g1', text: '压缩文件中的第一条。' }, { id: 'g2', text: '压缩文件中的第二条。' })),
    expected: ['#0 line 1 / 压缩文件中的第一条。 /  / - / g1 / - / -', '#1 line 2 / 压缩文件中的第二条。 /  / - / g2 / - / -'],
  },
  {
    label: 'CSV with a BOM, quoted newlines and commas: a row starts on the line after the one before ends',
    name: 'quoted.csv',
    content: `${BOM}id,title,body,pubdate\r\nc1,"临江, 春季招聘","第一段，有逗号。\r\n第二段。",2024年3月5日\r\nc2,第二条,第二条正文。,\r\n`,
    expected: ['#0 line 2 / 临江, 春季招聘 / 第一段，有逗号。|第二段。 / 2024-03-05 / c1 / - / -', '#1 line 4 / 第二条 / 第二条正文。 / - / c2 / - / -'],
  },
  {
    label: 'CSV rows with the wrong number of fields and an unclosed quote are named by line; a stray quote in a field is text',
    name: 'bad.csv',
    content: 'id,title,text\n1,一,"第一条\n两行"\n2,二\n3,三,第三条,多一列\n4,"四"号,第四条\n5,五,"没有结尾\n6,六,第六条\n',
    expected: [
      '#0 line 2 / 一 / 第一条|两行 / - / 1 / - / -',
      'bad line 4: 2 field(s) where the header has 3',
      'bad line 5: 4 field(s) where the header has 3',
      '#1 line 6 / "四"号 / 第四条 / - / 4 / - / -',
      'bad line 7: a quote opened here is never closed: the rest of the file is this one broken row',
    ],
  },
  {
    label: 'gzipped CSV',
    name: 'packed.csv.gz',
    content: gzipSync('content,headline\n压缩表格正文。,压缩表格\n'),
    expected: ['#0 line 2 / 压缩表格 / 压缩表格正文。 / - / - / - / -'],
  },
];

for (const c of CASES) {
  test(`corpus rows: ${c.label}`, async () => {
    assert.deepEqual(await rowsOf(c.name, c.content, c.fields), c.expected);
  });
}

/** The first half of a gzip stream: rows that inflate, then an end where more was promised. */
const cut = (bytes: Buffer): Buffer => bytes.subarray(0, Math.floor(bytes.length / 2));

const FAILURES: { label: string; name: string; content?: string | Buffer; fields?: CorpusFieldNames; message: RegExp }[] = [
  { label: 'a CSV header without a text column', name: 'no-text.csv', content: 'id,title\n1,一\n', message: /no-text\.csv: line 1: no text column \(looked for text, content, body.*; the header has id, title\)$/u },
  { label: 'a text column named by flag that the header lacks', name: 'named.csv', content: 'id,text\n1,一\n', fields: { text: 'story' }, message: /named\.csv: line 1: no text column \(looked for story; the header has id, text\)$/u },
  { label: 'a missing file', name: 'missing.jsonl', message: /missing\.jsonl: cannot read file \(ENOENT\)$/u },
  { label: 'a gzip stream broken after its first rows', name: 'broken.jsonl.gz', content: cut(gzipSync(jsonl(...Array.from({ length: 400 }, (_, n) => ({ text: `第${n}条消息：${createHash('sha256').update(String(n)).digest('hex')}` }))))), message: /broken\.jsonl\.gz: cannot read on after line \d+ \(Z_BUF_ERROR\)$/u },
];

for (const c of FAILURES) {
  test(`corpus file refused in one line: ${c.label}`, async () => {
    const read = c.content === undefined ? readCorpus(path.join(dir, c.name)).next() : rowsOf(c.name, c.content, c.fields);
    await assert.rejects(read, (error: unknown) => {
      assert.ok(isWutongError(error), String(error));
      assert.match(error.message, c.message);
      assert.doesNotMatch(error.message, /\n/u);
      return true;
    });
  });
}

test('corpus file names: .jsonl .ndjson .csv, each also gzipped; nothing else', () => {
  const table: [string, boolean][] = [['a.jsonl', true], ['a.NDJSON', true], ['a.csv.gz', true], ['a.jsonl.gz', true], ['a.json', false], ['a.txt.gz', false], ['a.gz', false]];
  assert.deepEqual(table.map(([name]) => [name, isCorpusFile(name)]), table);
});

/**
 * A 200 MB JSON lines file (gzipped on disk) read in a process whose heap may not exceed 64 MB: a
 * reader that held the file, or its text, would run out of memory there.
 */
test('a corpus file larger than the heap allowed is read a row at a time in flat memory', () => {
  const file = path.join(dir, 'large.jsonl.gz');
  const row = (n: number) => JSON.stringify({ id: `big-${n}`, title: `第${n}条`, text: `临江市第${n}次工作会议召开。`, filler: '备用字段'.repeat(1000) }) + '\n';
  const rows = 20_000;
  const plain = path.join(dir, 'large.jsonl');
  const fd = openSync(plain, 'w');
  for (let n = 0; n < rows; n++) writeSync(fd, row(n));
  closeSync(fd);
  const bytes = statSync(plain).size;
  assert.ok(bytes > 200 * 2 ** 20, `the file holds ${bytes} bytes`);
  const gz = spawnSync('gzip', ['-1', '-c', plain], { maxBuffer: 2 ** 30 });
  writeFileSync(file, gz.stdout);
  rmSync(plain);
  const script = `
    import { readCorpus } from ${JSON.stringify(path.resolve(import.meta.dirname, 'index.ts'))};
    let count = 0, peak = 0;
    for await (const item of readCorpus(${JSON.stringify(file)})) {
      if ('article' in item) count++;
      if (count % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    console.log(JSON.stringify({ count, peak }));`;
  const run = spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '../..') });
  assert.equal(run.status, 0, run.stderr.slice(-2000));
  const { count, peak } = JSON.parse(run.stdout.trim().split('\n').pop()!) as { count: number; peak: number };
  assert.equal(count, rows);
  assert.ok(peak < 64 * 2 ** 20, `heap peaked at ${(peak / 2 ** 20).toFixed(1)} MB`);
  rmSync(file);
});
