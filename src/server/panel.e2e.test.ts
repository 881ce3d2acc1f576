import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seedFixture } from './fixtures/seed';
import { testConfig, testDriver } from '../../test/support/neo4j';
import { openViewer, SHOTS, type ViewerSession } from '../../test/support/viewer';

/**
 * The entity panel in real headless Chromium on the fixture graph (storage version 2): links grouped
 * and weighted, each evidence sentence with its marks, article, rule and facts, and the rest of a
 * link's evidence on demand. One evidence item per link at first, so every "more" button shows.
 * Screenshots go to screenshots/e2e/.
 */
let viewer: ViewerSession;
let page: Page;

before(async () => {
  const driver = testDriver();
  try {
    await seedFixture(driver, testConfig().database);
  } finally {
    await driver.close();
  }
  viewer = await openViewer(testConfig(), { nodeLimit: 100, timeoutMs: 5000, rowCap: 100, label: 'panel-e2e', panel: { evidence: 1 } });
  page = viewer.page;
});

after(async () => {
  await viewer?.close();
});

interface ShownEvidence { sentence: string; marks: string[]; source: string; fields: Record<string, string> }

/** What one link's section shows: its head and each evidence item as a reader sees it. */
function readLink(p: Page, link: string): Promise<{ head: string; evidence: ShownEvidence[]; more: string | null }> {
  return p.$eval(`#panel section.relation[data-link="${link}"]`, (section) => ({
    head: section.querySelector('.relation-head')?.textContent ?? '',
    evidence: [...section.querySelectorAll('.evidence')].map((e) => ({
      sentence: e.querySelector('blockquote')?.textContent ?? '',
      marks: [...e.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      source: e.querySelector('.evidence-source')?.textContent ?? '',
      fields: Object.fromEntries([...e.querySelectorAll('.evidence-field')].map((f) => [f.querySelector('.field-label')?.textContent ?? '', f.lastElementChild?.textContent ?? ''])),
    })),
    more: (section.querySelector('.more-evidence') as HTMLButtonElement | null)?.hidden === false ? section.querySelector('.more-evidence')!.textContent : null,
  }));
}

test('the panel shows grouped links, the rule and facts of each sentence, and more evidence on demand', { timeout: 90_000 }, async () => {
  await page.goto(`${viewer.server.url}?sel=e-czjkq`);
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === '郴州经开区', null, { timeout: 20_000 });
  const heads = await page.$$eval('#panel .relation-head', (items) => items.map((i) => i.textContent));
  assert.deepEqual(heads, [
    'SIGNED_WITH — 湖南华宇新材料有限公司×2', 'WORKS_AT ← 李建国×2', 'INVESTS_IN ← 湖南华宇新材料有限公司×1',
    'LOCATED_IN ← 湖南华宇新材料有限公司×1', 'CO_MENTIONED — 郴州市第一人民医院×3', 'CO_MENTIONED — 北湖区×1',
  ]);

  const signed = await readLink(page, 'e-czjkq-[SIGNED_WITH]->e-huayu');
  assert.equal(signed.evidence.length, 1, 'one item at first');
  assert.deepEqual(signed.evidence[0], {
    sentence: '本报讯 3月8日，湖南华宇新材料有限公司与郴州经开区签订补充协议，追加投资3亿元建设研发中心。',
    marks: ['湖南华宇新材料有限公司', '郴州经开区'],
    source: '华宇新材料追加投资建设研发中心2025-03-08',
    fields: { 金额: '300,000,000 CNY', 日期: '2025-03-08', 抽取器: 'zh', 置信度: '0.90', 规则: 'zh.pattern.签订' },
  });
  assert.equal(signed.more, '更多证据（还有 1 条）');
  await page.screenshot({ path: `${SHOTS}panel-01-rule-and-facts.png` });

  await page.click('#panel section.relation[data-link="e-czjkq-[SIGNED_WITH]->e-huayu"] .more-evidence');
  await page.waitForFunction(() => document.querySelectorAll('#panel section.relation[data-link="e-czjkq-[SIGNED_WITH]->e-huayu"] .evidence').length === 2);
  const all = await readLink(page, 'e-czjkq-[SIGNED_WITH]->e-huayu');
  assert.deepEqual(all.evidence.map((e) => [e.source, e.fields['金额']]), [
    ['华宇新材料追加投资建设研发中心2025-03-08', '300,000,000 CNY'], ['郴州经开区签约新材料项目2024-11-20', '1,200,000,000 CNY'],
  ], 'the older article follows');
  assert.equal(all.more, null, 'nothing more to show');

  const comention = 'e-czjkq-[CO_MENTIONED]->e-yiyuan';
  await page.click(`#panel section.relation[data-link="${comention}"] .more-evidence`);
  await page.waitForFunction((link) => document.querySelectorAll(`#panel section.relation[data-link="${link}"] .evidence`).length === 3, comention);
  const sentences = await readLink(page, comention);
  assert.deepEqual(sentences.evidence.map((e) => [e.sentence, e.marks]), [
    ['郴州经开区和郴州市第一人民医院的代表一同参观了生产线。', ['郴州经开区', '郴州市第一人民医院']],
    ['郴州市第一人民医院的医生将为郴州经开区企业职工开展健康体检。', ['郴州市第一人民医院', '郴州经开区']],
    ['郴州经开区为郴州市第一人民医院新院区提供建设用地。', ['郴州经开区', '郴州市第一人民医院']],
  ], 'co-mention sentences recovered from Article.comentions, both mentions marked');
  assert.deepEqual(sentences.evidence[0]!.fields, { 抽取器: 'zh@fixture' }, 'a co-mention has no rule');
  await page.locator(`#panel section.relation[data-link="${comention}"]`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}panel-02-comention-sentences.png` });

  await page.click('#lang');
  await page.waitForFunction(() => document.querySelector('#panel .evidence-field .field-label')?.textContent === 'Amount', null, { timeout: 10_000 });
  const english = await readLink(page, 'e-lijianguo-[WORKS_AT]->e-czjkq');
  assert.deepEqual(english.evidence[0]?.fields, { Post: '管委会主任', Extractor: 'zh', Confidence: '0.90', Rule: 'zh.pass.post-before-name' });
  assert.equal(english.more, 'More evidence (1 more)');
  await page.screenshot({ path: `${SHOTS}panel-03-english.png` });
});
