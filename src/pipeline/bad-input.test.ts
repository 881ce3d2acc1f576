import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, closeSync, rmSync, writeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildPaths, type BuildEvent, type BuildOptions } from '.';
import { createExtractor, type Extractor } from '../extract';
import { isWutongError } from '../shared/errors';
import { countyReport, deepPage, longReport } from '../../test/support/articles';
import { resetDatabase, runCli, testDriver, testStore } from '../../test/support/neo4j';

const driver = testDriver();
const store = testStore();
const extractor = createExtractor();
after(async () => {
  await store.close();
  await driver.close();
});

const folder = (files: Record<string, string>): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-bad-input-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
};

/** A text file of `megabytes` MB: real lines of text, so only its size is wrong with it. */
function writeHugeText(file: string, megabytes: number): void {
  const block = Buffer.from(`${countyReport(7)}\n\n`.repeat(200));
  const fd = openSync(file, 'w');
  try {
    for (let written = 0; written < megabytes * 2 ** 20; written += block.length) writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
}

async function storedSources(): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (a:Article) RETURN DISTINCT a.source AS source ORDER BY source');
  return records.map((r) => path.basename(r.get('source') as string));
}

const DEEP_LINE = '湘潭县人民医院与株洲华锐电子科技有限公司共建职工健康服务站。';

test('a 5,000-deep HTML file and a 50 MB file beside good files: the good ones and the deep page land, the big one is one line, exit 1', async () => {
  await resetDatabase(driver);
  const dir = folder({ 'a-good.txt': countyReport(1), 'b-deep.html': deepPage(5000, DEEP_LINE), 'd-good.txt': countyReport(4) });
  writeHugeText(path.join(dir, 'c-huge.txt'), 50);
  const run = await runCli(['build', dir]);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const named = (name: string) => run.stdout.split('\n').filter((line) => line.includes(name));
  assert.equal(named('c-huge.txt').length, 1, run.stdout);
  assert.match(named('c-huge.txt')[0]!, /c-huge\.txt: 50(\.\d)? MB, over the limit of 32 MB per file$/u);
  for (const good of ['a-good.txt', 'b-deep.html', 'd-good.txt']) assert.deepEqual(named(good), [], `${good} is not reported as skipped`);
  assert.match(run.stdout, /Built 4 file\(s\) in [\d.]+ s: 3 article\(s\) added, 0 unchanged, 0 removed\n/u);
  assert.match(run.stdout, /Skipped 1 file\(s\):/u);
  assert.doesNotMatch(run.stdout + run.stderr, /RangeError|at .*\.ts:\d+/u, 'no stack');
  assert.deepEqual(await storedSources(), ['a-good.txt', 'b-deep.html', 'd-good.txt']);
  const deep = await driver.executeQuery("MATCH (a:Article) WHERE a.source ENDS WITH 'b-deep.html' RETURN a.text AS text");
  assert.ok((deep.records[0]!.get('text') as string).split('\n').includes(DEEP_LINE), 'the deep paragraph is the article text');
  rmSync(dir, { recursive: true, force: true });
});

/** The real extractor on this thread, failing the way a broken or hung extractor would on one marked article. */
function failingOn(marker: string, failure: 'throws' | 'hangs'): Extractor {
  return {
    name: extractor.name,
    version: extractor.version,
    extract(input) {
      if (!input.text.includes(marker)) return extractor.extract(input);
      return failure === 'throws' ? Promise.reject(new TypeError('tagger tables out of step')) : new Promise(() => {});
    },
  };
}

const MARKER = '星沙第七批项目';

const failures: { label: string; bad: string; options: Partial<BuildOptions>; reason: RegExp }[] = [
  {
    label: 'an article past its time budget in a worker thread is stopped, and the worker replaced for the files after it',
    bad: longReport(1_000_000),
    // 3 s: a short article in a fresh worker stays far under it on a loaded machine; the long one takes tens of seconds.
    options: { limits: { articleMs: 3000 } },
    reason: /^extraction ran past its time budget of 3 s$/u,
  },
  {
    label: 'an article whose extraction throws on this thread',
    bad: `${MARKER}\n\n${countyReport(9)}`,
    options: { extractor: failingOn(MARKER, 'throws') },
    reason: /^extraction failed \(TypeError: tagger tables out of step\)$/u,
  },
  {
    label: 'an article whose extraction never answers on this thread (an LLM that hangs)',
    bad: `${MARKER}\n\n${countyReport(9)}`,
    options: { extractor: failingOn(MARKER, 'hangs'), limits: { articleMs: 300 } },
    reason: /^extraction ran past its time budget of 0\.3 s$/u,
  },
  {
    label: 'an article over the length limit',
    bad: longReport(6000),
    options: { limits: { maxArticleChars: 5000 } },
    reason: /^6,0\d\d characters, over the limit of 5,000 per article$/u,
  },
];

