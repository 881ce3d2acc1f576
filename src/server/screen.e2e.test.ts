import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { clearDatabase, seedGraph } from './fixtures/seed';
import { DATED_HUB, datedFixture, datedWindow } from './fixtures/dated';
import { testConfig, testDriver } from '../../test/support/neo4j';
import { openViewer, SHOTS, type ViewerSession } from '../../test/support/viewer';

/**
 * The first screen and the timeline in real headless Chromium on a dated corpus: labels drawn and
 * none overlapping, co-mentions hidden beside typed links and shown with one click, the slider
 * narrowing the graph to a month and back (read again from Neo4j), an "as of" date, the panel's
 * months. Counts are read from the line under the canvas, as a user reads them.
 */
const config = testConfig();
const fixture = datedFixture();
let viewer: ViewerSession;
let page: Page;

interface Box { node: string; x: number; y: number; width: number; height: number }
type Hooks = { ready?: boolean; timelineReady?: boolean; labelBoxes(): Box[] };
const shot = (name: string) => page.screenshot({ path: `${SHOTS}screen-${name}.png` });

async function counts(): Promise<{ nodes: number; edges: number; text: string }> {
  const text = (await page.textContent('#counts')) ?? '';
  const [nodes, , edges] = [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return { nodes: nodes ?? -1, edges: edges ?? -1, text };
}

async function countsChange(from: string): Promise<{ nodes: number; edges: number; text: string }> {
  await page.waitForFunction((text) => document.getElementById('counts')?.textContent !== text, from, { timeout: 20_000 });
  return counts();
}

/** The labels sigma drew in its last frame: at least `least`, no two overlapping. */
async function labelsClear(least: number): Promise<void> {
  const boxes = await page.evaluate(() => (window as unknown as { __wutong: Hooks }).__wutong.labelBoxes());
  assert.ok(boxes.length >= least, `labels drawn: ${boxes.length}`);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      assert.ok(!(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height), `labels of ${a.node} and ${b.node} overlap`);
    }
  }
}

before(async () => {
  const driver = testDriver();
  try {
    await clearDatabase(driver, config.database);
    await seedGraph(driver, fixture, config.database);
  } finally {
    await driver.close();
  }
  viewer = await openViewer(config, { nodeLimit: 300, timeoutMs: 5000, rowCap: 500, label: 'e2e-screen' });
  page = viewer.page;
  await page.setViewportSize({ width: 1440, height: 900 });
});

after(async () => {
  await viewer?.close();
});

test('the first screen: labels that do not overlap, typed links first, co-mentions one click away', { timeout: 90_000 }, async () => {
  await page.goto(viewer.server.url);
  await page.waitForFunction(() => (window as unknown as { __wutong?: Hooks }).__wutong?.ready === true, null, { timeout: 20_000 });
  await page.waitForTimeout(300);
  await labelsClear(20);
  const all = datedWindow(fixture, '', '');
  const typedOnly = await counts();
  assert.deepEqual([typedOnly.nodes, typedOnly.edges], [all.entities, all.typed], `typed links only at first: ${typedOnly.text}`);
  await shot('1-first');

  const toggle = page.locator('#comentions-toggle');
  assert.match((await toggle.textContent()) ?? '', new RegExp(`${all.comentions}`), 'the button says how many co-mentions it brings');
  await toggle.click();
  const withComentions = await countsChange(typedOnly.text);
  assert.equal(withComentions.edges, all.typed + all.comentions, `co-mentions shown: ${withComentions.text}`);
  await shot('2-comentions');
  await toggle.click();
  assert.equal((await countsChange(withComentions.text)).edges, all.typed, 'and hidden again');
});

test('the time slider narrows the graph to a month and back; "as of" shows the graph as it stood', { timeout: 90_000 }, async () => {
  await page.waitForFunction(() => (window as unknown as { __wutong: Hooks }).__wutong.timelineReady === true, null, { timeout: 20_000 });
  const months = await page.$$eval('#timeline .bar', (bars) => bars.map((b) => (b as HTMLElement).dataset.month));
  assert.deepEqual(months, ['2025-01', '2025-02', '2025-03']);
  const before = await counts();
  await page.evaluate(() => {
    for (const id of ['time-from', 'time-to']) (document.getElementById(id) as HTMLInputElement).value = '1';
    document.getElementById('time-to')!.dispatchEvent(new Event('change'));
  });
  const february = await countsChange(before.text);
  const expected = datedWindow(fixture, '2025-02-01', '2025-02-28');
  assert.deepEqual([february.nodes, february.edges], [expected.entities, expected.typed], `February: ${february.text}`);
  assert.ok(february.nodes < before.nodes, 'a month holds less than all time');
  await page.waitForTimeout(300);
  await labelsClear(10);
  assert.match((await page.textContent('#time-range')) ?? '', /2025-02-01.*2025-02-28/);
  assert.match(new URL(page.url()).search, /from=2025-02-01&to=2025-02-28/, 'the window is in the link');
  await shot('3-february');

  await page.click('#time-all');
  const back = await countsChange(february.text);
  assert.deepEqual([back.nodes, back.edges], [before.nodes, before.edges], 'back to all time');

  await page.fill('#as-of', '2025-01-31');
  await page.dispatchEvent('#as-of', 'change');
  const asOf = await countsChange(back.text);
  const january = datedWindow(fixture, '', '2025-01-31');
  assert.deepEqual([asOf.nodes, asOf.edges], [january.entities, january.typed], `as of 31 January: ${asOf.text}`);
  await shot('4-as-of');
  await page.click('#time-all');
  await countsChange(asOf.text);
});

test('the panel shows when an entity was mentioned, and with whom', { timeout: 60_000 }, async () => {
  await page.fill('#search', '枫林镇');
  await page.waitForSelector(`#search-results li[data-id="${DATED_HUB}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel:not([hidden]) .mention-months li');
  const rows = await page.$$eval('.mention-months li', (items) => items.map((li) => [(li as HTMLElement).dataset.month, li.querySelector('.weight')?.textContent]));
  const perMonth = ['2025-01', '2025-02', '2025-03'].map((m) => [m, String(fixture.articles.filter((a) => a.published.startsWith(m)).length)]);
  assert.deepEqual(rows, perMonth);
  await shot('5-panel');
});
