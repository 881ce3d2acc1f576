import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createExtractor } from '../extract';
import { buildPaths, createCurator } from '../pipeline';
import { duplicateFolder } from '../../test/support/articles';
import { resetDatabase, testConfig, testDriver, testStore } from '../../test/support/neo4j';
import { openViewer, SHOTS, type ViewerSession } from '../../test/support/viewer';
import type { Curator } from '.';

/**
 * Duplicates to review, in real headless Chromium: two articles of our own name one firm two ways;
 * the viewer lists the finder's suggestion with its evidence, "not the same" writes a distinct pair
 * into the curation file and the suggestion is not listed again (accept is tested in curation.test.ts).
 */
const driver = testDriver();
const store = testStore();
const extractor = createExtractor();
const curationFile = path.join(mkdtempSync(path.join(tmpdir(), 'wutong-review-')), 'curation.yaml');
let viewer: ViewerSession;
let curator: Curator;

const listed = (page: ViewerSession['page']) => page.$$eval('#suggest-list > li', (items) => items.map((li) => ({
  from: li.getAttribute('data-from') ?? '', into: li.getAttribute('data-into') ?? '', text: li.textContent ?? '',
})));

before(async () => {
  await resetDatabase(driver);
  await buildPaths([duplicateFolder()], { store, extractor });
  curator = createCurator(store, { curationFile, extractor: async () => extractor, log: () => undefined });
  viewer = await openViewer(testConfig(), { nodeLimit: 100, timeoutMs: 5000, rowCap: 100, label: 'suggestions-e2e' }, curator);
});

after(async () => {
  await viewer?.close();
  await store.close();
  await driver.close();
});

test('the review list shows the suggestion with its evidence; "not the same" writes a distinct pair and it is not listed again', { timeout: 90_000 }, async () => {
  const { page } = viewer;
  await page.goto(viewer.server.url);
  await page.click('#suggest-load');
  await page.waitForSelector('#suggest-list > li', { timeout: 30_000 });
  const shown = await listed(page);
  const pair = shown.find((s) => /青禾/.test(s.text));
  assert.ok(pair, JSON.stringify(shown));
  assert.match(pair.text, /its registered name/);
  await page.screenshot({ path: `${SHOTS}suggestions-listed.png` });
  assert.equal(existsSync(curationFile), false);
  await page.click(`#suggest-list > li[data-from="${pair.from}"] button[data-verdict="reject"]`);
  await page.waitForFunction((from) => !document.querySelector(`#suggest-list > li[data-from="${from}"]`), pair.from);
  await curator.idle();
  assert.match(readFileSync(curationFile, 'utf8'), /distinct:/);
  await page.click('#suggest-load');
  await page.waitForFunction(() => /\S/.test(document.querySelector('#suggest-message')?.textContent ?? ''));
  assert.ok(!(await listed(page)).some((s) => s.from === pair.from && s.into === pair.into), 'a rejected pair is not suggested again');
});
