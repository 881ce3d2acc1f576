import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Relation } from '../types';
import { mentionsAt } from '../zh/mentions-at';
import { listedRivals } from './listed-rivals';

type Drawn = [number, number, string];
const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; drawn?: Drawn[]; expected: string[] }[] = [
  { label: 'a list closed by a rivalry idiom: every pair', text: '青禾集团、蓝湾股份、新禾集团三足鼎立。', mentions: [['青禾集团', 'Company'], ['蓝湾股份', 'Company'], ['新禾集团', 'Company']], expected: ['青禾集团 COMPETES_WITH 蓝湾股份', '青禾集团 COMPETES_WITH 新禾集团', '蓝湾股份 COMPETES_WITH 新禾集团'] },
  { label: 'a kind noun and quotes before the idiom', text: '青禾、蓝湾集团、新禾集团乳业巨头“三分天下”的局面已经形成。', mentions: [['青禾', 'Company'], ['蓝湾集团', 'Company'], ['新禾集团', 'Company']], expected: ['青禾 COMPETES_WITH 蓝湾集团', '青禾 COMPETES_WITH 新禾集团', '蓝湾集团 COMPETES_WITH 新禾集团'] },
  { label: 'a pair forming a state of the market, over its co-mention', text: '青禾与蓝湾在市场上形成了双雄鼎立的局面。', mentions: [['青禾', 'Company'], ['蓝湾', 'Company']], drawn: [[0, 1, 'CO_MENTIONED']], expected: ['青禾 COMPETES_WITH 蓝湾'] },
  { label: 'a pair typed otherwise keeps its type', text: '青禾与蓝湾形成双寡头格局。', mentions: [['青禾', 'Company'], ['蓝湾', 'Company']], drawn: [[0, 1, 'PARTNERS_WITH']], expected: ['青禾 PARTNERS_WITH 蓝湾'] },
  { label: 'one firm alone has no rival in the list', text: '青禾集团逐步形成三足鼎立之势。', mentions: [['青禾集团', 'Company']], expected: [] },
  { label: 'a clause break after the list: the idiom is not said of it', text: '青禾集团、蓝湾股份发布公告，行业三足鼎立。', mentions: [['青禾集团', 'Company'], ['蓝湾股份', 'Company']], expected: [] },
  { label: 'places listed are no rivals', text: '美国、日本、欧洲三足鼎立。', mentions: [['美国', 'Place'], ['日本', 'Place'], ['欧洲', 'Place']], expected: [] },
];

for (const c of cases) {
  test(`listedRivals: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    const drawn: Relation[] = (c.drawn ?? []).map(([source, target, type]) => ({ source, target, type, start: 0, end: c.text.length, confidence: 0.8, rule: 'link-model' }));
    const out = listedRivals(c.text, mentions, drawn, [{ start: 0, end: c.text.length }]);
    assert.deepEqual(out.map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text}`), c.expected);
  });
}
