import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markSegments } from './marks';

test('markSegments splits a sentence around mention spans', () => {
  const cases: [string, string, [number, number][], string][] = [
    ['no marks', '郴州经开区签约', [], '郴州经开区签约'],
    ['mark at the start', '郴州经开区签约', [[0, 5]], '[郴州经开区]签约'],
    ['two marks', '郴州经开区与华宇签约', [[0, 5], [6, 8]], '[郴州经开区]与[华宇]签约'],
    ['mark at the end', '签约郴州', [[2, 4]], '签约[郴州]'],
    ['overlapping mark skipped', '郴州经开区', [[0, 5], [2, 4]], '[郴州经开区]'],
    ['mark past the end skipped', '郴州', [[1, 9]], '郴州'],
  ];
  for (const [label, text, marks, expected] of cases) {
    const shown = markSegments(text, marks).map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');
    assert.equal(shown, expected, label);
  }
});
