import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedFixture } from './fixtures/seed';
import { testConfig, testDriver } from '../../test/support/neo4j';
import { openViewer, SHOTS, type ViewerSession } from '../../test/support/viewer';

/**
 * A merged node's panel in real headless Chromium says what it was merged from. The fixture node
 * carries `mergedFrom` as the identity stage writes it (writeMergedFrom; the merge itself is tested
 * in src/pipeline/identity.test.ts); an unmerged node has no such line.
 */
let viewer: ViewerSession;

const cases: { label: string; id: string; name: string; mergedFrom: object[]; shown: string | null }[] = [
  {
    label: 'a node merged from two others names both, with source and evidence',
    id: 'e-czjkq', name: '郴州经开区',
    mergedFrom: [{ id: 'x-1', name: '郴州经济开发区', source: 'curation', evidence: ['merged by hand'] }, { id: 'x-2', name: '经开区', source: 'suggest', evidence: ['3 articles name both'] }],
    shown: '合并自郴州经济开发区 (curation: merged by hand)、经开区 (suggest: 3 articles name both)',
  },
  { label: 'a node merged from nothing shows no such line', id: 'e-huayu', name: '湖南华宇新材料有限公司', mergedFrom: [], shown: null },
];

before(async () => {
  const driver = testDriver();
  try {
    await seedFixture(driver, testConfig().database);
    for (const c of cases.filter((c) => c.mergedFrom.length > 0)) {
      await driver.executeQuery('MATCH (e:Entity {id: $id}) SET e.mergedFrom = $merged', { id: c.id, merged: c.mergedFrom.map((m) => JSON.stringify(m)) });
    }
  } finally {
    await driver.close();
  }
  viewer = await openViewer(testConfig(), { nodeLimit: 100, timeoutMs: 5000, rowCap: 100, label: 'merged-from-e2e' });
});

after(async () => {
  await viewer?.close();
});

for (const c of cases) {
  test(`panel: ${c.label}`, { timeout: 60_000 }, async () => {
    const { page } = viewer;
    await page.goto(`${viewer.server.url}?sel=${c.id}`);
    await page.waitForFunction((name) => document.querySelector('#panel h2')?.textContent === name, c.name, { timeout: 20_000 });
    const shown = await page.$eval('#panel', (panel) => panel.querySelector('.merged-from')?.textContent ?? null);
    assert.equal(shown, c.shown);
    if (c.shown !== null) await page.screenshot({ path: `${SHOTS}panel-merged-from.png` });
  });
}
