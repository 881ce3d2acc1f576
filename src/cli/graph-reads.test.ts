import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runCli, testConfig, testDriver } from '../../test/support/neo4j';
import { seedReadableGraph } from '../../test/support/hostile-queries';

/**
 * What `wutong query --file cypher/queries/…` and `wutong export` read from a graph in storage
 * version 2 (the fixture of src/server/fixtures: typed links one relationship per sentence,
 * co-mentions weighted, their sentences in Article.comentions), through the read-only guard.
 */
const root = path.resolve(import.meta.dirname, '../..');
const driver = testDriver();

before(() => seedReadableGraph(testConfig(), driver));
after(() => driver.close());

type Row = Record<string, unknown>;

async function query(file: string, params: string[]): Promise<Row[]> {
  const run = await runCli(['query', '--json', '--file', path.join(root, 'cypher/queries', file), ...params.flatMap((p) => ['--param', p])]);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as Row[];
}

/** The columns asked for; facts sorted, since a relationship's keys come in no set order. */
const pick = (row: Row, keys: string[]) => keys.map((k) => (k === 'facts' ? [...(row[k] as string[])].sort() : row[k]));

const QUERIES: { label: string; file: string; params: string[]; columns: string[]; rows: unknown[][] }[] = [
  {
    label: 'linked-to: one row per link, its sentences counted', file: 'linked-to.cypher', params: ['name=郴州经开区'],
    columns: ['relation', 'direction', 'other', 'sentences'],
    rows: [
      ['SIGNED_WITH', 'out', '湖南华宇新材料有限公司', 2], ['WORKS_AT', 'in', '李建国', 2],
      ['INVESTS_IN', 'in', '湖南华宇新材料有限公司', 1], ['LOCATED_IN', 'in', '湖南华宇新材料有限公司', 1],
      ['CO_MENTIONED', 'out', '郴州市第一人民医院', 3], ['CO_MENTIONED', 'in', '北湖区', 1],
    ],
  },
  {
    label: 'why-linked: every sentence with its article, date, extractor, rule and facts', file: 'why-linked.cypher', params: ['a=郴州经开区', 'b=华宇新材料'],
    columns: ['relation', 'article', 'published', 'extractor', 'rule', 'facts'],
    rows: [
      ['INVESTS_IN', '华宇新材料追加投资建设研发中心', '2025-03-08', 'llm', 'llm', ['amount: 300000000', 'currency: CNY']],
      ['SIGNED_WITH', '华宇新材料追加投资建设研发中心', '2025-03-08', 'zh', 'zh.pattern.签订', ['amount: 300000000', 'currency: CNY', 'date: 2025-03-08']],
      ['LOCATED_IN', '华宇新材料扩建第二条生产线', '2025-01-15', 'zh', 'zh.pattern.在…扩建', []],
      ['SIGNED_WITH', '郴州经开区签约新材料项目', '2024-11-20', 'zh', 'zh.pattern.签订', ['amount: 1200000000', 'currency: CNY', 'date: 2024-11-20']],
    ],
  },
  {
    label: 'why-linked: a co-mention\'s sentences from Article.comentions', file: 'why-linked.cypher', params: ['a=市一医院', 'b=郴州经开区'],
    columns: ['relation', 'sentence', 'published', 'extractor'],
    rows: [
      ['CO_MENTIONED', '郴州经开区和郴州市第一人民医院的代表一同参观了生产线。', '2025-03-08', 'zh@fixture'],
      ['CO_MENTIONED', '郴州市第一人民医院的医生将为郴州经开区企业职工开展健康体检。', '2025-03-08', 'zh@fixture'],
      ['CO_MENTIONED', '郴州经开区为郴州市第一人民医院新院区提供建设用地。', '2024-12-03', 'zh@fixture'],
    ],
  },
  {
    label: 'people-and-posts: a post said twice is one row, with its newest sentence', file: 'people-and-posts.cypher', params: ['name='],
    columns: ['person', 'post', 'organisation', 'sentences', 'lastSaid', 'evidence'],
    rows: [
      ['陈志远', '董事长', '湖南华宇新材料有限公司', 1, '2025-01-15', '公司董事长陈志远说，扩建后将新增就业岗位三百个。'],
      ['王海燕', '院长', '郴州市第一人民医院', 1, '2024-12-03', '市一医院院长王海燕表示，群众在家门口就能看上专家号。'],
      ['李建国', '管委会主任', '郴州经开区', 2, '2025-03-08', '郴州经开区管委会主任李建国在签约仪式上致辞。'],
    ],
  },
  {
    label: 'place-chain: a chain stated in several sentences is one chain', file: 'place-chain.cypher', params: ['name=北湖区'],
    columns: ['chain', 'steps'], rows: [[['北湖区', '郴州市', '湖南省'], 2]],
  },
  {
    label: 'shortest-path: through the typed links', file: 'shortest-path.cypher', params: ['from=李建国', 'to=长沙中南检测有限公司'],
    columns: ['chain', 'steps'], rows: [[['李建国', '郴州经开区', '湖南华宇新材料有限公司', '长沙中南检测有限公司'], 3]],
  },
  {
    label: 'shortest-path: a co-mention is not a link', file: 'shortest-path.cypher', params: ['from=李建国', 'to=王海燕'],
    columns: ['chain', 'steps'], rows: [],
  },
  {
    label: 'top-entities: companies by articles', file: 'top-entities.cypher', params: ['type=Company'],
    columns: ['name', 'articles'], rows: [['湖南华宇新材料有限公司', 3], ['长沙中南检测有限公司', 1]],
  },
  {
    label: 'articles-mentioning-both: newest first', file: 'articles-mentioning-both.cypher', params: ['a=郴州经开区', 'b=湖南华宇新材料有限公司'],
    columns: ['title'], rows: [['华宇新材料追加投资建设研发中心'], ['华宇新材料扩建第二条生产线'], ['郴州经开区签约新材料项目']],
  },
  {
    label: 'search: the fulltext index', file: 'search.cypher', params: ['text=经开区'],
    columns: ['name'], rows: [['郴州经开区']],
  },
];

