import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsTraditional, simplifiedReading } from './script';

// Sentences written for these tests.
const cases: { label: string; text: string; simplified: string | undefined }[] = [
  { label: 'a traditional sentence reads in simplified characters', text: '長沙經開區與鴻晟精密簽約。', simplified: '长沙经开区与鸿晟精密签约。' },
  { label: 'a simplified sentence is left as it is', text: '长沙经开区与鸿晟精密签约。', simplified: undefined },
  { label: 'one quoted traditional name does not make a simplified text traditional', text: '记者从长沙经开区获悉，来自台湾的“臺灣精機”今年在园区新建了两条生产线，预计明年投产。', simplified: undefined },
  { label: 'offsets hold around emoji and characters outside the BMP', text: '👍長沙𠀋經開區發佈報告', simplified: '👍长沙𠀋经开区发布报告' },
];

for (const c of cases) {
  test(`simplifiedReading: ${c.label}`, () => {
    const out = simplifiedReading(c.text);
    assert.equal(out, c.simplified);
    assert.equal(readsTraditional(c.text), c.simplified !== undefined);
    if (out !== undefined) assert.equal(out.length, c.text.length);
  });
}
