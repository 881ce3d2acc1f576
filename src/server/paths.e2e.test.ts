import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seedFixture } from './fixtures/seed';
import { openNeo4jSource, startServer } from '.';
import { resolveLlmOptions } from '../extract/llm';
import { loadRecordings, startReplayServer, type ReplayServer } from '../../test/replay/server';
import { testConfig, testDriver } from '../../test/support/neo4j';
import { openViewer, SHOTS, type ViewerSession } from '../../test/support/viewer';

/**
 * Paths with evidence and questions in words, in real headless Chromium on the news fixture, the
 * model replayed: two entities chosen by search (and from an entity's panel) give their shortest
 * chains with a sentence, article and date on every hop; a question's Cypher is shown in the Cypher
 * box, runs from there and is drawn; a model's write is refused; without a model the box says how
 * to configure one. Screenshots go to screenshots/e2e/paths-*.png.
 */
const config = testConfig();
const driver = testDriver();
let replay: ReplayServer;
let viewer: ViewerSession;
let page: Page;

const shot = (name: string) => page.screenshot({ path: `${SHOTS}paths-${name}.png` });
const ready = (p: Page) => p.waitForFunction(() => (window as unknown as { __wutong?: { ready?: boolean } }).__wutong?.ready === true, null, { timeout: 30_000 });

before(async () => {
  await seedFixture(driver, config.database);
  replay = await startReplayServer(loadRecordings());
  viewer = await openViewer(config, {
    nodeLimit: 100, timeoutMs: 30_000, rowCap: 100, label: 'paths-e2e',
    llm: resolveLlmOptions({ provider: 'openai', model: 'replay-1', baseUrl: replay.url, cacheDir: null, timeoutMs: 10_000 }),
  });
  page = viewer.page;
});

after(async () => {
  await viewer?.close();
  await replay?.close();
  await driver.close();
});

/** Types into one of the path box's searches and picks the hit named `name`. */
async function choose(end: 'from' | 'to', typed: string, name: string): Promise<void> {
  await page.fill(`#path-${end}`, typed);
  const hit = page.locator(`#path-${end}-results li[data-id]`, { hasText: name }).first();
  await hit.waitFor({ timeout: 10_000 });
  await hit.dispatchEvent('mousedown');
}

interface ShownPath { chain: string; hops: { ends: string; links: string[]; evidence: { sentence: string; source: string }[] }[] }

/** The chains in the panel as a reader sees them. */
function readPaths(): Promise<{ summary: string; paths: ShownPath[] }> {
  return page.$eval('#panel-body', (body) => ({
    summary: body.querySelector('.path-summary')?.textContent ?? '',
    paths: [...body.querySelectorAll('section.path')].map((p) => ({
      chain: p.querySelector('.path-chain')?.textContent ?? '',
      hops: [...p.querySelectorAll('section.hop')].map((h) => ({
        ends: h.querySelector('.hop-ends')?.textContent ?? '',
        links: [...h.querySelectorAll('.relation-head')].map((l) => l.textContent ?? ''),
        evidence: [...h.querySelectorAll('.evidence')].map((e) => ({
          sentence: e.querySelector('blockquote')?.textContent ?? '', source: e.querySelector('.evidence-source')?.textContent ?? '',
        })),
      })),
    })),
  }));
}

async function findPaths(): Promise<{ summary: string; paths: ShownPath[] }> {
  const before = await page.$eval('#panel-body', (b) => b.textContent);
  await page.click('#path-find');
  await page.waitForFunction((old) => document.querySelector('#panel-body .path-summary') !== null && document.querySelector('#panel-body')?.textContent !== old, before, { timeout: 30_000 });
  return readPaths();
}

test('a path of four hops, through a co-mention when asked, with evidence on every hop', { timeout: 120_000 }, async () => {
  await page.goto(viewer.server.url);
  await ready(page);
  await choose('from', '陈志远', '陈志远');
  await choose('to', 'wanghaiyan', '王海燕');

  const typed = await findPaths();
  assert.equal(typed.summary, '6 步之内没有类型化关系的路径；可勾选“也走共现关系”再试。');
  assert.deepEqual(typed.paths, []);

  await page.check('#path-comentions');
  const shown = await findPaths();
  assert.equal(shown.summary, '1 条最短路径，每条 4 步；每一步都附证据句。');
  assert.equal(shown.paths.length, 1);
  const [path] = shown.paths;
  assert.equal(path!.chain, '陈志远 → 湖南华宇新材料有限公司 → 郴州经开区 → 郴州市第一人民医院 → 王海燕');
  assert.deepEqual(path!.hops.map((h) => [h.ends, h.links]), [
    ['陈志远 — 湖南华宇新材料有限公司', ['WORKS_AT → ×1']],
    ['湖南华宇新材料有限公司 — 郴州经开区', ['SIGNED_WITH — ×2', 'INVESTS_IN → ×1', 'LOCATED_IN → ×1']],
    ['郴州经开区 — 郴州市第一人民医院', ['CO_MENTIONED — ×3']],
    ['郴州市第一人民医院 — 王海燕', ['WORKS_AT ← ×1']],
  ]);
  for (const hop of path!.hops) {
    assert.ok(hop.evidence.length > 0, `${hop.ends}: evidence`);
    for (const e of hop.evidence) {
      assert.ok(e.sentence.length > 0, `${hop.ends}: a sentence`);
      assert.match(e.source, /\d{4}-\d{2}-\d{2}$/, `${hop.ends}: an article and its date`);
    }
  }
  const drawn = await page.evaluate(() => {
    const graph = (window as unknown as { __wutong: { graph: { hasNode(id: string): boolean } } }).__wutong.graph;
    return ['e-chenzhiyuan', 'e-huayu', 'e-czjkq', 'e-yiyuan', 'e-wanghaiyan'].every((id) => graph.hasNode(id));
  });
  assert.ok(drawn, 'every entity of the chain is on the canvas');
  await shot('01-four-hops');
});

