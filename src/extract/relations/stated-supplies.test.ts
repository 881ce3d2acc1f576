import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Relation } from '../types';
import { mentionsAt } from '../zh/mentions-at';
import { statedSupplies } from './stated-supplies';

type Drawn = [number, number, string];
const cases: { label: string; text: string; mentions: Array<[string, EntityType]>; drawn?: Drawn[]; expected: string[] }[] = [
  { label: 'an agreement of buying: the party signed with supplies the signer', text: '青禾集团与蓝湾股份签订三年的化肥采购合同。', mentions: [['青禾集团', 'Company'], ['蓝湾股份', 'Company']], drawn: [[0, 1, 'SIGNED_WITH']], expected: ['青禾集团 SIGNED_WITH 蓝湾股份', '蓝湾股份 SUPPLIES 青禾集团'] },
  { label: 'an agreement of selling: the signer supplies the party', text: '青禾经贸有限公司与蓝湾公司签署出口农机设备协议。', mentions: [['青禾经贸有限公司', 'Company'], ['蓝湾公司', 'Company']], drawn: [[0, 1, 'SIGNED_WITH']], expected: ['青禾经贸有限公司 SIGNED_WITH 蓝湾公司', '青禾经贸有限公司 SUPPLIES 蓝湾公司'] },
  { label: 'adverbs before 与 and a list signed with', text: '青禾集团分别与蓝湾泵业有限公司、新禾泵业有限公司签署水泵采购合同。', mentions: [['青禾集团', 'Company'], ['蓝湾泵业有限公司', 'Company'], ['新禾泵业有限公司', 'Company']], expected: ['蓝湾泵业有限公司 SUPPLIES 青禾集团', '新禾泵业有限公司 SUPPLIES 青禾集团'] },
  { label: 'a purchase order signed, its co-mention replaced', text: '青禾电器与蓝湾集团签订2亿元的茶叶采购订单。', mentions: [['青禾电器', 'Company'], ['蓝湾集团', 'Company']], drawn: [[0, 1, 'CO_MENTIONED']], expected: ['蓝湾集团 SUPPLIES 青禾电器'] },
  { label: '签约采购 said outright', text: '青禾网络与蓝湾电子签约采购路由器。', mentions: [['青禾网络', 'Company'], ['蓝湾电子', 'Company']], expected: ['蓝湾电子 SUPPLIES 青禾网络'] },
  { label: 'a cooperation agreement states no supply', text: '青禾集团与蓝湾股份签署战略合作协议。', mentions: [['青禾集团', 'Company'], ['蓝湾股份', 'Company']], drawn: [[0, 1, 'SIGNED_WITH']], expected: ['青禾集团 SIGNED_WITH 蓝湾股份'] },
  { label: 'a 供应协议 says not who sells, and nothing is added', text: '青禾电厂拟与蓝湾矿业签署《煤炭供应协议》。', mentions: [['青禾钢铁', 'Company'], ['蓝湾矿业', 'Company']], expected: [] },
  { label: 'a purchase from a seller, read the other way by the model', text: '青禾集团向蓝湾股份采购茶叶。', mentions: [['青禾集团', 'Company'], ['蓝湾股份', 'Company']], drawn: [[0, 1, 'SUPPLIES']], expected: ['蓝湾股份 SUPPLIES 青禾集团'] },
  { label: 'imports from a list of sellers', text: '青禾炼化从蓝湾能源和新禾石油进口原油。', mentions: [['青禾炼化', 'Company'], ['蓝湾能源', 'Company'], ['新禾石油', 'Company']], expected: ['蓝湾能源 SUPPLIES 青禾炼化', '新禾石油 SUPPLIES 青禾炼化'] },
  { label: 'a place bought from is no supplier', text: '青禾集团从澳大利亚进口铁矿石。', mentions: [['青禾集团', 'Company'], ['澳大利亚', 'Place']], expected: [] },
  { label: 'a clause break between the seller and the purchase states nothing', text: '青禾集团向蓝湾股份表示，将采购茶叶。', mentions: [['青禾集团', 'Company'], ['蓝湾股份', 'Company']], expected: [] },
];

for (const c of cases) {
  test(`statedSupplies: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    const drawn: Relation[] = (c.drawn ?? []).map(([source, target, type]) => ({ source, target, type, start: 0, end: c.text.length, confidence: 0.8, rule: 'link-model' }));
    const out = statedSupplies(c.text, mentions, drawn, [{ start: 0, end: c.text.length }]);
    assert.deepEqual(out.map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text}`), c.expected);
  });
}
