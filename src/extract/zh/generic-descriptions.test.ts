import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withoutGenericDescriptions } from './generic-descriptions';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a business word before a kind noun describes a firm', text: '当地电力公司表示将配合。', mentions: [['电力公司', 'Company']], expected: [] },
  { label: 'modifiers and business words before a kind noun describe firms', text: '多家跨国制药企业参展。', mentions: [['跨国制药企业', 'Company']], expected: [] },
  { label: 'a count of big firms is no name', text: '五大集团联合发布倡议。', mentions: [['五大集团', 'Company']], expected: [] },
  { label: 'a name of its own before the business word is a firm', text: '青禾电力公司表示将配合。', mentions: [['青禾电力公司', 'Company']], expected: ['青禾电力公司/Company'] },
  { label: 'a place before the business word is a firm', text: '桂阳电力集团公司成立。', mentions: [['桂阳电力集团公司', 'Company']], expected: ['桂阳电力集团公司/Company'] },
  { label: 'a body is left alone', text: '电力协会发布报告。', mentions: [['电力协会', 'Institution']], expected: ['电力协会/Institution'] },
];

for (const c of cases) {
  test(`withoutGenericDescriptions: ${c.label}`, () => {
    assert.deepEqual(withoutGenericDescriptions(mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
