import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelBox, overlap, placeLabels, type LabelCandidate } from './labels';

const VIEW = { width: 400, height: 300 };
const node = (name: string, x: number, y: number, size: number, width = 40): LabelCandidate => ({ node: name, x, y, size, width });

const cases: { label: string; candidates: LabelCandidate[]; placed: string[] }[] = [
  { label: 'apart, both kept', candidates: [node('a', 10, 10, 5), node('b', 10, 100, 5)], placed: ['a', 'b'] },
  { label: 'on one line, the bigger node keeps its label', candidates: [node('small', 20, 50, 3), node('big', 30, 52, 9)], placed: ['big'] },
  { label: 'a label just below another, within the gap, goes', candidates: [node('a', 10, 50, 5), node('b', 12, 66, 4)], placed: ['a'] },
  { label: 'a chain: the middle one goes, both ends stay', candidates: [node('a', 0, 50, 6), node('mid', 30, 50, 5), node('c', 60, 50, 4)], placed: ['a', 'c'] },
  { label: 'off screen, not placed', candidates: [node('out', 900, 50, 5), node('in', 10, 50, 4)], placed: ['in'] },
];

for (const c of cases) {
  test(`labels: ${c.label}`, () => {
    assert.deepEqual([...placeLabels(c.candidates, 13, VIEW)].sort(), [...c.placed].sort());
  });
}

test('labels: no two placed boxes overlap on a crowded random stage', () => {
  let seed = 3;
  const random = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 4294967296; };
  const crowd = Array.from({ length: 600 }, (_, i) => node(`n${i}`, random() * VIEW.width, random() * VIEW.height, 1 + random() * 10, 20 + random() * 60));
  const placed = placeLabels(crowd, 13, VIEW);
  const boxes = crowd.filter((c) => placed.has(c.node)).map((c) => labelBox(c, 13));
  assert.ok(boxes.length >= 20, `a crowded stage still gets labels (${boxes.length})`);
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) assert.ok(!overlap(a, b), `${a.node} and ${b.node} overlap`);
});
