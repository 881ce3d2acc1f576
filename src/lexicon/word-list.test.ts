import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestFirst, WordList } from './word-list';

const legalForms = new WordList('zh/test', ['有限公司', '集团有限公司', '公司', '股份有限公司']);

const cases: Array<{ label: string; actual: () => unknown; expected: unknown }> = [
  { label: 'members are held longest first, ties in file order', actual: () => legalForms.words, expected: ['集团有限公司', '股份有限公司', '有限公司', '公司'] },
  { label: 'the longest suffix wins over a shorter one inside it', actual: () => legalForms.suffixOf('湘电集团有限公司'), expected: '集团有限公司' },
  { label: 'a suffix must leave the asked characters before it', actual: () => legalForms.suffixOf('集团有限公司', 1), expected: '有限公司' },
  { label: 'no suffix when the text ends otherwise', actual: () => legalForms.suffixOf('湘电集团'), expected: undefined },
  { label: 'the longest prefix wins', actual: () => new WordList('zh/p', ['副', '常务副', '常务']).prefixOf('常务副县长'), expected: '常务副' },
  { label: 'a prefix must leave the asked characters after it', actual: () => new WordList('zh/p', ['副县长']).prefixOf('副县长', 1), expected: undefined },
  { label: 'the longest member written at an offset', actual: () => legalForms.at('由湘电集团有限公司投资', 3), expected: '集团有限公司' },
  { label: 'nothing written at an offset past the text', actual: () => legalForms.at('公司', 2), expected: undefined },
  { label: 'the longest member ending at an offset', actual: () => legalForms.endingAt('湘电股份有限公司投资', 8), expected: '股份有限公司' },
  { label: 'at an offset, only members starting with its character are tried', actual: () => [new WordList('zh/w', ['青禾镇', '青禾', '禾镇口']).at('到青禾镇口', 2), new WordList('zh/w', ['青禾镇', '青禾']).at('到青禾镇口', 0)], expected: ['禾镇口', undefined] },
  { label: 'before an offset, only members ending with the character before it are tried', actual: () => [new WordList('zh/w', ['蓝湾', '湾区', '蓝湾区']).endingAt('去蓝湾区', 4), new WordList('zh/w', ['蓝湾']).endingAt('去蓝湾区', 4)], expected: ['蓝湾区', undefined] },
  { label: 'a list may not hold the empty word', actual: () => { try { return new WordList('zh/e', ['', '公司']).size; } catch (error) { return (error as { code?: string }).code; } }, expected: 'EMPTY_WORD' },
  { label: 'membership is exact', actual: () => [legalForms.has('公司'), legalForms.has('公')], expected: [true, false] },
  { label: 'a member anywhere in a text', actual: () => [legalForms.occursIn('两家公司签约'), legalForms.occursIn('两家企业签约')], expected: [true, false] },
  { label: 'an alternation tries the longest first and escapes', actual: () => new WordList('en/t', ['Co.', 'Co. Ltd.']).alternation(), expected: 'Co\\. Ltd\\.|Co\\.' },
  { label: 'longestFirst orders anything by its text', actual: () => longestFirst([{ w: 'ab' }, { w: 'abc' }, { w: 'cd' }], (x) => x.w).map((x) => x.w), expected: ['abc', 'ab', 'cd'] },
];

for (const c of cases) test(c.label, () => assert.deepEqual(c.actual(), c.expected));
