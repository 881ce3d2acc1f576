import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cypherStatement } from './cypher-files';
import { withStaticType } from './graph-store';
import { resetDatabase, testDriver, testStore } from '../../test/support/neo4j';

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
const cases: Array<{ label: string; file: string; placeholder: string; type: string; uses: RegExp }> = [
  { label: 'an entity mentioned in an article', file: 'store/write-entities.cypher', placeholder: '$(row.link)', type: 'MENTIONED_IN', uses: /Expand\(Into\)/ },
  { label: 'an entity an article implies', file: 'store/write-entities.cypher', placeholder: '$(row.link)', type: 'DERIVED_FROM', uses: /Expand\(Into\)/ },
  { label: 'a typed evidence item, created between its two entities', file: 'store/write-evidence.cypher', placeholder: '$($type)', type: 'SIGNED_WITH', uses: /^Create/ },
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
      const statement = withStaticType(cypherStatement(c.file), c.placeholder, c.type);
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
