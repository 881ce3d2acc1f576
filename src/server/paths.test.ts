import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { seedFixture } from './fixtures/seed';
import { openNeo4jSource, startServer, TOKEN_HEADER, type PathAnswer, type RunningServer } from '.';
import { testConfig, testDriver } from '../../test/support/neo4j';

/**
 * Paths with evidence on the news fixture, through GET /api/path: the shortest chains of typed links
 * (co-mentions only when asked), told apart by their entities however many sentences state each hop,
 * every hop with its links, sentences, article and date; bad requests refused in one line.
 */
const config = testConfig();
let server: RunningServer;
const source = openNeo4jSource(config, { nodeLimit: 100, timeoutMs: 30_000, rowCap: 100, label: 'paths-test' });

before(async () => {
  const driver = testDriver();
  try {
    await seedFixture(driver, config.database);
  } finally {
    await driver.close();
  }
  server = await startServer(source, '127.0.0.1', 0);
});

after(async () => {
  await server?.close();
  await source.close();
});

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(new URL(path, server.url), { headers: { [TOKEN_HEADER]: server.token } });
  return { status: response.status, body: await response.json() };
}

/** A path as a reader scans it: the entities, then each hop's links as "TYPE arrow ×weight". */
function shown(answer: PathAnswer): { chains: string[]; hops: string[][] } {
  return {
    chains: answer.paths.map((p) => p.entities.map((e) => e.name).join(' · ')),
    hops: (answer.paths[0]?.hops ?? []).map((h) => h.links.map((l) => `${l.type} ${l.symmetric ? '—' : l.outgoing ? '→' : '←'} ×${l.weight}`)),
  };
}

const cases: { label: string; from: string; to: string; comentions: boolean; chains: string[]; hops: string[][] }[] = [
  {
    label: 'three typed hops; the four relationships between the company and the zone make one chain, strongest link first',
    from: 'e-chenzhiyuan', to: 'e-lijianguo', comentions: false,
    chains: ['陈志远 · 湖南华宇新材料有限公司 · 郴州经开区 · 李建国'],
    hops: [['WORKS_AT → ×1'], ['SIGNED_WITH — ×2', 'INVESTS_IN → ×1', 'LOCATED_IN → ×1'], ['WORKS_AT ← ×2']],
  },
  {
    label: 'up the place hierarchy',
    from: 'e-beihu', to: 'e-hunan', comentions: false,
    chains: ['北湖区 · 郴州市 · 湖南省'],
    hops: [['LOCATED_IN → ×3'], ['LOCATED_IN → ×2']],
  },
  {
    label: 'linked only through a co-mention: no typed path',
    from: 'e-lijianguo', to: 'e-wanghaiyan', comentions: false, chains: [], hops: [],
  },
  {
    label: 'the same pair with co-mentions asked for',
    from: 'e-lijianguo', to: 'e-wanghaiyan', comentions: true,
    chains: ['李建国 · 郴州经开区 · 郴州市第一人民医院 · 王海燕'],
    hops: [['WORKS_AT → ×2'], ['CO_MENTIONED — ×3'], ['WORKS_AT ← ×1']],
  },
  {
    label: 'four hops, typed and co-mentioned',
    from: 'e-chenzhiyuan', to: 'e-wanghaiyan', comentions: true,
    chains: ['陈志远 · 湖南华宇新材料有限公司 · 郴州经开区 · 郴州市第一人民医院 · 王海燕'],
    hops: [['WORKS_AT → ×1'], ['SIGNED_WITH — ×2', 'INVESTS_IN → ×1', 'LOCATED_IN → ×1'], ['CO_MENTIONED — ×3'], ['WORKS_AT ← ×1']],
  },
];

for (const c of cases) {
  test(`path: ${c.label}`, async () => {
    const { status, body } = await get(`/api/path?from=${c.from}&to=${c.to}${c.comentions ? '&comentions=1' : ''}`);
    assert.equal(status, 200, JSON.stringify(body));
    const answer = body as PathAnswer;
    assert.deepEqual(shown(answer), { chains: c.chains, hops: c.hops });
    assert.equal(answer.length, c.chains.length ? c.hops.length : null);
    for (const hop of answer.paths.flatMap((p) => p.hops)) {
      for (const link of hop.links) {
        assert.ok(link.evidence.length > 0 && link.evidence.length <= 2, `${hop.from.name} ${link.type} ${hop.to.name}: one page of evidence`);
        for (const e of link.evidence) {
          assert.ok(e.title && e.published && e.sentence, `${link.type}: sentence, article and date`);
          // A mention of an end (by whatever surface form) is marked in the sentence.
          assert.ok(e.marks.length >= 1, `${hop.from.name} or ${hop.to.name} marked in ${e.sentence}`);
        }
      }
    }
  });
}

test('path: a hop carries the rule and facts of its sentences', async () => {
  const { body } = await get('/api/path?from=e-chenzhiyuan&to=e-lijianguo');
  const signed = (body as PathAnswer).paths[0]!.hops[1]!.links[0]!;
  assert.deepEqual(signed.evidence.map((e) => [e.title, e.published, e.rule, e.facts.amount]), [
    ['华宇新材料追加投资建设研发中心', '2025-03-08', 'zh.pattern.签订', 300_000_000],
    ['郴州经开区签约新材料项目', '2024-11-20', 'zh.pattern.签订', 1_200_000_000],
  ]);
});

const refusals: { label: string; query: string; status: number; code: string; message: RegExp }[] = [
  { label: 'one end missing', query: 'from=e-beihu', status: 400, code: 'SERVER_BAD_REQUEST', message: /two entities/ },
  { label: 'the same entity twice', query: 'from=e-beihu&to=e-beihu', status: 400, code: 'SERVER_BAD_REQUEST', message: /two different entities/ },
  { label: 'an unknown entity', query: 'from=e-beihu&to=e-nowhere', status: 404, code: 'SERVER_NOT_FOUND', message: /no entity e-nowhere/ },
];

for (const r of refusals) {
  test(`path refused: ${r.label}`, async () => {
    const { status, body } = await get(`/api/path?${r.query}`);
    assert.equal(status, r.status);
    assert.equal(body.error.code, r.code);
    assert.match(body.error.message, r.message);
  });
}
