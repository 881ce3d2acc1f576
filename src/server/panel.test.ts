import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedFixture, seedGraph, type Fixture } from './fixtures/seed';
import { openNeo4jSource, startServer, TOKEN_HEADER, type EntityDetail, type Evidence, type RunningServer } from '.';
import { testConfig, testDriver } from '../../test/support/neo4j';

/**
 * An entity's panel on the graph model of storage version 2: links grouped by (other entity, type,
 * direction) and weighted by their sentences, evidence a page at a time with its rule and facts,
 * co-mention sentences recovered from Article.comentions, and a hub's panel held to its limits.
 */
const config = testConfig();
const driver = testDriver();
const HUB_LIMITS = { articles: 4, links: 5, comentions: 3, evidence: 2, comentionEvidence: 2, evidencePage: 4 };
let server: RunningServer;
let hubServer: RunningServer;
const sources: ReturnType<typeof openNeo4jSource>[] = [];

const TYPED_PARTNERS = 12;
const COMENTION_PARTNERS = 8;
const letter = (i: number) => 'ABCDEFGHIJKLMNOP'[i - 1]!;

/**
 * A town that signs with twelve companies and is named beside eight cooperatives: article d (d = 1…12,
 * one a day) has a sentence for every company i ≥ d and every cooperative j ≥ d, so company i's link
 * has i sentences and cooperative j's co-mention j, newest (article i or j) first.
 */
function hubFixture(): Fixture {
  const articles: Fixture['articles'] = [];
  const evidence: Fixture['evidence'] = [];
  const comentions: Fixture['comentions'] = [];
  for (let d = 1; d <= TYPED_PARTNERS; d += 1) {
    const signings = Array.from({ length: TYPED_PARTNERS - d + 1 }, (_, k) => `枫林镇与星${letter(d + k)}科技签订合作协议。`);
    const meetings = Array.from({ length: Math.max(0, COMENTION_PARTNERS - d + 1) }, (_, k) => `枫林镇和合作社${letter(d + k)}的代表座谈。`);
    const id = `a-hub-${String(d).padStart(2, '0')}`;
    articles.push({ id, title: `枫林镇招商第${d}天`, published: `2025-04-${String(d + 10)}`, lang: 'zh', source: `fixtures/hub-${d}.txt`, text: [...signings, ...meetings].join('') });
    signings.forEach((sentence, k) => evidence.push({ source: 'e-hub', target: `e-star-${letter(d + k)}`, type: 'SIGNED_WITH', article: id, sentence, rule: 'zh.pattern.签订' }));
    meetings.forEach((sentence, k) => comentions.push({ source: 'e-hub', target: `e-coop-${letter(d + k)}`, article: id, sentence }));
  }
  const entities: Fixture['entities'] = [
    { id: 'e-hub', name: '枫林镇', type: 'Place', aliases: [], surfaces: ['枫林镇'] },
    ...Array.from({ length: TYPED_PARTNERS }, (_, i) => ({ id: `e-star-${letter(i + 1)}`, name: `星${letter(i + 1)}科技`, type: 'Company', aliases: [], surfaces: [`星${letter(i + 1)}科技`] })),
    ...Array.from({ length: COMENTION_PARTNERS }, (_, i) => ({ id: `e-coop-${letter(i + 1)}`, name: `合作社${letter(i + 1)}`, type: 'Institution', aliases: [], surfaces: [`合作社${letter(i + 1)}`] })),
  ];
  return { articles, entities, evidence, comentions };
}

async function get(target: RunningServer, path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(new URL(path, target.url), { headers: { [TOKEN_HEADER]: target.token } });
  return { status: response.status, body: await response.json() };
}

async function panel(target: RunningServer, id: string): Promise<EntityDetail> {
  const { status, body } = await get(target, `/api/entity?id=${encodeURIComponent(id)}`);
  assert.equal(status, 200, JSON.stringify(body));
  return body as EntityDetail;
}

const marked = (e: Evidence) => e.marks.map(([s, t]) => e.sentence.slice(s, t));

before(async () => {
  await seedFixture(driver, config.database);
  await seedGraph(driver, hubFixture(), config.database);
  const open = async (panelLimits?: typeof HUB_LIMITS) => {
    const source = openNeo4jSource(config, { nodeLimit: 100, timeoutMs: 5000, rowCap: 100, label: 'panel', ...(panelLimits ? { panel: panelLimits } : {}) });
    sources.push(source);
    return startServer(source, '127.0.0.1', 0);
  };
  server = await open();
  hubServer = await open(HUB_LIMITS);
});

after(async () => {
  await server.close();
  await hubServer.close();
  for (const source of sources) await source.close();
  await driver.close();
});

