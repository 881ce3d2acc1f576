import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention, Relation } from '../types';
import { withStatedLinks } from './stated-links';

// Four names; 3 is a second mention of name 0 (青禾 again).
const mentions: Mention[] = ['青禾', '郴州', '蓝湾', '青禾'].map((text, k) => ({ text, type: k === 1 ? 'Place' : 'Company', start: k * 2, end: k * 2 + 2 }));
const link = (source: number, target: number, type: string, rule: string): Relation => ({ source, target, type, start: 0, end: 10, confidence: 0.8, rule });

const cases: { label: string; before: Relation[]; stated: Relation[]; refines?: string[]; expected: string[] }[] = [
  { label: 'a pair with no relation gets the stated link', before: [], stated: [link(0, 1, 'LOCATED_IN', 'stated')], expected: ['0-LOCATED_IN->1 stated'] },
  { label: 'the stated link replaces the pair\'s co-mention, either way round', before: [link(1, 0, 'CO_MENTIONED', 'co-mention')], stated: [link(0, 1, 'LOCATED_IN', 'stated')], expected: ['0-LOCATED_IN->1 stated'] },
  { label: 'a pair already typed keeps its type', before: [link(0, 1, 'INVESTS_IN', 'link-model')], stated: [link(0, 1, 'LOCATED_IN', 'stated')], expected: ['0-INVESTS_IN->1 link-model'] },
  { label: 'a pair is of names: another mention of a name linked already counts', before: [link(3, 1, 'INVESTS_IN', 'link-model')], stated: [link(0, 1, 'LOCATED_IN', 'stated')], expected: ['3-INVESTS_IN->1 link-model'] },
  { label: 'a type the stated link refines is replaced', before: [link(3, 1, 'LOCATED_IN', 'link-model')], stated: [link(0, 1, 'INVESTS_IN', 'stated')], refines: ['LOCATED_IN'], expected: ['0-INVESTS_IN->1 stated'] },
  { label: 'other pairs are left as they were', before: [link(2, 3, 'CO_MENTIONED', 'co-mention')], stated: [link(0, 1, 'LOCATED_IN', 'stated')], expected: ['2-CO_MENTIONED->3 co-mention', '0-LOCATED_IN->1 stated'] },
];

for (const c of cases) {
  test(`withStatedLinks: ${c.label}`, () => {
    assert.deepEqual(withStatedLinks(mentions, c.before, c.stated, c.refines).map((r) => `${r.source}-${r.type}->${r.target} ${r.rule}`), c.expected);
  });
}
