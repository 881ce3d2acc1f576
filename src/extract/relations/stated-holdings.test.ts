import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Relation } from '../types';
import { mentionsAt } from '../zh/mentions-at';
import { splitSentences } from './sentences';
import { statedHoldings } from './stated-holdings';

const sentencesOf = (text: string) => splitSentences(text, 'zh');

type Drawn = [number, number, string];
const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; drawn?: Drawn[]; expected: string[] }[] = [
  { label: 'a holder and the subsidiary it names right after', text: '青禾集团全资子公司蓝湾科技有限公司昨日成立。', mentions: [['青禾集团', 'Company'], ['蓝湾科技有限公司', 'Company']], expected: ['青禾集团 OWNS 蓝湾科技有限公司'] },
  { label: 'a country between the holder and its subsidiary', text: '青禾集团澳大利亚子公司蓝湾矿业宣布退出。', mentions: [['青禾集团', 'Company'], ['澳大利亚', 'Place'], ['蓝湾矿业', 'Company']], expected: ['青禾集团 OWNS 蓝湾矿业'] },
  { label: 'a holder acting on its subsidiary', text: '青禾集团拟对全资子公司蓝湾科技增资。', mentions: [['青禾集团', 'Company'], ['蓝湾科技', 'Company']], expected: ['青禾集团 OWNS 蓝湾科技'] },
  { label: 'a relative clause of investment', text: '青禾集团投资的蓝湾食品有限公司落户桂阳。', mentions: [['青禾集团', 'Company'], ['蓝湾食品有限公司', 'Company'], ['桂阳', 'Place']], expected: ['青禾集团 INVESTS_IN 蓝湾食品有限公司'] },
  { label: 'a relative clause of control', text: '青禾集团控股的蓝湾科技发布公告。', mentions: [['青禾集团', 'Company'], ['蓝湾科技', 'Company']], expected: ['青禾集团 OWNS 蓝湾科技'] },
  { label: 'a subsidiary said of its holder', text: '蓝湾科技是青禾集团的全资子公司。', mentions: [['蓝湾科技', 'Company'], ['青禾集团', 'Company']], expected: ['青禾集团 OWNS 蓝湾科技'] },
  { label: 'a joint venture: each founder of the list holds it', text: '由青禾燃气有限公司和蓝湾实业集团合资的桂阳燃气有限公司成立。', mentions: [['青禾燃气有限公司', 'Company'], ['蓝湾实业集团', 'Company'], ['桂阳燃气有限公司', 'Company']], expected: ['青禾燃气有限公司 OWNS 桂阳燃气有限公司', '蓝湾实业集团 OWNS 桂阳燃气有限公司'] },
  { label: 'a joint venture described and quoted after its clause', text: '青禾与蓝湾合资的从事电池研发的“蓝湾青禾能源”。', mentions: [['青禾', 'Company'], ['蓝湾', 'Company'], ['蓝湾青禾能源', 'Company']], expected: ['青禾 OWNS 蓝湾青禾能源', '蓝湾 OWNS 蓝湾青禾能源'] },
  { label: 'a place among the founders breaks the list', text: '青禾集团在桂阳合资的蓝湾食品有限公司投产。', mentions: [['青禾集团', 'Company'], ['桂阳', 'Place'], ['蓝湾食品有限公司', 'Company']], expected: [] },
  { label: 'a clause acting on its subsidiary: the organisation named before it holds it', text: '日前，青禾集团发布公告称，拟以自有资金2亿元对全资子公司蓝湾电池有限公司增资。', mentions: [['青禾集团', 'Company'], ['蓝湾电池有限公司', 'Company']], expected: ['青禾集团 OWNS 蓝湾电池有限公司'] },
  { label: 'another organisation between: the subsidiary is not the first one\'s', text: '青禾集团表示，新禾公司拟对全资子公司蓝湾电池有限公司增资。', mentions: [['青禾集团', 'Company'], ['新禾公司', 'Company'], ['蓝湾电池有限公司', 'Company']], expected: ['新禾公司 OWNS 蓝湾电池有限公司'] },
  { label: 'a relative clause of investment with its amount', text: '青禾集团总投资12亿元的桂阳青禾新能源有限公司开业。', mentions: [['青禾集团', 'Company'], ['桂阳青禾新能源有限公司', 'Company']], expected: ['青禾集团 INVESTS_IN 桂阳青禾新能源有限公司'] },
  { label: 'a stake held, and the next clause going on with its holder', text: '青禾集团持有蓝湾药业40.5%的股权，持有新禾医疗60%的股权。', mentions: [['青禾集团', 'Company'], ['蓝湾药业', 'Company'], ['新禾医疗', 'Company']], expected: ['青禾集团 OWNS 蓝湾药业', '青禾集团 OWNS 新禾医疗'] },
  { label: 'a holding with no stake written states nothing', text: '青禾集团持有蓝湾药业的股票。', mentions: [['青禾集团', 'Company'], ['蓝湾药业', 'Company']], expected: [] },
  { label: 'a firm founded by a list, named right before 由', text: '蓝湾新材料有限公司由青禾集团与新禾集团共同出资设立。', mentions: [['蓝湾新材料有限公司', 'Company'], ['青禾集团', 'Company'], ['新禾集团', 'Company']], expected: ['青禾集团 OWNS 蓝湾新材料有限公司', '新禾集团 OWNS 蓝湾新材料有限公司'] },
  { label: '该公司由…: the firm the sentence before opens with', text: '近日，蓝湾投资公司完成收购。该公司由青禾集团、新禾集团等两家合资组建。', mentions: [['蓝湾投资公司', 'Company'], ['青禾集团', 'Company'], ['新禾集团', 'Company']], expected: ['青禾集团 OWNS 蓝湾投资公司', '新禾集团 OWNS 蓝湾投资公司'] },
  { label: '由 opening no founding clause states nothing', text: '蓝湾新材料有限公司由青禾集团负责运营。', mentions: [['蓝湾新材料有限公司', 'Company'], ['青禾集团', 'Company']], expected: [] },
  { label: '所属 says not which way, and nothing is linked', text: '青禾电器所属的蓝湾集团表示。', mentions: [['青禾电器', 'Company'], ['蓝湾集团', 'Company']], expected: [] },
  { label: 'a clause break between the names states nothing', text: '青禾集团表示，子公司蓝湾科技将扩产。', mentions: [['青禾集团', 'Company'], ['蓝湾科技', 'Company']], expected: [] },
  { label: 'a pair already typed otherwise keeps its type', text: '青禾集团全资子公司蓝湾科技收购完成。', mentions: [['青禾集团', 'Company'], ['蓝湾科技', 'Company']], drawn: [[0, 1, 'ACQUIRES']], expected: ['青禾集团 ACQUIRES 蓝湾科技'] },
];

for (const c of cases) {
  test(`statedHoldings: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    const drawn: Relation[] = (c.drawn ?? []).map(([source, target, type]) => ({ source, target, type, start: 0, end: c.text.length, confidence: 0.8, rule: 'link-model' }));
    const out = statedHoldings(c.text, mentions, drawn, sentencesOf(c.text));
    assert.deepEqual(out.map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text}`), c.expected);
  });
}
