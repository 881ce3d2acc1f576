import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildPaths } from '../pipeline';
import { createExtractor } from '../extract';
import { GraphStore, neo4jConfigFromEnv } from '../store';
import { launchChromium, startServer } from '.';
import { resetDatabase } from '../../test/support/neo4j';
import { openViewer, SHOTS, type ViewerSession } from '../../test/support/viewer';

/**
 * The user's path through the viewer in real headless Chromium, on the graph built from examples/:
 * search in Chinese and in pinyin, read the evidence, run a read query, see a write refused, reload
 * from the copied URL. Each step leaves a screenshot in screenshots/e2e/.
 */
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const config = neo4jConfigFromEnv(process.env);
let viewer: ViewerSession;
let page: Page;

const shot = (name: string) => page.screenshot({ path: `${SHOTS}${name}.png` });
const ready = (p: Page) => p.waitForFunction(() => (window as unknown as { __wutong?: { ready?: boolean } }).__wutong?.ready === true, null, { timeout: 20_000 });

before(async () => {
  const store = new GraphStore(config);
  try {
    await resetDatabase(store.connection.driver);
    await buildPaths([EXAMPLES], { store, extractor: createExtractor() });
  } finally {
    await store.close();
  }
  viewer = await openViewer(config, { nodeLimit: 5000, timeoutMs: 5000, rowCap: 500, label: 'e2e' });
  page = viewer.page;
});

after(async () => {
  await viewer?.close();
});

async function searchFor(text: string): Promise<string[]> {
  await page.fill('#search', '');
  await page.type('#search', text);
  await page.waitForSelector('#search-results li[data-id]', { timeout: 5000 });
  return page.$$eval('#search-results li[data-id] span:first-child', (items) => items.map((i) => i.textContent ?? ''));
}

