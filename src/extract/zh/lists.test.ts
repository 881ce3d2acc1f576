import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../types';
import { completeLists } from './lists';

function mention(text: string, surface: string, type: Mention['type']): Mention {
  const start = text.indexOf(surface);
  return { text: surface, type, start, end: start + surface.length };
}

describe('completeLists', () => {
  const text = '园区引进了星河科技、云帆、青木数码、白鹭等企业。';
  const cases: Array<[string, string, Mention[], string[]]> = [
    ['fills the items next to a company', text, [mention(text, '青木数码', 'Company')], ['云帆/Company', '青木数码/Company', '白鹭/Company']],
    ['a suffix alone does not make a company', '园区聚焦新材料、新能源、大健康等产业。', [], []],
    ['leaves lists without an organisation alone', text, [mention(text, '青木数码', 'Place')], ['青木数码/Place']],
    ['does not fill long phrases', '合作涉及星辰公司、新材料研发与中试生产线建设、云帆等', [mention('合作涉及星辰公司、新材料研发与中试生产线建设、云帆等', '星辰公司', 'Company')], ['星辰公司/Company']],
    ['a department word in the list is no company', '由园区招商、财政、税务、湘福公司派员', [mention('由园区招商、财政、税务、湘福公司派员', '湘福公司', 'Company')], ['湘福公司/Company']],
    ['an item ending as firms do is a company beside an institution', '与湘潭大学、湘江科技等单位合作', [mention('与湘潭大学、湘江科技等单位合作', '湘潭大学', 'Institution')], ['湘潭大学/Institution', '湘江科技/Company']],
    ['the last item without 等 ends before the predicate', '星河科技、飞鸿达通过技改扩大产能', [mention('星河科技、飞鸿达通过技改扩大产能', '星河科技', 'Company')], ['星河科技/Company', '飞鸿达/Company']],
    ['the last item stops before a category word', '园区引进星河科技、云帆项目', [mention('园区引进星河科技、云帆项目', '星河科技', 'Company')], ['星河科技/Company', '云帆/Company']],
    ['a last item running on without a predicate is left alone', '星河科技、云帆新材料高端装备产业园区', [mention('星河科技、云帆新材料高端装备产业园区', '星河科技', 'Company')], ['星河科技/Company']],
    ['a last item that starts with an adjective is no name', '星辰公司、新材料研发加快推进', [mention('星辰公司、新材料研发加快推进', '星辰公司', 'Company')], ['星辰公司/Company']],
    ['a last item of common words ends a list of bodies, not of firms', '县委、县政府专门召开会议', [mention('县委、县政府专门召开会议', '县委', 'Institution')], ['县委/Institution']],
    ['does not fill items with punctuation', '有星辰公司、（筹）、云帆', [mention('有星辰公司、（筹）、云帆', '星辰公司', 'Company')], ['星辰公司/Company']],
  ];
  for (const [label, input, mentions, expected] of cases) {
    it(label, () => {
      const out = completeLists(input, mentions);
      assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), expected);
      for (const m of out) assert.equal(input.slice(m.start, m.end), m.text);
    });
  }
});