test("'how is this linked to…' from an entity's panel", { timeout: 120_000 }, async () => {
  await page.goto(`${viewer.server.url}?sel=e-lijianguo`);
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === '李建国', null, { timeout: 30_000 });
  await page.click('#panel [data-action="path-from"]');
  assert.equal(await page.inputValue('#path-from'), '李建国');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'path-to', 'the other end is asked for next');
  await choose('to', '华宇', '湖南华宇新材料有限公司');
  const shown = await findPaths();
  assert.deepEqual(shown.paths.map((p) => p.chain), ['李建国 → 郴州经开区 → 湖南华宇新材料有限公司']);
  assert.deepEqual(shown.paths[0]!.hops.map((h) => h.evidence.length > 0), [true, true]);
  await shot('02-from-the-panel');
});

test('a question answered through the replay server: its Cypher is shown, runs from the box and is drawn', { timeout: 120_000 }, async () => {
  await page.goto(viewer.server.url);
  await ready(page);
  await page.fill('#question', '郴州经开区和哪些企业签了约？');
  await page.click('#ask');
  await page.waitForFunction(() => (document.querySelector('#cypher') as HTMLTextAreaElement).value !== '', null, { timeout: 30_000 });
  assert.equal(await page.inputValue('#cypher'), "MATCH (zone:Entity)-[r:SIGNED_WITH]-(company:Company)\nWHERE zone.name = '郴州经开区' OR '郴州经开区' IN zone.aliases\nRETURN zone, r, company\nLIMIT 100");
  assert.equal(await page.textContent('#ask-message'), '模型写的查询已放入下方 Cypher 框：郴州经开区和与它签约的企业，每句签约的话是一条关系。 看过、改好之后点击“运行”。');
  assert.equal(await page.textContent('#cypher-message'), '模型写的查询尚未运行：看过之后点击“运行”。', 'shown, not run');
  await shot('03-question-shown');

  await page.click('#run');
  await page.waitForFunction(() => document.querySelector('#cypher-message')?.textContent?.startsWith('结果'), null, { timeout: 30_000 });
  assert.match(await page.textContent('#cypher-message') ?? '', /^结果：2 个节点，\d+ 条关系，2 行/);
  assert.equal(await page.isVisible('#show-all'), true, 'the answer is drawn alone, with a way back');
  await shot('04-question-run');
});

test("a model's write is shown, then refused when run, and the graph is unchanged", { timeout: 120_000 }, async () => {
  await page.fill('#question', '把郴州经开区从图里删掉');
  await page.click('#ask');
  await page.waitForFunction(() => (document.querySelector('#cypher') as HTMLTextAreaElement).value.includes('DELETE'), null, { timeout: 30_000 });
  await page.click('#run');
  await page.waitForFunction(() => document.querySelector('#cypher-message')?.className === 'error', null, { timeout: 30_000 });
  assert.match(await page.textContent('#cypher-message') ?? '', /^查询出错（GRAPH_QUERY_REFUSED）：.*a write/);
  const [row] = (await driver.executeQuery("MATCH (e:Entity {name: '郴州经开区'}) RETURN count(e) AS n", {}, { database: config.database })).records;
  assert.equal(row?.get('n').toNumber(), 1, 'the zone is still there');
  await shot('05-write-refused');
});

test('without a model the ask box says how to configure one', { timeout: 120_000 }, async () => {
  const source = openNeo4jSource(config, { nodeLimit: 100, timeoutMs: 30_000, rowCap: 100, label: 'no-model' });
  const server = await startServer(source, '127.0.0.1', 0);
  try {
    await page.goto(server.url);
    await ready(page);
    await page.fill('#question', '郴州经开区和哪些企业签了约？');
    await page.click('#ask');
    await page.waitForFunction(() => document.querySelector('#ask-message')?.className === 'error', null, { timeout: 30_000 });
    assert.match(await page.textContent('#ask-message') ?? '', /questions in words need a chat model: set WUTONG_LLM_MODEL/);
    assert.equal(await page.inputValue('#cypher'), '', 'nothing put in the Cypher box');
    await shot('06-no-model');
  } finally {
    await server.close();
    await source.close();
  }
});