for (const c of failures) {
  test(`${c.label}: skipped and named once, the files beside it land`, async () => {
    await resetDatabase(driver);
    const dir = folder({ 'a.txt': countyReport(11), 'b.txt': c.bad, 'c.txt': countyReport(12), 'd.txt': countyReport(13) });
    const events: BuildEvent[] = [];
    const summary = await buildPaths([dir], { store, extractor, batchSize: 2, onEvent: (e) => events.push(e), ...c.options });
    assert.equal(summary.skippedArticles.length, 1, JSON.stringify(summary.skippedArticles));
    const [skipped] = summary.skippedArticles;
    assert.equal(path.basename(skipped!.path), 'b.txt');
    assert.equal(skipped!.index, 0);
    assert.match(skipped!.reason, c.reason);
    assert.equal(events.filter((e) => e.kind === 'skipped-article').length, 1);
    assert.deepEqual(summary.skipped, []);
    assert.equal(summary.articlesAdded, 3);
    assert.deepEqual(await storedSources(), ['a.txt', 'c.txt', 'd.txt']);
  });
}

test('the CLI names a skipped article in one line with its file and headline, and exits 1', async () => {
  await resetDatabase(driver);
  const dir = folder({ 'a.txt': countyReport(14), 'b.txt': longReport(6000) });
  const run = await runCli(['build', dir, '--max-article-chars', '5000']);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  const lines = run.stdout.split('\n').filter((line) => line.includes('b.txt'));
  assert.equal(lines.length, 1, run.stdout);
  assert.match(lines[0]!, /b\.txt article 1 "湘江两岸园区一年项目汇编": 6,0\d\d characters, over the limit of 5,000 per article$/u);
  assert.match(run.stdout, /1 article\(s\) added, 0 unchanged, 0 removed, 1 skipped/u);
});

test('an error mid-build still writes the articles already reported as new', async () => {
  await resetDatabase(driver);
  const dir = folder(Object.fromEntries(Array.from({ length: 6 }, (_, n) => [`${n}.txt`, countyReport(20 + n)])));
  const reported: string[] = [];
  const failing = buildPaths([dir], {
    store,
    extractor,
    onEvent(event) {
      if (event.kind !== 'file') return;
      if (event.done === 4) throw new Error('progress display broke');
      if (event.added > 0) reported.push(path.basename(event.path));
    },
  });
  await assert.rejects(failing, /progress display broke/u);
  assert.equal(reported.length, 3);
  const stored = await storedSources();
  assert.deepEqual(reported.filter((file) => !stored.includes(file)), [], `reported new but not stored; stored: ${stored.join(' ')}`);
});

test('a worker whose extractor version differs from this thread stops the build with one line', async () => {
  await resetDatabase(driver);
  const dir = folder({ 'a.txt': countyReport(30) });
  const impostor: Extractor = { ...extractor, name: extractor.name, version: 'not-this-one', extract: extractor.extract.bind(extractor) };
  await assert.rejects(buildPaths([dir], { store, extractor: impostor }), (error: unknown) => {
    assert.ok(isWutongError(error, 'PIPELINE_WORKER'), String(error));
    assert.match(error.message, /extractor version .* not-this-one/u);
    assert.doesNotMatch(error.message, /\n/u);
    return true;
  });
});

test('a file too large is named as soon as it is read, before the files ahead of it have landed', async () => {
  await resetDatabase(driver);
  const dir = folder({ 'a-good.txt': countyReport(2), 'b-good.txt': countyReport(3) });
  writeFileSync(path.join(dir, 'c-big.txt'), countyReport(5).repeat(40));
  const events: BuildEvent[] = [];
  const summary = await buildPaths([dir], { store, extractor, limits: { maxFileBytes: 4096 }, onEvent: (event) => events.push(event) });
  const at = (match: (event: BuildEvent) => boolean) => events.findIndex(match);
  const skipped = at((e) => e.kind === 'skipped' && path.basename(e.file.path) === 'c-big.txt');
  assert.ok(skipped >= 0, 'the big file is named');
  assert.ok(skipped < at((e) => e.kind === 'file' && path.basename(e.path) === 'a-good.txt'), 'named before the first file lands');
  assert.equal(events.filter((e) => e.kind === 'skipped').length, 1, 'named once');
  assert.deepEqual(summary.skipped.map((s) => path.basename(s.path)), ['c-big.txt']);
  assert.equal(summary.articlesAdded, 2);
  rmSync(dir, { recursive: true, force: true });
});
