import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seededRandom } from '../shared/random';
import { cutPoint, SpanIndex, type Span } from './spans';

/** What every pass asked before the index: a scan of the whole list. */
const scanned = (spans: Span[], start: number, end: number): Span[] => spans.filter((s) => s.start < end && start < s.end);

/** Spans `[start, end)`, written `start-end`; the queries as well. */
const spans = (spec: string): Span[] => spec.split(' ').filter(Boolean).map((s) => ({ start: Number(s.split('-')[0]), end: Number(s.split('-')[1]) }));

const cases: Array<{ label: string; spans: string; queries: string }> = [
  { label: 'no spans', spans: '', queries: '0-5' },
  { label: 'touching spans do not overlap', spans: '0-2 2-4 4-6', queries: '2-4 0-1 5-9 6-7' },
  { label: 'nested spans, a long one first', spans: '0-20 3-5 4-6 10-12', queries: '4-5 12-15 19-25 20-21 0-1' },
  { label: 'a long span late in the list', spans: '30-32 1-3 5-40 41-43', queries: '35-36 40-41 0-1 42-50' },
  { label: 'spans sharing a start, listed out of order', spans: '8-9 2-7 2-4 2-3 9-11', queries: '3-4 6-8 8-10 11-12' },
];

describe('SpanIndex answers as a scan of the whole list does', () => {
  for (const c of cases) {
    test(c.label, () => {
      const list = spans(c.spans);
      const index = new SpanIndex(list);
      for (const q of spans(c.queries)) {
        assert.deepEqual(index.overlapping(q.start, q.end), scanned(list, q.start, q.end), `overlapping ${q.start}-${q.end}`);
        assert.equal(index.some(q.start, q.end), scanned(list, q.start, q.end).length > 0, `some ${q.start}-${q.end}`);
        assert.equal(index.some(q.start, q.end, (s) => s.end - s.start > 2), scanned(list, q.start, q.end).some((s) => s.end - s.start > 2), `some long ${q.start}-${q.end}`);
      }
    });
  }

  test('a thousand random lists of mention-like spans', () => {
    const random = seededRandom(17);
    const int = (n: number): number => Math.floor(random() * n);
    for (let round = 0; round < 1000; round++) {
      const list = Array.from({ length: int(30) }, () => {
        const start = int(100);
        return { start, end: start + 1 + int(random() < 0.1 ? 40 : 6) };
      });
      const index = new SpanIndex(list);
      const start = int(110);
      const end = start + 1 + int(12);
      assert.deepEqual(index.overlapping(start, end), scanned(list, start, end), JSON.stringify({ list, start, end }));
    }
  });
});

const MARKS = [new Set(['\n']), new Set(['。'])];

const cuts: Array<{ label: string; text: string; start: number; max: number; cut: number }> = [
  { label: 'what fits stays whole', text: '甲乙丙丁', start: 0, max: 10, cut: 4 },
  { label: 'after the last line break in the second half', text: '甲乙。\n丙丁戊\n己庚辛壬癸', start: 0, max: 10, cut: 8 },
  { label: 'a line break in the first half is passed over for a full stop', text: '甲\n乙丙丁戊己。庚辛壬癸子丑', start: 0, max: 10, cut: 8 },
  { label: 'no mark: at the bound', text: '甲乙丙丁戊己庚辛壬癸子丑', start: 0, max: 10, cut: 10 },
  { label: 'from a later start', text: '甲乙丙丁戊己\n庚辛壬癸子丑寅卯', start: 2, max: 6, cut: 7 },
  { label: 'never between the halves of a character outside the BMP', text: '甲乙丙丁戊己庚辛壬𠀀癸', start: 0, max: 10, cut: 9 },
];

describe('cutPoint', () => {
  for (const c of cuts) {
    test(c.label, () => assert.equal(cutPoint(c.text, c.start, c.max, MARKS), c.cut));
  }
});
