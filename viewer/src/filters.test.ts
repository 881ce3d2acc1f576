import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeVisible, nodeVisible, visibleDegree, type NodeFacts } from './filters';
import { DEFAULT_FILTERS, type Filters } from './state';

const place: NodeFacts = { type: 'Place', degree: 2, dates: ['2024-11-20', '2025-01-15'] };

test('nodeVisible applies type, degree, date and focus filters', () => {
  const cases: [string, NodeFacts, Partial<Filters>, Set<string> | null, boolean][] = [
    ['no filter shows the node', place, {}, null, true],
    ['hidden type', place, { hiddenTypes: ['Place'] }, null, false],
    ['other type hidden', place, { hiddenTypes: ['Person'] }, null, true],
    ['degree below the minimum', place, { minDegree: 3 }, null, false],
    ['degree at the minimum', place, { minDegree: 2 }, null, true],
    ['one date inside the range', place, { from: '2025-01-01', to: '2025-12-31' }, null, true],
    ['every date before the range', place, { from: '2025-02-01' }, null, false],
    ['every date after the range', place, { to: '2024-01-01' }, null, false],
    ['range bounds are inclusive', place, { from: '2025-01-15', to: '2025-01-15' }, null, true],
    ['no known dates passes a date filter', { ...place, dates: [] }, { from: '2030-01-01' }, null, true],
    ['outside the focused query result', place, {}, new Set(['other']), false],
    ['inside the focused query result', place, {}, new Set(['key']), true],
  ];
  for (const [label, node, filters, focus, expected] of cases) {
    assert.equal(nodeVisible(node, { ...DEFAULT_FILTERS, ...filters }, focus, 'key'), expected, label);
  }
});

test('edgeVisible hides co-mentions and hidden relation types', () => {
  const cases: [string, string, Partial<Filters>, boolean][] = [
    ['relation shown by default', 'SIGNED_WITH', {}, true],
    ['co-mention shown by default', 'CO_MENTIONED', {}, true],
    ['co-mention hidden', 'CO_MENTIONED', { hideCoMentions: true }, false],
    ['hiding co-mentions keeps typed relations', 'WORKS_AT', { hideCoMentions: true }, true],
    ['relation type hidden', 'WORKS_AT', { hiddenRelations: ['WORKS_AT'] }, false],
  ];
  for (const [label, type, filters, expected] of cases) assert.equal(edgeVisible(type, { ...DEFAULT_FILTERS, ...filters }), expected, label);
});

test('visibleDegree counts distinct neighbours over visible relations', () => {
  const neighbours = [{ other: 'a', type: 'SIGNED_WITH' }, { other: 'a', type: 'CO_MENTIONED' }, { other: 'b', type: 'CO_MENTIONED' }];
  const cases: [string, Partial<Filters>, number][] = [
    ['parallel relations count once', {}, 2],
    ['co-mentions hidden', { hideCoMentions: true }, 1],
    ['everything hidden', { hiddenRelations: ['SIGNED_WITH', 'CO_MENTIONED'] }, 0],
  ];
  for (const [label, filters, expected] of cases) assert.equal(visibleDegree(neighbours, { ...DEFAULT_FILTERS, ...filters }), expected, label);
});