for (const c of QUERIES) {
  test(`cypher/queries: ${c.label}`, async () => {
    const rows = await query(c.file, c.params);
    assert.deepEqual(rows.map((row) => pick(row, c.columns)), c.rows);
  });
}

interface ExportedGraph { nodes: { key: string }[]; edges: { key: string; attributes: { type: string; weight: number } }[] }

async function exported(extra: string[]): Promise<ExportedGraph> {
  const run = await runCli(['export', '--format', 'json', ...extra]);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as ExportedGraph;
}

const weights = (graph: ExportedGraph) => Object.fromEntries(graph.edges.map((e) => [e.key, e.attributes.weight]));

test('export writes one edge per source, target and type, weighted by its sentences', async () => {
  const graph = await exported([]);
  const relationships = await driver.executeQuery('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n');
  assert.equal(Number(relationships.records[0]!.get('n')), 17, 'fifteen evidence relationships and two co-mentions in the database');
  assert.equal(graph.edges.length, 12, 'twelve links');
  const cases: [string, string, number][] = [
    ['a signing stated twice', 'e-czjkq-[SIGNED_WITH]->e-huayu', 2],
    ['a place stated in three sentences', 'e-beihu-[LOCATED_IN]->e-chenzhou', 3],
    ['a co-mention by its stored weight', 'e-czjkq-[CO_MENTIONED]->e-yiyuan', 3],
    ['another type between the same two is another edge', 'e-huayu-[INVESTS_IN]->e-czjkq', 1],
  ];
  for (const [label, key, weight] of cases) assert.equal(weights(graph)[key], weight, label);
});

test('export --query aggregates the relationships a query returns the same way', async () => {
  const graph = await exported(['--query', 'MATCH (a:Entity)-[r:LOCATED_IN]->(b:Entity) RETURN a, r, b']);
  assert.deepEqual(weights(graph), { 'e-beihu-[LOCATED_IN]->e-chenzhou': 3, 'e-chenzhou-[LOCATED_IN]->e-hunan': 2, 'e-huayu-[LOCATED_IN]->e-czjkq': 1 });
});
