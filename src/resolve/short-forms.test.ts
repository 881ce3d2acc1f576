import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../extract/types';
import { canonicalKey, entityId } from './keys';
import { shortFormIds } from './short-forms';

const TYPES: Record<string, EntityType> = { C: 'Company', I: 'Institution', P: 'Person', L: 'Place' };

/** `优铂斯新材料/C` → a mention with the id its own key gives it. */
function named(spec: string): { id: string; type: EntityType; surface: string } {
  const [surface, t] = spec.split('/') as [string, string];
  const type = TYPES[t]!;
  return { id: entityId(type, canonicalKey(surface, type)), type, surface };
}

const cases: { label: string; mentions: string[]; merged: Array<[string, string]> }[] = [
  { label: 'a company named again without its industry words', mentions: ['优铂斯新材料/C', '优铂斯/C'], merged: [['优铂斯', '优铂斯新材料']] },
  { label: 'a hometown association named again without its host city', mentions: ['广州市湖南郴州商会/I', '郴州商会/I'], merged: [['郴州商会', '广州市湖南郴州商会']] },
  { label: "a town's health centre named again without its county", mentions: ['桃江县马迹塘镇中心卫生院/I', '马迹塘镇中心卫生院/I'], merged: [['马迹塘镇中心卫生院', '桃江县马迹塘镇中心卫生院']] },
  { label: 'an unlisted village named again without its street', mentions: ['联星街道花桥村/L', '花桥村/L'], merged: [['花桥村', '联星街道花桥村']] },
  { label: 'a village under a name that is no place stays apart', mentions: ['幸福花桥村/L', '花桥村/L'], merged: [] },
  { label: 'a generic name left when the province goes stays apart', mentions: ['湖南省人民医院/I', '人民医院/I'], merged: [] },
  { label: "a firm named after its service (a business word that is a line of business) stays the firm", mentions: ['优铂斯物流/C', '优铂斯/C'], merged: [] },
  { label: "a firm named after its service and a registered form stays the firm", mentions: ['优铂斯物流集团/C', '优铂斯/C'], merged: [] },
  { label: "a firm's place alone, mistyped as a firm, is not the firm's short name", mentions: ['桂阳科技/C', '桂阳/C', '湖南桂阳新材料/C', '湖南/C'], merged: [] },
  { label: 'a company and a longer name that adds a name word stay apart', mentions: ['华润/C', '华润三九/C'], merged: [] },
  { label: 'a company and an institution stay apart', mentions: ['湘江科技/C', '湘江/I'], merged: [] },
  { label: 'an English firm named again by one word of its name', mentions: ['Hunan Yunfan Robotics Co., Ltd./C', 'Yunfan/C'], merged: [['Yunfan', 'Hunan Yunfan Robotics Co., Ltd.']] },
  { label: 'a person named again by family name, whichever end it stands', mentions: ['Zhou Minghui/P', 'Zhou/P', 'Anna Weber/P', 'Weber/P'], merged: [['Zhou', 'Zhou Minghui'], ['Weber', 'Anna Weber']] },
  { label: 'a firm and a person sharing a word stay apart', mentions: ['Weber Antriebe GmbH/C', 'Anna Weber/P', 'Weber/C'], merged: [['Weber', 'Weber Antriebe GmbH']] },
  { label: 'an English place is not the longer place that opens with its name', mentions: ['Yueyang County/L', 'Yueyang/L'], merged: [] },
  { label: 'a river named again by its first word', mentions: ['Yangtze River/L', 'Yangtze/L'], merged: [['Yangtze', 'Yangtze River']] },
  { label: "a known firm's name after a product named by it is the firm", mentions: ['Google Play/C', 'Google/C', 'OPPO Find X/C', 'OPPO/C'], merged: [] },
  { label: "a known firm's name after a longer name of the same firm is that firm", mentions: ['Tencent Holdings/C', 'Tencent/C'], merged: [['Tencent', 'Tencent Holdings']] },
  { label: 'a word two names share refers to neither', mentions: ['Hunan Yunfan Robotics/C', 'Hunan Xinghe Motors/C', 'Hunan/C'], merged: [] },
  // Names are looked up by their openings and endings: the first full name of the article wins, and repeats change nothing.
  {
    label: 'of two full names a short form could stand for, the first named wins',
    mentions: ['优铂斯/C', '优铂斯新材料/C', '优铂斯科技/C', '优铂斯/C'],
    merged: [['优铂斯', '优铂斯新材料'], ['优铂斯', '优铂斯新材料']],
  },
  {
    label: 'a full name named many times, its short form too',
    mentions: ['联星街道花桥村/L', '花桥村/L', '联星街道花桥村/L', '花桥村/L', '花桥村/L'],
    merged: [['花桥村', '联星街道花桥村'], ['花桥村', '联星街道花桥村'], ['花桥村', '联星街道花桥村']],
  },
  {
    label: 'a full name whose ending fits but whose head is no place is passed over for a later one',
    mentions: ['幸福郴州商会/I', '广州市湖南郴州商会/I', '郴州商会/I'],
    merged: [['郴州商会', '广州市湖南郴州商会']],
  },
];

for (const c of cases) {
  test(`shortFormIds: ${c.label}`, () => {
    const mentions = c.mentions.map(named);
    const ids = shortFormIds(mentions);
    const merged = [...ids].map(([i, id]) => [mentions[i]!.surface, mentions.find((m) => m.id === id)!.surface]);
    assert.deepEqual(merged, c.merged);
  });
}