test('links are grouped by other entity, type and direction, typed first, each strongest first, keyed as the drawn edges', async () => {
  const detail = await panel(server, 'e-czjkq');
  const shown = detail.relations.map((r) => `${r.type} ${r.symmetric ? '—' : r.outgoing ? '→' : '←'} ${r.other.id} ×${r.weight}`);
  assert.deepEqual(shown, [
    'SIGNED_WITH — e-huayu ×2',
    'WORKS_AT ← e-lijianguo ×2',
    'INVESTS_IN ← e-huayu ×1',
    'LOCATED_IN ← e-huayu ×1',
    'CO_MENTIONED — e-yiyuan ×3',
    'CO_MENTIONED — e-beihu ×1',
  ]);
  assert.equal(detail.relationTotal, 6);
  const { body: graph } = await get(server, '/api/graph');
  const edges = new Set((graph.edges as { key: string }[]).map((e) => e.key));
  for (const r of detail.relations) assert.ok(edges.has(r.id), `${r.id} is an edge on the canvas`);
});

test('typed evidence: one item per sentence, newest first, with extractor, confidence, rule and facts', async () => {
  const detail = await panel(server, 'e-czjkq');
  const evidenceOf = (type: string) => detail.relations.find((r) => r.type === type)!.evidence;
  const cases: { label: string; type: string; expected: Partial<Evidence>[] }[] = [
    {
      label: 'a signing stated in two articles', type: 'SIGNED_WITH', expected: [
        { article: 'a-huayu-invest', published: '2025-03-08', extractor: 'zh', confidence: 0.9, rule: 'zh.pattern.签订', facts: { amount: 300000000, currency: 'CNY', date: '2025-03-08' } },
        { article: 'a-czjkq-sign', published: '2024-11-20', extractor: 'zh', confidence: 0.9, rule: 'zh.pattern.签订', facts: { amount: 1200000000, currency: 'CNY', date: '2024-11-20' } },
      ],
    },
    {
      label: 'a post, said twice', type: 'WORKS_AT', expected: [
        { article: 'a-huayu-invest', sentence: '郴州经开区管委会主任李建国在签约仪式上致辞。', rule: 'zh.pass.post-before-name', facts: { post: '管委会主任' } },
        { article: 'a-czjkq-sign', sentence: '郴州经开区管委会主任李建国出席签约仪式。', rule: 'zh.pass.post-before-name', facts: { post: '管委会主任' } },
      ],
    },
    {
      label: 'another extractor on the same sentence', type: 'INVESTS_IN', expected: [
        { article: 'a-huayu-invest', extractor: 'llm', confidence: 0.72, rule: 'llm', facts: { amount: 300000000, currency: 'CNY' } },
      ],
    },
  ];
  for (const c of cases) {
    const evidence = evidenceOf(c.type);
    assert.equal(evidence.length, c.expected.length, c.label);
    c.expected.forEach((expected, i) => {
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(evidence[i]![key as keyof Evidence], value, `${c.label}, item ${i}: ${key}`);
    });
  }
  const beihu = await panel(server, 'e-beihu');
  const gazetteer = beihu.relations.find((r) => r.type === 'LOCATED_IN')!.evidence.find((e) => e.article === 'a-czjkq-sign')!;
  assert.deepEqual([gazetteer.extractor, gazetteer.rule, gazetteer.facts], ['gazetteer', null, {}], 'no rule recorded is null, no facts an empty map');
});

