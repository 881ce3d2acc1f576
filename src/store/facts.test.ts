import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeFacts, encodeFacts, factUpdate } from './facts';

const item = (props: Record<string, string | number>) => encodeFacts(props);

const EDGE_FACTS: { label: string; items: (string | null)[]; expected: Record<string, unknown> }[] = [
  { label: 'no item states a fact', items: ['', '', null], expected: {} },
  { label: 'one item states an amount', items: ['', item({ amount: 1e9, currency: 'CNY' })], expected: { amount: 1e9, currency: 'CNY' } },
  { label: 'two sources split evenly: the later one', items: [item({ amount: 1e9 }), item({ amount: 2.5e9 })], expected: { amount: 2.5e9 } },
  { label: 'the value most items state wins over the last', items: [item({ amount: 1e9 }), item({ amount: 1e9 }), item({ amount: 2.5e9 })], expected: { amount: 1e9 } },
  { label: 'each fact is counted apart', items: [item({ post: '董事长', date: '2026-01-02' }), item({ post: '总经理' }), item({ post: '董事长' })], expected: { post: '董事长', date: '2026-01-02' } },
  { label: 'an unreadable item is no fact', items: ['{not json', item({ amount: 3 })], expected: { amount: 3 } },
];

for (const { label, items, expected } of EDGE_FACTS) {
  test(`edge facts: ${label}`, () => assert.deepEqual(edgeFacts(items), expected));
}

test('a fact no remaining item states is removed (set to null); evidence lists are left alone', () => {
  const update = factUpdate({ id: 'e1', facts: [item({ currency: 'CNY' })], keys: ['articles', 'facts', 'weight', 'amount', 'currency'] });
  assert.deepEqual(update, { id: 'e1', props: { currency: 'CNY', amount: null } });
});

test('an item with no facts is stored as the empty string', () => {
  assert.equal(encodeFacts(undefined), '');
  assert.equal(encodeFacts({}), '');
  assert.equal(encodeFacts({ post: '院长' }), '{"post":"院长"}');
});
