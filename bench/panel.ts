// The entity panel on storage version 2: a hub with thousands of links costs about what a small
// entity does, because the panel lists the strongest links within limits and pages their evidence.
import neo4j from 'neo4j-driver';
import { seedGraph, type Fixture } from '../src/server/fixtures/seed';
import { openNeo4jSource } from '../src/server';
import { GraphStore, type Neo4jConfig } from '../src/store';

const ARTICLES = 400;
const TYPED_PARTNERS = 500;
const COMENTION_PARTNERS = 5000;
const TARGET_MS = 1000;
const TARGET_RATIO = 10;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * A town that signs with 500 companies (company i in 1 + i % 10 articles) and is named beside 5,000
 * cooperatives (one sentence each), over 400 articles: about 3,000 evidence relationships, 5,500 links.
 */
function hubFixture(): Fixture {
  const sentences: string[][] = Array.from({ length: ARTICLES }, () => []);
  const evidence: Fixture['evidence'] = [];
  const comentions: Fixture['comentions'] = [];
  const article = (d: number) => `a-${d}`;
  for (let i = 0; i < TYPED_PARTNERS; i += 1) {
    for (let k = 0; k <= i % 10; k += 1) {
      const d = (i * 7 + k) % ARTICLES;
      const sentence = `枫林镇与星${i}号科技签订合作协议。`;
      sentences[d]!.push(sentence);
      evidence.push({ source: 'e-hub', target: `e-star-${i}`, type: 'SIGNED_WITH', article: article(d), sentence, rule: 'zh.pattern.签订', facts: { amount: 1000 + i } });
    }
  }
  for (let j = 0; j < COMENTION_PARTNERS; j += 1) {
    const sentence = `枫林镇和合作社${j}号的代表座谈。`;
    sentences[j % ARTICLES]!.push(sentence);
    comentions.push({ source: 'e-hub', target: `e-coop-${j}`, article: article(j % ARTICLES), sentence });
  }
  return {
    articles: sentences.map((s, d) => ({ id: article(d), title: `枫林镇第${d}期`, published: `2025-${String(1 + (d % 12)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`, lang: 'zh', text: s.join('') })),
    entities: [
      { id: 'e-hub', name: '枫林镇', type: 'Place', aliases: [], surfaces: ['枫林镇'] },
      ...Array.from({ length: TYPED_PARTNERS }, (_, i) => ({ id: `e-star-${i}`, name: `星${i}号科技`, type: 'Company', aliases: [], surfaces: [`星${i}号科技`] })),
      ...Array.from({ length: COMENTION_PARTNERS }, (_, j) => ({ id: `e-coop-${j}`, name: `合作社${j}号`, type: 'Institution', aliases: [], surfaces: [`合作社${j}号`] })),
    ],
    evidence,
    comentions,
  };
}

async function timed(run: () => Promise<unknown>, times: number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const began = performance.now();
    await run();
    ms.push(performance.now() - began);
  }
  return median(ms);
}

export async function benchPanel(config: Neo4jConfig): Promise<string[]> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
  const store = new GraphStore(config);
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: config.database });
    await store.applySchema();
    await seedGraph(driver, hubFixture(), config.database);
  } finally {
    await driver.close();
    await store.close();
  }
  const source = openNeo4jSource(config, { nodeLimit: 100, timeoutMs: 10_000, rowCap: 100, label: 'bench' });
  try {
    const hub = () => source.entity('e-hub');
    const small = () => source.entity('e-star-0');
    const page = () => source.evidence({ entity: 'e-hub', other: 'e-star-9', type: 'SIGNED_WITH', outgoing: true }, 3);
    for (const warm of [hub, small, page]) await timed(warm, 3);
    const [hubMs, smallMs, pageMs] = [await timed(hub, 9), await timed(small, 9), await timed(page, 9)];
    const detail = await hub();
    return [
      `panel: a hub with ${detail?.relationTotal} links opens in ${hubMs.toFixed(0)} ms (${detail?.relations.length} listed), a one-link entity in ${smallMs.toFixed(0)} ms, `
      + `ratio ${(hubMs / smallMs).toFixed(1)} (target: hub <= ${TARGET_MS} ms and ratio <= ${TARGET_RATIO}); a further page of a link's evidence ${pageMs.toFixed(0)} ms`,
    ];
  } finally {
    await source.close();
  }
}
