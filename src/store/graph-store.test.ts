import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cypherStatement } from './cypher-files';
import { withStaticType } from './graph-store';
import { isWutongError } from '../shared/errors';
import { createExtractor } from '../extract';
import { resolveArticle, type ResolvedArticle } from '../resolve';
import { fingerprint, resetDatabase, testDriver, testStore } from '../../test/support/neo4j';

const driver = testDriver();
const store = testStore();
after(async () => {
  await store.close();
  await driver.close();
});

/** The plan's operators, depth first. */
function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((child) => operators(child as typeof plan))];
}

// Each statement that finds or makes a relationship, as the store sends it, planned afresh on an
// empty database: the moment a first build plans it, and keeps the plan while it fills the graph.
const cases: Array<{ label: string; file: string; placeholder?: string; type?: string; uses: RegExp }> = [
  { label: 'an entity\'s link to an article, created between its two nodes (its type read from the row)', file: 'store/write-links.cypher', uses: /^Create/ },
  { label: 'a typed evidence item, created between its two entities (its type read from the row)', file: 'store/write-evidence.cypher', uses: /^Create/ },
  { label: 'a co-mention weight', file: 'store/write-comentions.cypher', placeholder: '$($type)', type: 'CO_MENTIONED', uses: /Expand\(Into\)/ },
  { label: 'a co-mention weight taken back', file: 'store/retract-comentions.cypher', placeholder: '$($type)', type: 'CO_MENTIONED', uses: /Expand\(Into\)/ },
  { label: 'typed evidence retracted by article, from the type\'s index', file: 'store/retract-evidence.cypher', placeholder: '$($type)', type: 'INVESTS_IN', uses: /RelationshipIndexSeek/ },
];

describe('statements on relationships seek or expand from their nodes, never scan every relationship', () => {
  before(async () => {
    await resetDatabase(driver);
    await store.applySchema();
  });
  for (const c of cases) {
    test(c.label, async () => {
      const statement = c.placeholder === undefined ? cypherStatement(c.file) : withStaticType(cypherStatement(c.file), c.placeholder, c.type!);
      const params = { links: [], evidence: [], comentions: [], ids: [] };
      const { summary } = await driver.executeQuery(`CYPHER replan=force EXPLAIN ${statement}`, params);
      const plan = operators(summary.plan as unknown as { operatorType: string; children: unknown[] });
      assert.ok(!plan.some((op) => /AllRelationshipsScan|RelationshipTypeScan/.test(op)), plan.join(' < '));
      assert.ok(plan.some((op) => c.uses.test(op)), plan.join(' < '));
    });
  }

  test('a statement without the placeholder is refused, not sent unchanged', () => {
    assert.throws(() => withStaticType('MATCH (n) RETURN n', '$(row.type)', 'SIGNED_WITH'), /STORE_STATEMENT|no \$\(row\.type\)/);
  });
});

describe('a graph of the storage model before this one is refused, not mixed in', () => {
  // An edge as wutong wrote it before: its evidence as parallel lists.
  const old = [
    { label: 'a typed link with lists', create: "CREATE (:Entity {id: 'a'})-[:SUPPLIES {articles: ['x'], sentences: ['s'], weight: 1}]->(:Entity {id: 'b'})" },
    { label: 'a co-mention with lists', create: "CREATE (:Entity {id: 'a'})-[:CO_MENTIONED {articles: ['x'], sentences: ['s'], weight: 1}]->(:Entity {id: 'b'})" },
  ];
  for (const c of old) {
    test(c.label, async () => {
      await resetDatabase(driver);
      await driver.executeQuery(c.create);
      const refused = await store.applySchema().catch((error: unknown) => error);
      assert.ok(isWutongError(refused, 'STORE_OLD_GRAPH'), String(refused));
      assert.equal((refused as Error).message.split('\n').length, 1);
      // The way out the message names works.
      await store.connection.write('MATCH (n) DETACH DELETE n');
      await store.applySchema();
    });
  }
});

describe('an article given twice in one batch is written once, as its last copy', () => {
  const extractor = createExtractor({ lang: 'zh' });
  const resolved = async (id: string, text: string): Promise<ResolvedArticle> => {
    const article = { id, title: text.split('\n')[0]!, authors: [], source: `/fixtures/${id}.txt`, index: 0, lang: 'zh' as const, text };
    return resolveArticle({ article, extraction: await extractor.extract({ text, lang: 'zh' }), extractor: extractor.name });
  };
  const texts = {
    a: '长沙县与中联重科签约\n\n长沙县人民政府与中联重科股份有限公司签订合作协议，湖南大学派员出席。',
    b: '株洲市与湖南大学合作\n\n株洲市人民政府与湖南大学签署战略合作协议，中联重科股份有限公司参加。',
  };
  const cases = [
    { label: 'the same article twice', batch: ['a', 'a'], once: ['a'] },
    { label: 'an article before and after another', batch: ['a', 'b', 'a'], once: ['b', 'a'] },
  ];
  for (const c of cases) {
    test(c.label, async () => {
      const articles = { a: await resolved('a', texts.a), b: await resolved('b', texts.b) } as Record<string, ResolvedArticle>;
      await resetDatabase(driver);
      await store.write({ remove: [], add: c.once.map((id) => articles[id]!) });
      const expected = await fingerprint(driver);
      await resetDatabase(driver);
      await store.write({ remove: [], add: c.batch.map((id) => articles[id]!) });
      assert.deepEqual(await fingerprint(driver), expected);
    });
  }
});

describe('a node is named by the full form most of its links use, whatever order its articles came in', () => {
  // One firm: its registered name in full in one article, a shorter registered form in two others.
  const entity = (id: string, name: string): ResolvedArticle => ({
    article: { id, title: name, authors: [], source: `/fixtures/${id}.txt`, index: 0, lang: 'zh', text: `${name}发布新品。` },
    entities: [{ id: 'company:qinghe', type: 'Company', name, surfaces: [name], starts: [0], ends: [name.length] }],
    relations: [],
    authors: [],
  });
  const long = entity('n1', '青禾农业科技股份有限公司');
  const short = [entity('n2', '青禾科技有限公司'), entity('n3', '青禾科技有限公司')];
  const orders = [
    { label: 'the longer name first, one article per batch', batches: [[long], [short[0]!], [short[1]!]] },
    { label: 'the longer name last, one article per batch', batches: [[short[0]!], [short[1]!], [long]] },
    { label: 'all in one batch', batches: [[long, ...short]] },
  ];
  for (const o of orders) {
    test(o.label, async () => {
      await resetDatabase(driver);
      for (const add of o.batches) await store.write({ remove: [], add });
      const { records } = await driver.executeQuery('MATCH (e:Entity {id: "company:qinghe"}) RETURN e.name AS name, e.aliases AS aliases');
      assert.deepEqual([records[0]!.get('name'), records[0]!.get('aliases')], ['青禾科技有限公司', ['青禾农业科技股份有限公司']]);
    });
  }
});
