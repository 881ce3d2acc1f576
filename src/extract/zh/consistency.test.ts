import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Mention } from '../types';
import { unifiedTypes } from './consistency';

const mention = (text: string, type: EntityType, start: number): Mention => ({ text, type, start, end: start + text.length });

const cases: { label: string; mentions: Mention[]; expected: string[] }[] = [
  {
    label: 'a firm read once as a person is a company throughout',
    mentions: [mention('富鸿达', 'Person', 0), mention('富鸿达', 'Company', 20)],
    expected: ['富鸿达/Company', '富鸿达/Company'],
  },
  {
    label: 'a person named more often than the firm stays a person',
    mentions: [mention('李明', 'Person', 0), mention('李明', 'Person', 10), mention('李明', 'Company', 30)],
    expected: ['李明/Person', '李明/Person', '李明/Company'],
  },
  {
    label: 'the organisation type the name has most wins',
    mentions: [mention('湘江', 'Person', 0), mention('湘江', 'Institution', 5), mention('湘江', 'Institution', 9), mention('湘江', 'Company', 14)],
    expected: ['湘江/Institution', '湘江/Institution', '湘江/Institution', '湘江/Company'],
  },
  {
    label: 'different names are left alone',
    mentions: [mention('陈勇', 'Person', 0), mention('郴电科技', 'Company', 5)],
    expected: ['陈勇/Person', '郴电科技/Company'],
  },
];

for (const c of cases) {
  test(`unifiedTypes: ${c.label}`, () => {
    assert.deepEqual(unifiedTypes(c.mentions).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
