import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withTrimmedNames } from './trimmed-names';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: 'a firm run on into a verb is cut back to the name the article uses alone',
    text: '华岳科技发布公告。岳麓华岳确认此事。华岳表示满意。',
    mentions: [['华岳科技', 'Company'], ['华岳确认', 'Company'], ['华岳', 'Company', 2]],
    expected: ['华岳科技/Company', '华岳/Company', '华岳/Company'],
  },
  {
    label: 'two firms joined by 和 are split when one is named alone',
    text: '青禾和蓝湾集团签约。青禾表示满意。',
    mentions: [['青禾和蓝湾集团', 'Company'], ['青禾', 'Company', 1]],
    expected: ['青禾/Company', '蓝湾集团/Company', '青禾/Company'],
  },
  {
    label: 'a name ending in a firm suffix is its own name',
    text: '华岳控股发布公告。华岳表示满意。',
    mentions: [['华岳控股', 'Company'], ['华岳', 'Company', 1]],
    expected: ['华岳控股/Company', '华岳/Company'],
  },
  {
    label: 'a short name with a trade after it is another firm',
    text: '华岳石化投产。华岳表示满意。',
    mentions: [['华岳石化', 'Company'], ['华岳', 'Company', 1]],
    expected: ['华岳石化/Company', '华岳/Company'],
  },
  {
    label: 'a trade before a giant noun describes the firm named alone',
    text: '华岳集团发布公告。华岳集团医药巨头地位稳固。',
    mentions: [['华岳集团', 'Company'], ['华岳集团医药', 'Company']],
    expected: ['华岳集团/Company', '华岳集团/Company'],
  },
  {
    label: 'a longer name the article repeats is a name',
    text: '青禾官网上线。青禾官网访问量大。青禾表示满意。',
    mentions: [['青禾官网', 'Company'], ['青禾官网', 'Company', 1], ['青禾', 'Company', 2]],
    expected: ['青禾官网/Company', '青禾官网/Company', '青禾/Company'],
  },
  {
    label: 'nothing named alone: nothing cut',
    text: '和平蓝湾公司开业，青禾确认出席。',
    mentions: [['和平蓝湾公司', 'Company'], ['青禾确认', 'Company']],
    expected: ['和平蓝湾公司/Company', '青禾确认/Company'],
  },
];

for (const c of cases) {
  test(`withTrimmedNames: ${c.label}`, () => {
    const out = withTrimmedNames(c.text, mentionsAt(c.text, c.mentions));
    assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), c.expected);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}
