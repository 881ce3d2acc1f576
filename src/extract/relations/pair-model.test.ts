import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../types';
import { readPair, type PairModel } from './pair-model';

// A hand-made model: 收购 between the names votes for a forward class, 旗下 (only to test direction) for a backward one.
const model: PairModel = {
  classes: ['ACQUIRES>', 'ACQUIRES<', 'OWNS>', 'OWNS<', 'none'],
  threshold: 0.5,
  weights: { 'b:收购': { 0: 4 }, 'b:旗下': { 3: 4 }, bias: { 4: 1 } },
};

function pair(text: string, a: string, b: string): [Mention, Mention] {
  const s = text.indexOf(a);
  const t = text.indexOf(b);
  return [{ text: a, type: 'Company', start: s, end: s + a.length }, { text: b, type: 'Company', start: t, end: t + b.length }];
}

const cases: { label: string; text: string; expected: { type: string; reversed: boolean } | undefined }[] = [
  { label: 'forward class', text: '甲公司收购乙公司', expected: { type: 'ACQUIRES', reversed: false } },
  { label: 'backward class', text: '甲公司旗下乙公司', expected: { type: 'OWNS', reversed: true } },
  { label: 'no evidence stays untyped', text: '甲公司和乙公司', expected: undefined },
];

for (const c of cases) {
  test(`readPair: ${c.label}`, () => {
    const [x, y] = pair(c.text, '甲公司', '乙公司');
    const reading = readPair(c.text, { start: 0, end: c.text.length }, x, y, [], model);
    assert.deepEqual(reading === undefined ? undefined : { type: reading.type, reversed: reading.reversed }, c.expected);
  });
}

test('readPair: below the threshold stays untyped', () => {
  const [x, y] = pair('甲公司收购乙公司', '甲公司', '乙公司');
  assert.equal(readPair('甲公司收购乙公司', { start: 0, end: 8 }, x, y, [], { ...model, threshold: 0.99 }), undefined);
});
