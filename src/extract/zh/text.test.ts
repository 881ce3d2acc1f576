import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldWidth, snapToCodePoints, splitSentences } from './text';

describe('foldWidth', () => {
  const cases: Array<[string, string, string]> = [
    ['full-width Latin and digits', 'ＡＢＣ１２３', 'ABC123'],
    ['ideographic space', '郴州\u3000经开区', '郴州 经开区'],
    ['Han text unchanged', '桂阳县人民医院', '桂阳县人民医院'],
    ['emoji keeps both surrogate units', '签约😀成功', '签约😀成功'],
  ];
  for (const [label, input, expected] of cases) {
    it(label, () => {
      const folded = foldWidth(input);
      assert.equal(folded, expected);
      assert.equal(folded.length, input.length);
    });
  }
});

describe('snapToCodePoints', () => {
  const text = 'a😀b';
  const cases: Array<[string, number, number, [number, number]]> = [
    ['start inside a pair moves left', 2, 4, [1, 4]],
    ['end inside a pair moves right', 0, 2, [0, 3]],
    ['whole pair unchanged', 1, 3, [1, 3]],
  ];
  for (const [label, start, end, expected] of cases) {
    it(label, () => assert.deepEqual(snapToCodePoints(text, start, end), expected));
  }
});

describe('splitSentences', () => {
  const cases: Array<[string, string, number, string[]]> = [
    ['full stops and line breaks', '项目签约。医院开业！\n村委会开会', 200, ['项目签约。', '医院开业！', '\n', '村委会开会']],
    ['long text cut at the limit', '一二三四五', 2, ['一二', '三四', '五']],
    ['a surrogate pair is never cut', '一😀二', 2, ['一😀', '二']],
  ];
  for (const [label, input, max, expected] of cases) {
    it(label, () => assert.deepEqual(splitSentences(input, max).map(([s, e]) => input.slice(s, e)), expected));
  }
});
