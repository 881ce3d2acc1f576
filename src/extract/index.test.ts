import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtractor } from './index';

// Articles written for these tests, in the genre of a regional paper.
const cases: Array<{ label: string; text: string; expected: string[] }> = [
  {
    label: "a list's last item without 等 is typed from the firm before it",
    text: '园区企业比亚迪、云帆达通过技改实现产值翻番。',
    expected: ['比亚迪/Company', '云帆达/Company'],
  },
  {
    label: 'a list closed by 等 is typed from the firm beside it',
    text: '园区引进了星河科技、云帆达、青木数码等企业。',
    expected: ['云帆达/Company', '青木数码/Company'],
  },
];

describe('createExtractor (zh)', () => {
  const extractor = createExtractor({ lang: 'zh' });
  for (const c of cases) {
    it(c.label, async () => {
      const { entities } = await extractor.extract({ text: c.text, lang: 'zh' });
      const found = entities.map((m) => `${m.text}/${m.type}`);
      for (const name of c.expected) assert.ok(found.includes(name), `${name} in ${found.join(' ')}`);
      for (const m of entities) assert.equal(c.text.slice(m.start, m.end), m.text);
    });
  }
});
