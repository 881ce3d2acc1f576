import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getJieba, tagWords } from './segment';

describe('tagWords reads the words and tags jieba.tag gives', () => {
  const cases: Array<[string, string]> = [
    ['dictionary words and a county', '郴州市桂阳县人民医院今天开放新门诊楼。'],
    ['Latin letters, digits and a percent sign', 'OPPO与vivo一季度出货量增长12.5%，Apple下降3%。'],
    ['a name jieba does not know and full stops', '记者刘玮报道：湘江电子拟收购麓谷智造。'],
    ['spaces, emoji and brackets', '华润三九 （000999） 😀 发布公告'],
  ];
  for (const [label, text] of cases) {
    it(label, () => {
      const expected = getJieba().tag(text).filter(({ word }) => word.length > 0).map(({ word, tag }) => `${word}/${tag}`);
      assert.deepEqual(tagWords(text).map(({ word, tag }) => `${word}/${tag}`), expected);
    });
  }
  it('gives offsets that point at each word', () => {
    const text = '湘潭大学与湘潭恒通电机共建联合实验室';
    for (const { word, start, end } of tagWords(text)) assert.equal(text.slice(start, end), word);
  });
});
