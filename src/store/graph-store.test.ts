import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { cypherStatement } from './cypher-files';
import { withStaticType } from './graph-store';
import { resetDatabase, testDriver } from '../../test/support/neo4j';

const driver = testDriver();
after(() => driver.close());

/** The plan's operators, depth first. */
function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((child) => operators(child as typeof plan))];
}

// Each MERGE of a relationship, as the store sends it, planned afresh on an empty database: the
// moment a first build plans it, and keeps the plan while it fills the graph.
const cases: Array<{ label: string; file: string; placeholder: string; type: string }> = [
  { label: 'an entity mentioned in an article', file: 'store/write-entities.cypher', placeholder: '$(row.link)', type: 'MENTIONED_IN' },
  { label: 'an entity an article implies', file: 'store/write-entities.cypher', placeholder: '$(row.link)', type: 'DERIVED_FROM' },
  { label: 'a typed relation between two entities', file: 'store/write-relations.cypher', placeholder: '$(row.type)', type: 'SIGNED_WITH' },
  { label: 'a co-mention', file: 'store/write-relations.cypher', placeholder: '$(row.type)', type: 'CO_MENTIONED' },
];

describe('write statements expand from their two nodes, never scan every relationship', () => {
  for (const c of cases) {
    test(c.label, async () => {
      await resetDatabase(driver);
      const statement = withStaticType(cypherStatement(c.file), c.placeholder, c.type);
      const { summary } = await driver.executeQuery(`CYPHER replan=force EXPLAIN ${statement}`, { links: [], relations: [] });
      const plan = operators(summary.plan as unknown as { operatorType: string; children: unknown[] });
      assert.ok(!plan.some((op) => /AllRelationshipsScan/.test(op)), plan.join(' < '));
      assert.ok(plan.some((op) => /Expand\(Into\)/.test(op)), plan.join(' < '));
    });
  }

  test('a statement without the placeholder is refused, not sent unchanged', () => {
    assert.throws(() => withStaticType('MATCH (n) RETURN n', '$(row.type)', 'SIGNED_WITH'), /STORE_STATEMENT|no \$\(row\.type\)/);
  });
});
