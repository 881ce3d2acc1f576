import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHINESE_SHARE, detectLanguage } from './language';

const cases: Array<{ label: string; text: string; lang: 'zh' | 'en' }> = [
  { label: 'a Chinese sentence', text: '郴州经开区与三家企业签约。', lang: 'zh' },
  { label: 'an English sentence', text: 'Changsha signed a deal with three firms.', lang: 'en' },
  { label: 'an English sentence quoting one Chinese name', text: 'The Liuyang plant (浏阳) opened on Monday with forty workers.', lang: 'en' },
  // 6 Han characters and 15 Latin letters, 29%: Chinese; ingest's old 30% read it as English.
  { label: 'a Chinese sentence naming places in Latin letters', text: '我们在Lakehill与Bayview开会', lang: 'zh' },
  { label: 'digits and punctuation only', text: '2024-05-01, 12:30', lang: 'en' },
  { label: 'an empty text', text: '', lang: 'en' },
];

for (const c of cases) test(c.label, () => assert.equal(detectLanguage(c.text), c.lang));

test('the threshold is the one the figures in language.ts were measured at', () => assert.equal(CHINESE_SHARE, 0.2));