test('a user explores the example graph in the browser', { timeout: 90_000 }, async () => {
  await page.goto(viewer.server.url);
  await ready(page);
  const counts = await page.textContent('#counts');
  assert.match(counts ?? '', /[1-9]\d* \/ [1-9]/, 'the canvas shows nodes');
  await shot('01-opened');

  const chinese = await searchFor('郴州');
  // A hit is the name or, shown after it, the alias that matched (北湖区 · 郴州市北湖区).
  const hitLines = await page.$$eval('#search-results li[data-id]', (items) => items.map((i) => i.textContent ?? ''));
  assert.ok(hitLines.length > 0 && hitLines.every((line) => line.includes('郴州')), `Chinese substring hits: ${hitLines}`);
  assert.ok(chinese.some((name) => /郴州经(开区|济开发区)$/.test(name)), `the zone is among the hits: ${chinese}`);
  await shot('02-search-chinese');

  const initials = await searchFor('czjkq');
  assert.ok(initials.some((name) => /郴州经(开区|济开发区)$/.test(name)), `pinyin initials find the zone: ${initials}`);
  const pinyin = await searchFor('chenzhou');
  assert.ok(pinyin[0]?.includes('郴州'), `pinyin hits: ${pinyin}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel:not([hidden]) h2');
  assert.equal(await page.textContent('#panel h2'), pinyin[0]);
  await shot('03-search-pinyin-selected');

  const target = await page.evaluate(() => {
    const hooks = (window as unknown as { __wutong: { graph: { filterNodes(f: (k: string, a: { label: string }) => boolean): string[] }; screenPosition(id: string): { x: number; y: number } } }).__wutong;
    const [id] = hooks.graph.filterNodes((_k, a) => /^郴州经(开区|济开发区)$/.test(a.label));
    return id === undefined ? null : { id, label: (hooks.graph as unknown as { getNodeAttribute(id: string, key: string): string }).getNodeAttribute(id, 'label'), ...hooks.screenPosition(id) };
  });
  assert.ok(target, 'the zone is on the canvas, next to the city the search centred');
  const zone = target.label;
  await page.waitForTimeout(600);
  const box = (await page.locator('#graph').boundingBox())!;
  const moved = await page.evaluate((id) => (window as unknown as { __wutong: { screenPosition(id: string): { x: number; y: number } } }).__wutong.screenPosition(id), target.id);
  await page.mouse.click(box.x + moved.x, box.y + moved.y);
  await page.waitForFunction((name) => document.querySelector('#panel h2')?.textContent === name, zone, { timeout: 5000 });
  const evidence = await page.$$eval('#panel .evidence', (items) => items.map((e) => ({
    sentence: e.querySelector('blockquote')?.textContent ?? '', marks: [...e.querySelectorAll('mark')].map((m) => m.textContent), source: e.querySelector('.evidence-source')?.textContent ?? '',
  })));
  assert.ok(evidence.length > 0, 'relationships come with evidence');
  const marked = evidence.find((e) => e.marks.some((m) => m?.startsWith('郴州经')));
  assert.ok(marked, `a sentence marks the zone: ${JSON.stringify(evidence)}`);
  assert.ok(marked.marks.every((m) => m !== null && marked.sentence.includes(m)) && marked.source.length > 0, 'the sentence and its article are shown');
  assert.ok(page.url().includes('sel='), 'the selection is in the URL');
  await shot('04-evidence-panel');

  const query = 'MATCH (a:Entity)-[r:PARTNERS_WITH]->(b:Entity) RETURN a, r, b LIMIT 25';
  await page.fill('#cypher', query);
  await page.click('#run');
  await page.waitForFunction(() => /\d/.test(document.querySelector('#cypher-message')?.textContent ?? '') && !document.querySelector('#cypher-message.error'), null, { timeout: 10_000 });
  const shown = await page.evaluate(() => {
    const hooks = (window as unknown as { __wutong: { graph: { filterNodes(f: (k: string) => boolean): string[]; order: number } } }).__wutong;
    return hooks.graph.order;
  });
  assert.ok(shown > 0);
  const focusCount = Number(/(\d+) \//.exec((await page.textContent('#counts')) ?? '')?.[1]);
  assert.ok(focusCount > 0 && focusCount < shown, `the canvas shows the subgraph only (${focusCount} of ${shown})`);
  await shot('05-read-query-subgraph');

  await page.fill('#cypher', "CREATE (x:Intruder {name: '闯入者'}) RETURN x");
  await page.click('#run');
  await page.waitForSelector('#cypher-message.error', { timeout: 10_000 });
  const refusal = (await page.textContent('#cypher-message')) ?? '';
  assert.match(refusal, /GRAPH_QUERY_REFUSED/);
  assert.match(refusal, /refused a write/);
  await shot('06-write-refused');

  const url = page.url();
  assert.ok(url.includes('cypher=') && url.includes('cam='), `the URL carries the query and the camera: ${url}`);
  const camera = await page.evaluate(() => (window as unknown as { __wutong: { sigma: { getCamera(): { getState(): { x: number; y: number; ratio: number } } } } }).__wutong.sigma.getCamera().getState());
  const second = await viewer.browser.context.newPage();
  const queriesSent: string[] = [];
  second.on('request', (request) => { if (new URL(request.url()).pathname === '/api/cypher') queriesSent.push(request.postData() ?? ''); });
  await second.goto(url);
  await ready(second);
  await second.waitForSelector('#panel:not([hidden]) h2');
  assert.equal(await second.textContent('#panel h2'), zone);
  // A link's query is shown for the user to read, and runs only when the user presses Run.
  assert.equal(await second.inputValue('#cypher'), query, 'the query is in the box');
  assert.match((await second.textContent('#cypher-message')) ?? '', /尚未运行/, 'the box says it has not run');
  assert.equal(await second.$$eval('#cypher-table *', (cells) => cells.length), 0, 'no result table');
  await second.waitForTimeout(500);
  assert.deepEqual(queriesSent, [], 'no request to /api/cypher on opening the link');
  const unfocused = Number(/(\d+) \//.exec((await second.textContent('#counts')) ?? '')?.[1]);
  assert.ok(unfocused > focusCount, `the whole graph is shown, not the query's subgraph (${unfocused} > ${focusCount})`);
  await second.screenshot({ path: `${SHOTS}07-link-opened-query-shown.png` });
  await second.click('#run');
  await second.waitForFunction(() => /\d/.test(document.querySelector('#cypher-message')?.textContent ?? ''), null, { timeout: 10_000 });
  assert.equal(queriesSent.length, 1, 'Run sends the query once');
  assert.equal(JSON.parse(queriesSent[0]!).query, query);
  assert.equal(await second.textContent('#counts'), await page.textContent('#counts'), 'after Run, the same subgraph is shown');
  const reopened = await second.evaluate(() => (window as unknown as { __wutong: { sigma: { getCamera(): { getState(): { x: number; y: number; ratio: number } } } } }).__wutong.sigma.getCamera().getState());
  for (const key of ['x', 'y', 'ratio'] as const) assert.ok(Math.abs(reopened[key] - camera[key]) < 1e-3, `camera ${key}`);
  await second.screenshot({ path: `${SHOTS}08-reopened-and-run.png` });
});

test('on another host the page works behind its password, which the browser is asked for', { timeout: 60_000 }, async () => {
  const password = 'e2e 梧桐 password';
  const open = await startServer(viewer.source, '0.0.0.0', 0, { password });
  const wide = await launchChromium({ httpCredentials: { username: 'me', password } });
  try {
    const page = await wide.context.newPage();
    const statuses: number[] = [];
    page.on('response', (response) => { if (new URL(response.url()).pathname.startsWith('/api/')) statuses.push(response.status()); });
    await page.goto(`http://127.0.0.1:${new URL(open.url).port}/`);
    await ready(page);
    assert.match((await page.textContent('#counts')) ?? '', /[1-9]\d* \/ [1-9]/, 'the canvas shows nodes');
    // The export posts the visible graph to the server's writer: a POST with the token, behind the password.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    assert.match(await readFile((await download.path())!, 'utf8'), /<gexf[\s\S]*<node /, 'the GEXF file holds the graph');
    assert.ok(statuses.length >= 3 && statuses.every((s) => s === 200), `every API call answered: ${statuses}`);
  } finally {
    await wide.close();
    await open.close();
  }
});