test('co-mention evidence: the sentences Article.comentions lists for the pair, with both mentions marked, on request', async () => {
  const cases: { label: string; entity: string; other: string; expected: [string, string, string[]][] }[] = [
    {
      label: 'three sentences in two articles, newest article first, in text order', entity: 'e-czjkq', other: 'e-yiyuan', expected: [
        ['a-huayu-invest', '郴州经开区和郴州市第一人民医院的代表一同参观了生产线。', ['郴州经开区', '郴州市第一人民医院']],
        ['a-huayu-invest', '郴州市第一人民医院的医生将为郴州经开区企业职工开展健康体检。', ['郴州市第一人民医院', '郴州经开区']],
        ['a-hospital', '郴州经开区为郴州市第一人民医院新院区提供建设用地。', ['郴州经开区', '郴州市第一人民医院']],
      ],
    },
    {
      label: 'read from the other end, the pair stored the other way round', entity: 'e-yiyuan', other: 'e-czjkq', expected: [
        ['a-huayu-invest', '郴州经开区和郴州市第一人民医院的代表一同参观了生产线。', ['郴州经开区', '郴州市第一人民医院']],
        ['a-huayu-invest', '郴州市第一人民医院的医生将为郴州经开区企业职工开展健康体检。', ['郴州市第一人民医院', '郴州经开区']],
        ['a-hospital', '郴州经开区为郴州市第一人民医院新院区提供建设用地。', ['郴州经开区', '郴州市第一人民医院']],
      ],
    },
    {
      label: 'an article co-mentioning two pairs gives each only its own sentence', entity: 'e-beihu', other: 'e-czjkq', expected: [
        ['a-huayu-invest', '研发中心选址郴州经开区北湖区片区。', ['郴州经开区', '北湖区']],
      ],
    },
  ];
  for (const c of cases) {
    const detail = await panel(server, c.entity);
    const link = detail.relations.find((r) => r.type === 'CO_MENTIONED' && r.other.id === c.other);
    assert.ok(link, c.label);
    assert.equal(link.weight, c.expected.length, `${c.label}: weight`);
    // The panel opens with the co-mention's count; its sentences are read back when asked for.
    assert.deepEqual(link.evidence, [], `${c.label}: none in the panel by default`);
    const { body } = await get(server, `/api/evidence?id=${c.entity}&other=${c.other}&type=CO_MENTIONED&outgoing=${link.outgoing ? 1 : 0}&skip=0`);
    const evidence = body as Evidence[];
    assert.deepEqual(evidence.map((e) => [e.article, e.sentence, marked(e)]), c.expected, c.label);
    for (const e of evidence) assert.deepEqual([e.extractor, e.confidence, e.rule, e.facts], ['zh@fixture', null, null, {}], `${c.label}: the article's extractor, no rule`);
  }
});

test('a hub\'s panel is held to its limits; the rest of a link\'s evidence comes a page at a time', async () => {
  const detail = await panel(hubServer, 'e-hub');
  assert.equal(detail.articles.length, HUB_LIMITS.articles, 'articles');
  assert.equal(detail.articles[0]?.published, '2025-04-22', 'the newest article first');
  assert.equal(detail.relationTotal, TYPED_PARTNERS + COMENTION_PARTNERS);
  assert.deepEqual(detail.relations.map((r) => `${r.other.name} ×${r.weight}`), [
    '星L科技 ×12', '星K科技 ×11', '星J科技 ×10', '星I科技 ×9', '星H科技 ×8', '合作社H ×8', '合作社G ×7', '合作社F ×6',
  ], 'the five strongest typed links, then the three strongest co-mentions');
  for (const r of detail.relations) assert.equal(r.evidence.length, HUB_LIMITS.evidence, `${r.other.name}: first page`);
  const days = (evidence: Evidence[]) => evidence.map((e) => e.article.slice(-2));
  const strongest = detail.relations[0]!;
  assert.deepEqual(days(strongest.evidence), ['12', '11']);
  assert.deepEqual(marked(strongest.evidence[0]!), ['枫林镇', '星L科技']);

  const pages: { label: string; link: string; skip: number; days: string[] }[] = [
    { label: 'a typed link\'s next page', link: 'other=e-star-L&type=SIGNED_WITH&outgoing=1', skip: 2, days: ['10', '09', '08', '07'] },
    { label: 'its last page, shorter', link: 'other=e-star-L&type=SIGNED_WITH&outgoing=1', skip: 10, days: ['02', '01'] },
    { label: 'past the end', link: 'other=e-star-L&type=SIGNED_WITH&outgoing=1', skip: 12, days: [] },
    { label: 'the wrong direction has none', link: 'other=e-star-L&type=SIGNED_WITH&outgoing=0', skip: 0, days: [] },
    { label: 'a co-mention\'s next page', link: 'other=e-coop-H&type=CO_MENTIONED&outgoing=1', skip: 2, days: ['06', '05', '04', '03'] },
  ];
  for (const page of pages) {
    const { status, body } = await get(hubServer, `/api/evidence?id=e-hub&${page.link}&skip=${page.skip}`);
    assert.equal(status, 200, page.label);
    assert.deepEqual(days(body as Evidence[]), page.days, page.label);
  }
});

test('an evidence request that names no link is a 400', async () => {
  const cases: [string, string][] = [
    ['no type', '/api/evidence?id=e-czjkq&other=e-huayu'],
    ['a negative skip', '/api/evidence?id=e-czjkq&other=e-huayu&type=SIGNED_WITH&skip=-1'],
    ['a skip that is no number', '/api/evidence?id=e-czjkq&other=e-huayu&type=SIGNED_WITH&skip=two'],
  ];
  for (const [label, path] of cases) {
    const { status, body } = await get(server, path);
    assert.equal(status, 400, label);
    assert.equal(body.error.code, 'SERVER_BAD_REQUEST', label);
  }
});
