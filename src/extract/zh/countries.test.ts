import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkup as parse } from '../../../test/support/markup';
import { withCountryNames } from './countries';

const cases: { label: string; markup: string; everywhere: boolean; expected: string[] }[] = [
  { label: 'a country listed before a place the tagger found', markup: '产品已进入俄罗斯、[哈萨克斯坦|L]等国。', everywhere: false, expected: ['俄罗斯/Place', '哈萨克斯坦/Place'] },
  { label: 'a country joined by 和 after a place', markup: '客商来自[越南|L]和泰国。', everywhere: false, expected: ['越南/Place', '泰国/Place'] },
  { label: 'a country alone in web news is left to the tagger', markup: '公司与德国一家企业签约。', everywhere: false, expected: [] },
  { label: 'a country alone in print news is a place', markup: '公司与德国一家企业签约。', everywhere: true, expected: ['德国/Place'] },
  { label: 'the country inside a national campaign is no place, even in print news', markup: '推进健康中国建设。', everywhere: true, expected: [] },
  { label: 'a country inside a name found already adds nothing', markup: '[德国商会|I]到访。', everywhere: true, expected: ['德国商会/Institution'] },
];

for (const { label, markup, everywhere, expected } of cases) {
  test(`withCountryNames: ${label}`, () => {
    const { text, mentions } = parse(markup);
    assert.deepEqual(withCountryNames(text, mentions, everywhere).map((m) => `${m.text}/${m.type}`), expected);
  });
}
