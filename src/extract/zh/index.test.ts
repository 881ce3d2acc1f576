import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../types';
import { createChineseExtractor } from './index';

const extractor = createChineseExtractor();

describe('createChineseExtractor finds the mentions a reader expects', () => {
  const cases: Array<[string, string, Array<[string, EntityType]>]> = [
    ['institution ended by a suffix', '永兴县第一人民医院昨天开放了新的门诊楼。', [['永兴县第一人民医院', 'Institution']]],
    ['company with its legal form', '湖南星辰新材料有限公司在园区投产。', [['湖南星辰新材料有限公司', 'Company']]],
    ['county and city', '记者从湖南省郴州市获悉，桂阳县今年新建三所学校。', [['桂阳县', 'Place']]],
  ];
  for (const [label, text, expected] of cases) {
    it(label, async () => {
      const { entities } = await extractor.extract({ text, lang: 'zh' });
      const found = entities.map((e) => [e.text, e.type]);
      for (const pair of expected) assert.ok(found.some(([t, y]) => t === pair[0] && y === pair[1]), `${pair.join('/')} in ${JSON.stringify(found)}`);
    });
  }
});

describe('createChineseExtractor keeps offsets exact on any input', () => {
  const cases: Array<[string, string]> = [
    ['emoji before a name', '😀😀长沙市雨花区卫生院签约😀'],
    ['characters outside the BMP', '𠮷𠮷村村委会主任𠀋𠀋说'],
    ['full-width Latin brand', 'ＡＢＣ科技有限公司与郴州经开区管委会签约'],
    ['Latin brand name in Han text', '华为与Apple公司在深圳市南山区合作'],
    ['empty text', ''],
    ['only punctuation and spaces', '  ，。！？\n\t'],
    ['lone surrogate', '湘潭\ud800大学'],
  ];
  for (const [label, text] of cases) {
    it(label, async () => {
      const { entities, relations } = await extractor.extract({ text });
      assert.deepEqual(relations, []);
      for (const e of entities) {
        assert.equal(text.slice(e.start, e.end), e.text);
        assert.ok(e.start < e.end && e.end <= text.length);
      }
    });
  }
});
