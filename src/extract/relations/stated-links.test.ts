import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Relation } from '../types';
import { withStatedLinks } from './stated-links';

const link = (source: number, target: number, type: string, rule: string): Relation => ({ source, target, type, start: 0, end: 10, confidence: 0.8, rule });

const cases: { label: string; before: Relation[]; stated: Relation[]; expected: string[] }[] = [
  { label: 'a pair with no relation gets the stated link', before: [], stated: [link(0, 1, 'LOCATED_IN', 'stated')], expected: ['0-LOCATED_IN->1 stated'] },
  { label: 'the stated link replaces the pair\'s co-mention, either way round', before: [link(1, 0, 'CO_MENTIONED', 'co-mention')], stated: [link(0, 1, 'LOCATED_IN', 'stated')], expected: ['0-LOCATED_IN->1 stated'] },
  { label: 'a pair already typed keeps its type', before: [link(0, 1, 'INVESTS_IN', 'link-model')], stated: [link(0, 1, 'LOCATED_IN', 'stated')], expected: ['0-INVESTS_IN->1 link-model'] },
  { label: 'other pairs are left as they were', before: [link(2, 3, 'CO_MENTIONED', 'co-mention')], stated: [link(0, 1, 'LOCATED_IN', 'stated')], expected: ['2-CO_MENTIONED->3 co-mention', '0-LOCATED_IN->1 stated'] },
];

for (const c of cases) {
  test(`withStatedLinks: ${c.label}`, () => {
    assert.deepEqual(withStatedLinks(c.before, c.stated).map((r) => `${r.source}-${r.type}->${r.target} ${r.rule}`), c.expected);
  });
}
