import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from './index';
import { MAX_SENTENCE } from './sentences';

const cases: { label: string; lang: 'zh' | 'en'; text: string; expected: string[] }[] = [
  { label: 'Chinese full stops', lang: 'zh', text: '郴州经开区签约6个项目。总投资20亿元！', expected: ['郴州经开区签约6个项目。', '总投资20亿元！'] },
  { label: 'semicolon and question mark', lang: 'zh', text: '医院扩建；新增床位？是的', expected: ['医院扩建；', '新增床位？', '是的'] },
  { label: 'line breaks end a sentence', lang: 'zh', text: '标题一行\n正文第一句。', expected: ['标题一行', '正文第一句。'] },
  { label: 'closing quote stays with its sentence', lang: 'zh', text: '他说：“项目已经落地。”随后离开。', expected: ['他说：“项目已经落地。”', '随后离开。'] },
  { label: 'decimal point is not an end in Chinese', lang: 'zh', text: '投资3.5亿元建设厂房。', expected: ['投资3.5亿元建设厂房。'] },
  { label: 'English sentences', lang: 'en', text: 'Acme opened a plant. It hired 200 people!', expected: ['Acme opened a plant.', 'It hired 200 people!'] },
  { label: 'titles and initials', lang: 'en', text: 'Dr. J. Smith met Mr. Lee on Monday. They agreed.', expected: ['Dr. J. Smith met Mr. Lee on Monday.', 'They agreed.'] },
  { label: 'company suffix before a lower-case word', lang: 'en', text: 'Acme Inc. said it would invest. Beta Ltd. Chairman Wu agreed.', expected: ['Acme Inc. said it would invest.', 'Beta Ltd.', 'Chairman Wu agreed.'] },
  { label: 'decimal number and quote', lang: 'en', text: 'Sales rose 3.5 percent. "We are glad." She left.', expected: ['Sales rose 3.5 percent.', '"We are glad."', 'She left.'] },
  { label: 'whitespace only gives nothing', lang: 'zh', text: '  \n \n', expected: [] },
];

for (const c of cases) {
  test(`splitSentences: ${c.label}`, () => {
    const spans = splitSentences(c.text, c.lang);
    assert.deepEqual(spans.map((s) => c.text.slice(s.start, s.end)), c.expected);
  });
}

// A run of text with no sentence end (a flattened table, a site's text in one field) is no sentence
// whose every pair of names is read: it comes in pieces of at most MAX_SENTENCE characters.
const runOn: { label: string; text: string; lengths: number[] }[] = [
  { label: 'a long sentence under the bound stays whole', text: `${'甲乙丙丁戊己庚辛壬癸，'.repeat(227)}。`, lengths: [2498] },
  { label: 'a run-on text is cut after its last clause mark before the bound', text: '甲乙丙丁戊己庚辛壬癸，'.repeat(600), lengths: [2497, 2497, 1606] },
  { label: 'with no mark at all, at the bound', text: '甲'.repeat(6_000), lengths: [MAX_SENTENCE, MAX_SENTENCE, 1_000] },
  { label: 'English without full stops, after a space', text: 'word '.repeat(1_200), lengths: [2499, 2499, 999] },
];

for (const c of runOn) {
  test(`splitSentences: ${c.label}`, () => {
    const spans = splitSentences(c.text, c.text.startsWith('word') ? 'en' : 'zh');
    assert.deepEqual(spans.map((s) => s.end - s.start), c.lengths);
    assert.ok(spans.every((s, k) => k === 0 || s.start >= spans[k - 1]!.end), 'in order, apart');
  });
}
