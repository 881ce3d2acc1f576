import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evidenceFields } from './evidence';

test('evidenceFields: the facts a sentence states, then who found the link and by which rule', () => {
  const none = { facts: {}, extractor: null, confidence: null, rule: null };
  const cases: [string, Parameters<typeof evidenceFields>[0], string][] = [
    ['nothing recorded', none, ''],
    ['a co-mention: only its article\'s extractor', { ...none, extractor: 'zh@1' }, 'extractor=zh@1'],
    ['a post, by a pass', { facts: { post: '管委会主任' }, extractor: 'zh', confidence: 0.9, rule: 'zh.pass.post-before-name' },
      'fact_post=管委会主任 | extractor=zh | confidence=0.90 | rule=zh.pass.post-before-name'],
    ['an amount with its currency is one field', { ...none, facts: { currency: 'CNY', amount: 300000000, date: '2025-03-08' } },
      'fact_amount=300,000,000 CNY | fact_date=2025-03-08'],
    ['a currency alone', { ...none, facts: { currency: 'USD' } }, 'fact_currency=USD'],
    ['an unknown fact keeps its name', { ...none, facts: { shares: 51, listed: true } }, 'fact_listed=true | fact_shares=51'],
  ];
  for (const [label, evidence, expected] of cases) {
    const shown = evidenceFields(evidence, (n) => n.toLocaleString('en')).map((f) => `${f.name}=${f.value}`).join(' | ');
    assert.equal(shown, expected, label);
  }
});
