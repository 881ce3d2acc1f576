import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { mentionsAt } from './mentions-at';
import { withPlaceLedNames } from './place-led-names';
import { segmentWords } from './segment';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a place, words of what the park holds and a park ending are one park', text: '青禾北部科技园区今年新开工项目十个。', mentions: [['青禾', 'Place']], expected: ['青禾北部科技园区/Place@0-8'] },
  { label: 'a firm the park is named after opens it too', text: '蓝湾电器家电园占地三百亩。', mentions: [['蓝湾电器', 'Company']], expected: ['蓝湾电器家电园/Place@0-7'] },
  { label: 'a long park ending alone after a river is a named region', text: '推动桂江经济带绿色发展。', mentions: [['桂江', 'Place']], expected: ['桂江经济带/Place@2-7'] },
  { label: 'jieba leaving the ending\'s last character to the next word', text: '打造桂阳健康医学产业园区建设思路。', mentions: [['桂阳', 'Place']], expected: ['桂阳健康医学产业园区/Place@2-12'] },
  { label: 'a verb between is a sentence, not a name', text: '青禾设立研发中心和产业园。', mentions: [['青禾', 'Place']], expected: ['青禾/Place@0-2'] },
  { label: 'a park\'s name before a project\'s tail names the project', text: '建设蓝湾新材料产业园项目。', mentions: [['蓝湾', 'Place']], expected: ['蓝湾/Place@2-4'] },
  { label: 'an organisation named inside is a name of its own', text: '青禾研究所所属科技园区开工。', mentions: [['青禾', 'Place'], ['青禾研究所', 'Institution']], expected: ['青禾/Place@0-2', '青禾研究所/Institution@0-5'] },
  { label: 'no park ending: the place stays alone', text: '桂阳现代农业发展很快。', mentions: [['桂阳', 'Place']], expected: ['桂阳/Place@0-2'] },
];

for (const c of cases) {
  test(`withPlaceLedNames: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    assert.deepEqual(withPlaceLedNames(c.text, mentions, segmentWords(c.text)).map((m) => `${m.text}/${m.type}@${m.start}-${m.end}`), c.expected);
  });
}
