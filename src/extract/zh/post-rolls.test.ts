import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { mentionsAt } from './mentions-at';
import { withPostRolls } from './post-rolls';
import { segmentWords } from './segment';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a three-character name after a post, closed by a comma, is whole', text: '物业公司总经理钱立刚，当天到场。', mentions: [['钱立', 'Person']], expected: ['钱立刚/Person@7-10'] },
  { label: 'every name of a roll after 领导 is a person', text: '县领导周文波、常立明、孔宏远出席仪式。', mentions: [['周文波', 'Person']], expected: ['周文波/Person@3-6', '常立明/Person@7-10', '孔宏远/Person@11-14'] },
  { label: 'a name closed by the verb after it', text: '镇党委副书记孔建华主持仪式。', mentions: [], expected: ['孔建华/Person@6-9'] },
  { label: 'a word that follows names is not the third character', text: '该厂总经理钱伟说，产能已满。', mentions: [], expected: ['钱伟/Person@5-7'] },
  { label: 'a function word after a post opens no name', text: '公司相关负责人向记者介绍。', mentions: [], expected: [] },
  { label: 'surname and a post is no name', text: '企业负责人徐经理介绍。', mentions: [], expected: [] },
  { label: 'an adverb after a post opens no name', text: '这些会长都是本地人。', mentions: [], expected: [] },
  { label: 'a negation after the surname-like character opens no name', text: '这几位领导都不在现场。', mentions: [], expected: [] },
  { label: 'a name running into a place is left to the place', text: '村民张家湾人都来了。', mentions: [['张家湾', 'Place']], expected: ['张家湾/Place@2-5'] },
];

for (const c of cases) {
  test(`withPostRolls: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    assert.deepEqual(withPostRolls(c.text, mentions, segmentWords(c.text)).map((m) => `${m.text}/${m.type}@${m.start}-${m.end}`), c.expected);
  });
}
