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

describe('createExtractor (zh), traditional script', () => {
  it('reads a traditional article through its simplified reading and names things as it writes them', async () => {
    const text = '鴻晟精密股份有限公司與長沙經濟技術開發區管委會簽約。鴻晟精密董事長陳振邦表示，項目明年投產。';
    const { entities, relations } = await createExtractor({ lang: 'zh' }).extract({ text, lang: 'zh' });
    for (const m of entities) assert.equal(text.slice(m.start, m.end), m.text);
    const found = entities.map((m) => `${m.text}/${m.type}`);
    for (const name of ['鴻晟精密股份有限公司/Company', '長沙經濟技術開發區管委會/Institution', '鴻晟精密/Company', '陳振邦/Person']) assert.ok(found.includes(name), `${name} in ${found.join(' ')}`);
    const typed = relations.map((r) => `${entities[r.source]!.text} ${r.type} ${entities[r.target]!.text}`);
    assert.ok(typed.includes('鴻晟精密股份有限公司 SIGNED_WITH 長沙經濟技術開發區管委會'), typed.join('; '));
    assert.ok(typed.includes('陳振邦 WORKS_AT 鴻晟精密'), typed.join('; '));
  });
});

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
