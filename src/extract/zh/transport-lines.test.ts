import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { mentionsAt } from './mentions-at';
import { withoutTransportLines } from './transport-lines';

const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a railway named after the places it joins is no firm', text: '桂阳至蓝湾的桂蓝线明年通车。', mentions: [['桂阳', 'Place'], ['蓝湾', 'Place'], ['桂蓝线', 'Company']], expected: ['桂阳/Place', '蓝湾/Place'] },
  { label: 'a doubled line and a high-speed line are no entities', text: '桂蓝复线与青桂高铁同时开工。', mentions: [['桂蓝复线', 'Company'], ['青桂高铁', 'Place']], expected: [] },
  { label: 'a line read as a person is no person', text: '青桂线沿途设站六座。', mentions: [['青桂线', 'Person']], expected: [] },
  { label: 'a website named …在线 is a firm', text: '青禾在线发布了年报。', mentions: [['青禾在线', 'Company']], expected: ['青禾在线/Company'] },
  { label: 'a production line inside a name is kept', text: '蓝湾生产线公司投产。', mentions: [['蓝湾生产线', 'Company']], expected: ['蓝湾生产线/Company'] },
  { label: 'a line name the text goes on as a firm\'s is left to the firm passes', text: '青桂高铁公司成立。', mentions: [['青桂高铁', 'Company']], expected: ['青桂高铁/Company'] },
  { label: 'a word ending like a line (光线) keeps the name it ends', text: '青禾光线传媒发布公告。', mentions: [['青禾光线', 'Company']], expected: ['青禾光线/Company'] },
];

for (const c of cases) {
  test(`withoutTransportLines: ${c.label}`, () => {
    assert.deepEqual(withoutTransportLines(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
