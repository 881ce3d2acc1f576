import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withoutBodyOrgans } from './body-organs';
import { mentionsAt } from './mentions-at';

const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  { label: 'a bureau\'s office is the bureau', text: '桂阳县农业局办公室主任张明介绍。', mentions: [['桂阳县农业局办公室', 'Institution']], expected: ['桂阳县农业局/Institution@0-6'] },
  { label: 'a body\'s leading party group is the body', text: '青禾市科协党组书记李华出席。', mentions: [['青禾市科协党组', 'Institution']], expected: ['青禾市科协/Institution@0-5'] },
  { label: 'a firm\'s office is the firm the article names alone', text: '蓝湾科技办公室发布通知，蓝湾科技随后回应。', mentions: [['蓝湾科技办公室', 'Institution'], ['蓝湾科技', 'Company', 1]], expected: ['蓝湾科技/Company@0-4', '蓝湾科技/Company@12-16'] },
  { label: 'an office after a name the article never writes alone and no body\'s ending is named whole', text: '蓝湾科技办公室发布通知。', mentions: [['蓝湾科技办公室', 'Institution']], expected: ['蓝湾科技办公室/Institution@0-7'] },
  { label: 'a committee\'s office is the body that does its work', text: '桂阳市食品安全委员会办公室发布通知。', mentions: [['桂阳市食品安全委员会办公室', 'Institution']], expected: ['桂阳市食品安全委员会办公室/Institution@0-13'] },
  { label: 'a headquarters\' office is the body that does its work', text: '桂阳市防汛指挥部办公室发出预警。', mentions: [['桂阳市防汛指挥部办公室', 'Institution']], expected: ['桂阳市防汛指挥部办公室/Institution@0-11'] },
  { label: 'an office named by its task holds no body', text: '青禾市应急办公室发出预警。', mentions: [['青禾市应急办公室', 'Institution']], expected: ['青禾市应急办公室/Institution@0-8'] },
  { label: 'a category word before the organ keeps the mention', text: '集团办公室发布通知。', mentions: [['集团办公室', 'Institution']], expected: ['集团办公室/Institution@0-5'] },
  { label: 'a party committee is a body of its own', text: '青禾大学党委书记李华出席。', mentions: [['青禾大学党委', 'Institution']], expected: ['青禾大学党委/Institution@0-6'] },
];

for (const c of cases) {
  test(`withoutBodyOrgans: ${c.label}`, () => {
    assert.deepEqual(withoutBodyOrgans(mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}@${m.start}-${m.end}`), c.expected);
  });
}
