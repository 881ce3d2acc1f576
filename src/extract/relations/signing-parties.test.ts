import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Relation } from '../types';
import { mentionsAt } from '../zh/mentions-at';
import { signingParties } from './signing-parties';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; drawn: Array<[number, number]>; expected: string[] }[] = [
  {
    label: 'a name after 在 whose clause goes on to the signing is the venue',
    text: '青禾集团昨天下午在桂阳体育公园与蓝湾公司签约。',
    mentions: [['青禾集团', 'Company'], ['桂阳体育公园', 'Company'], ['蓝湾公司', 'Company']],
    drawn: [[0, 2], [1, 2], [0, 1]],
    expected: ['青禾集团 SIGNED_WITH 蓝湾公司', '桂阳体育公园 CO_MENTIONED 蓝湾公司', '青禾集团 CO_MENTIONED 桂阳体育公园'],
  },
  {
    label: 'the ceremony held at an institution: the institution is the venue',
    text: '青禾集团与蓝湾银行战略合作签约仪式在新禾理工学院隆重举行。',
    mentions: [['青禾集团', 'Company'], ['蓝湾银行', 'Company'], ['新禾理工学院', 'Institution']],
    drawn: [[0, 1], [0, 2]],
    expected: ['青禾集团 SIGNED_WITH 蓝湾银行', '青禾集团 CO_MENTIONED 新禾理工学院'],
  },
  {
    label: 'a name between the signing verb and the agreement is what the agreement is about',
    text: '青禾股份与蓝湾公司签署了新禾稀土有限公司出资人协议。',
    mentions: [['青禾股份', 'Company'], ['蓝湾公司', 'Company'], ['新禾稀土有限公司', 'Company']],
    drawn: [[0, 1], [0, 2]],
    expected: ['青禾股份 SIGNED_WITH 蓝湾公司', '青禾股份 CO_MENTIONED 新禾稀土有限公司'],
  },
  {
    label: 'an agreement signed with a party named after 与 keeps it',
    text: '青禾股份签署了与蓝湾公司的合作协议。',
    mentions: [['青禾股份', 'Company'], ['蓝湾公司', 'Company']],
    drawn: [[0, 1]],
    expected: ['青禾股份 SIGNED_WITH 蓝湾公司'],
  },
  {
    label: 'a clause that names both sides of its signing: firms of the clauses before are no party',
    text: '青禾集团在桂阳新建工厂，蓝湾药业认购新禾公司股份，金山银行也与城东区签署入区协议。',
    mentions: [['青禾集团', 'Company'], ['桂阳', 'Place'], ['蓝湾药业', 'Company'], ['新禾公司', 'Company'], ['金山银行', 'Company']],
    drawn: [[0, 4], [2, 4], [3, 4]],
    expected: ['青禾集团 CO_MENTIONED 金山银行', '蓝湾药业 CO_MENTIONED 金山银行', '新禾公司 CO_MENTIONED 金山银行'],
  },
  {
    label: 'the second side of a clause\'s signing is no party of a firm outside it either',
    text: '青禾集团出席，蓝湾公司与金山银行签署协议。',
    mentions: [['青禾集团', 'Company'], ['蓝湾公司', 'Company'], ['金山银行', 'Company']],
    drawn: [[1, 2], [0, 2]],
    expected: ['蓝湾公司 SIGNED_WITH 金山银行', '青禾集团 CO_MENTIONED 金山银行'],
  },
  {
    label: 'a subject before its comma signs with the party of the next clause',
    text: '青禾集团昨日在长沙，与蓝湾公司签署战略合作协议。',
    mentions: [['青禾集团', 'Company'], ['长沙', 'Place'], ['蓝湾公司', 'Company']],
    drawn: [[0, 2]],
    expected: ['青禾集团 SIGNED_WITH 蓝湾公司'],
  },
];

const DECLINED = 'link-model:declined(signing-together)';

/** Co-mentions whose signing the link model turned down: the clause that states it outright brings it back. */
const declinedCases: Array<(typeof cases)[number] & { declined?: string }> = [
  {
    label: 'two firms joined by 和, the signing verb after the second',
    text: '青禾集团和蓝湾集团在桂阳正式签署合作协议。',
    mentions: [['青禾集团', 'Company'], ['桂阳', 'Place'], ['蓝湾集团', 'Company']],
    drawn: [[0, 2]],
    expected: ['青禾集团 SIGNED_WITH 蓝湾集团'],
  },
  {
    label: 'a place signs through its government: no signing of its own',
    text: '桂阳市与蓝湾集团正式签约。',
    mentions: [['桂阳市', 'Place'], ['蓝湾集团', 'Company']],
    drawn: [[0, 1]],
    expected: ['桂阳市 CO_MENTIONED 蓝湾集团'],
  },
  {
    label: 'a development zone signs for itself',
    text: '该园区由桂阳经济技术开发区与蓝湾集团于今年2月正式签约合作。',
    mentions: [['桂阳经济技术开发区', 'Place'], ['蓝湾集团', 'Company']],
    drawn: [[0, 1]],
    expected: ['桂阳经济技术开发区 SIGNED_WITH 蓝湾集团'],
  },
  {
    label: 'two later items of one side\'s list are no sides of each other',
    text: '青禾股份与蓝湾公司、新禾稀土以及金山开发公司签署了合作协议。',
    mentions: [['青禾股份', 'Company'], ['蓝湾公司', 'Company'], ['新禾稀土', 'Company'], ['金山开发公司', 'Company']],
    drawn: [[2, 3]],
    expected: ['新禾稀土 CO_MENTIONED 金山开发公司'],
  },
  {
    label: 'whatever reading the model declined: a place between the parties and the verb is the venue',
    text: '青禾集团和蓝湾集团在桂阳太原正式签署合作协议。',
    mentions: [['青禾集团', 'Company'], ['蓝湾集团', 'Company'], ['桂阳', 'Place'], ['太原', 'Place']],
    drawn: [[0, 1]],
    declined: 'link-model:declined(pair-model)',
    expected: ['青禾集团 SIGNED_WITH 蓝湾集团'],
  },
  {
    label: 'a third side before the verb is who the two signed with',
    text: '青禾集团和蓝湾集团与新禾公司签署合作协议。',
    mentions: [['青禾集团', 'Company'], ['蓝湾集团', 'Company'], ['新禾公司', 'Company']],
    drawn: [[0, 1]],
    expected: ['青禾集团 CO_MENTIONED 蓝湾集团'],
  },
  {
    label: 'the signing verb too far after the second name',
    text: '青禾集团与蓝湾集团的代表团昨天参观了多家工厂后签约。',
    mentions: [['青禾集团', 'Company'], ['蓝湾集团', 'Company']],
    drawn: [[0, 1]],
    expected: ['青禾集团 CO_MENTIONED 蓝湾集团'],
  },
];

for (const c of declinedCases) {
  test(`signingParties, a declined signing: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    const drawn: Relation[] = c.drawn.map(([source, target]) => ({ source, target, type: 'CO_MENTIONED', start: 0, end: c.text.length, confidence: 0.5, rule: c.declined ?? DECLINED }));
    assert.deepEqual(signingParties(c.text, mentions, drawn).map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text}`), c.expected);
  });
}

for (const c of cases) {
  test(`signingParties: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    const drawn: Relation[] = c.drawn.map(([source, target]) => ({ source, target, type: 'SIGNED_WITH', start: 0, end: c.text.length, confidence: 0.8, rule: 'link-model' }));
    assert.deepEqual(signingParties(c.text, mentions, drawn).map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text}`), c.expected);
  });
}
