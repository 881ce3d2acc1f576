import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAmount, findDate } from './props';

const amounts: { label: string; text: string; lang?: 'zh' | 'en'; expected: { amount: number; currency: string } | undefined }[] = [
  { label: '亿元', text: '总投资20亿元', expected: { amount: 2_000_000_000, currency: 'CNY' } },
  { label: '万元 with decimals', text: '注资3500.5万元', expected: { amount: 35_005_000, currency: 'CNY' } },
  { label: 'plain yuan with thousands separators', text: '出资1,200,000元', expected: { amount: 1_200_000, currency: 'CNY' } },
  { label: '亿美元', text: '以1.5亿美元收购', expected: { amount: 150_000_000, currency: 'USD' } },
  { label: '港元', text: '配股筹8亿港元', expected: { amount: 800_000_000, currency: 'HKD' } },
  { label: 'English dollars', text: 'for $2.5 billion', lang: 'en', expected: { amount: 2_500_000_000, currency: 'USD' } },
  { label: 'a count is not money', text: '签约6个项目', expected: undefined },
];
for (const c of amounts) {
  test(`findAmount: ${c.label}`, () => assert.deepEqual(findAmount(c.text, 0, c.text.length, 0, c.lang ?? 'zh'), c.expected));
}

test('findAmount: the amount nearest the trigger wins', () => {
  const text = '去年营收5亿元，今年拟投资20亿元';
  assert.deepEqual(findAmount(text, 0, text.length, text.indexOf('投资'), 'zh'), { amount: 2_000_000_000, currency: 'CNY' });
});

const dates: { label: string; text: string; published?: string; expected: string | undefined }[] = [
  { label: 'year from the article', text: '12月7日，郴州经开区签约', published: '2024-12-09', expected: '2024-12-07' },
  { label: 'year in the text', text: '2023年3月15日签约', published: '2024-12-09', expected: '2023-03-15' },
  { label: 'no year anywhere', text: '12月7日签约', expected: undefined },
  { label: 'impossible month', text: '13月7日签约', published: '2024-12-09', expected: undefined },
];
for (const c of dates) {
  test(`findDate: ${c.label}`, () => assert.equal(findDate(c.text, 0, c.text.length, c.published), c.expected));
}
