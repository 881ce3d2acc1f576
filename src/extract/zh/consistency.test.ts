import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Mention } from '../types';
import { unifiedTypes, withRepeatedNames, withShortForms } from './consistency';

const mention = (text: string, type: EntityType, start: number): Mention => ({ text, type, start, end: start + text.length });

const cases: { label: string; mentions: Mention[]; expected: string[] }[] = [
  {
    label: 'a firm read once as a person is a company throughout',
    mentions: [mention('富鸿达', 'Person', 0), mention('富鸿达', 'Company', 20)],
    expected: ['富鸿达/Company', '富鸿达/Company'],
  },
  {
    label: 'a person named more often than the firm is a person throughout',
    mentions: [mention('李明', 'Person', 0), mention('李明', 'Person', 10), mention('李明', 'Company', 30)],
    expected: ['李明/Person', '李明/Person', '李明/Person'],
  },
  {
    label: 'a name that is no person\'s shape keeps its organisation reading',
    mentions: [mention('郴电科技', 'Person', 0), mention('郴电科技', 'Person', 10), mention('郴电科技', 'Company', 30)],
    expected: ['郴电科技/Person', '郴电科技/Person', '郴电科技/Company'],
  },
  {
    label: 'the organisation type the name has most wins',
    mentions: [mention('湘江', 'Person', 0), mention('湘江', 'Institution', 5), mention('湘江', 'Institution', 9), mention('湘江', 'Company', 14)],
    expected: ['湘江/Institution', '湘江/Institution', '湘江/Institution', '湘江/Institution'],
  },
  {
    label: 'different names are left alone',
    mentions: [mention('陈勇', 'Person', 0), mention('郴电科技', 'Company', 5)],
    expected: ['陈勇/Person', '郴电科技/Company'],
  },
];

for (const c of cases) {
  test(`unifiedTypes: ${c.label}`, () => {
    assert.deepEqual(unifiedTypes(c.mentions).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}

const shortFormCases: { label: string; text: string; mentions: Mention[]; expected: string[] }[] = [
  {
    label: "a firm's name without its legal form is the firm, over a person read there",
    text: '鸿晟精密股份有限公司签约。鸿晟精密董事长陈振邦说。',
    mentions: [mention('鸿晟精密股份有限公司', 'Company', 0), mention('鸿晟', 'Person', 13), mention('陈振邦', 'Person', 20)],
    expected: ['鸿晟精密股份有限公司/Company', '鸿晟精密/Company', '陈振邦/Person'],
  },
  {
    label: "a Japanese firm's name without 株式会社 is the firm, over a person read there",
    text: '青禾精工株式会社是百年老企业。青禾精工计划投资。',
    mentions: [mention('青禾精工株式会社', 'Company', 0), mention('青禾精工', 'Person', 15)],
    expected: ['青禾精工株式会社/Company', '青禾精工/Company'],
  },
  {
    label: 'a two-character stem is too often a word or a place',
    text: '湘江有限公司成立。湘江水位上涨。',
    mentions: [mention('湘江有限公司', 'Company', 0), mention('湘江', 'Place', 9)],
    expected: ['湘江有限公司/Company', '湘江/Place'],
  },
  {
    label: 'without its place and part of its trade, up to where the words end',
    text: '湖南德晟新能源科技有限公司签约。德晟新能源的产品供应车企。',
    mentions: [mention('湖南德晟新能源科技有限公司', 'Company', 0), mention('德晟', 'Person', 16)],
    expected: ['湖南德晟新能源科技有限公司/Company', '德晟新能源/Company'],
  },
  {
    label: 'a firm with no brand lends its trade words to no one',
    text: '湖南新能源科技有限公司成立。新能源产业发展迅速。',
    mentions: [mention('湖南新能源科技有限公司', 'Company', 0)],
    expected: ['湖南新能源科技有限公司/Company'],
  },
  {
    label: "after a county's short form, the brand written whole is the firm, though it opens with a common character",
    text: '桂阳新禾电动车有限公司投产。新禾电动车今年扩产。',
    mentions: [mention('桂阳新禾电动车有限公司', 'Company', 0)],
    expected: ['桂阳新禾电动车有限公司/Company', '新禾电动车/Company'],
  },
  {
    label: 'a trade of common words only, written whole, is no short form',
    text: '桂阳电力设备有限公司成立。电力设备需求增加。',
    mentions: [mention('桂阳电力设备有限公司', 'Company', 0)],
    expected: ['桂阳电力设备有限公司/Company'],
  },
  {
    label: 'the place a firm is named after stays a place',
    text: '湖南浏阳经开区产业投资有限公司成立。浏阳经开区招商。',
    mentions: [mention('湖南浏阳经开区产业投资有限公司', 'Company', 0), mention('浏阳经开区', 'Place', 18)],
    expected: ['湖南浏阳经开区产业投资有限公司/Company', '浏阳经开区/Place'],
  },
  {
    label: "an occurrence inside another organisation's name is left alone",
    text: '鸿晟精密股份有限公司与鸿晟精密研究院合作。',
    mentions: [mention('鸿晟精密股份有限公司', 'Company', 0), mention('鸿晟精密研究院', 'Institution', 11)],
    expected: ['鸿晟精密股份有限公司/Company', '鸿晟精密研究院/Institution'],
  },
];

for (const c of shortFormCases) {
  test(`withShortForms: ${c.label}`, () => {
    const out = withShortForms(c.text, c.mentions);
    assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), c.expected);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}

const repeatedCases: { label: string; text: string; mentions: Mention[]; expected: string[] }[] = [
  {
    label: 'a firm found once is that firm where its name comes again as a proper-name word',
    text: '竹材在华信、中兴间流转。依托华信引进项目。',
    mentions: [mention('华信', 'Company', 3), mention('中兴', 'Company', 6)],
    expected: ['华信/Company', '中兴/Company', '华信/Company'],
  },
  {
    label: "a word jieba's dictionary calls a person's name is not spread (宝宝/nr)",
    text: '园区与宝宝签约。宝宝很可爱。',
    mentions: [mention('宝宝', 'Company', 3)],
    expected: ['宝宝/Company'],
  },
  {
    label: 'a name inside a longer word is left alone',
    text: '园区与华信签约。中华信息港开业。',
    mentions: [mention('华信', 'Company', 3)],
    expected: ['华信/Company'],
  },
];

for (const c of repeatedCases) {
  test(`withRepeatedNames: ${c.label}`, () => {
    const out = withRepeatedNames(c.text, c.mentions);
    assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), c.expected);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}
