import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transliterationMarks } from './runs';

/** Marks as [run length, place] pairs (place 0 first, 1 inside, 2 last, 3 alone), null outside a run. */
const unpack = (marks: Int32Array, placeBits: number, lengthMask: number): Array<[number, number] | null> =>
  [...marks].map((m) => (m === 0 ? null : [(m >> 2) & lengthMask, m & placeBits]));

describe('transliterationMarks', () => {
  const cases: Array<[string, string, Array<[number, number] | null>]> = [
    ['marks a foreign name as one run', '导演彼特杰克逊', [null, null, [5, 0], [5, 1], [5, 1], [5, 1], [5, 2]]],
    ['keeps a middle dot between two name characters inside the run', '瑞斯·维', [[4, 0], [4, 1], [4, 1], [4, 2]]],
    ['leaves a dot at the edge of a run outside it', '·斯', [null, [1, 3]]],
    ['caps long runs at eight', '阿尔伯特爱因斯坦特', [[8, 0], [8, 1], [8, 1], [8, 1], [8, 1], [8, 1], [8, 1], [8, 1], [8, 2]]],
    ['marks nothing in ordinary text', '今天下雨', [null, null, null, null]],
  ];
  for (const [label, text, expected] of cases) it(label, () => assert.deepEqual(unpack(transliterationMarks(text, text.length), 3, 15), expected));
});
