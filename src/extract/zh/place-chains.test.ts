import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { mentionsAt } from './mentions-at';
import { placeChain, withPlaceChainsSplit } from './place-chains';

const chains: { label: string; name: string; expected: string[] | undefined }[] = [
  { label: 'province, city and district written together', name: '湖南省长沙市岳麓区', expected: ['湖南省', '长沙市', '岳麓区'] },
  { label: 'short forms of a province and a city', name: '湖南长沙', expected: ['湖南', '长沙'] },
  { label: 'a country and a city the gazetteer does not hold, by its ending', name: '德国汉堡市', expected: ['德国', '汉堡市'] },
  { label: 'a listed place is one place', name: '长沙县', expected: undefined },
  { label: 'a prefecture named with its people is one place', name: '延边朝鲜族自治州', expected: undefined },
  { label: 'a zone after its city is one zone', name: '长沙经济技术开发区', expected: undefined },
  { label: 'a city\'s urban area is no second place', name: '长沙城区', expected: undefined },
  { label: 'a one-character word before an ending is no division (重镇)', name: '湖北重镇', expected: undefined },
  { label: 'an unlisted first name is not cut at an ending inside it', name: '梧桐湾新村', expected: undefined },
];

for (const c of chains) {
  test(`placeChain: ${c.label}`, () => {
    assert.deepEqual(placeChain(c.name), c.expected);
  });
}

const splits: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a place chain becomes its places, each at its own offsets', text: '工厂落户湖南长沙县。', mentions: [['湖南长沙县', 'Place']], expected: ['湖南/Place@4', '长沙县/Place@6'] },
  { label: 'an organisation named after its places keeps its name', text: '湖南长沙商会成立。', mentions: [['湖南长沙商会', 'Institution']], expected: ['湖南长沙商会/Institution@0'] },
  { label: 'a chain of listed places the tagger read as a firm is its places', text: '产品远销湖南长沙。', mentions: [['湖南长沙', 'Company']], expected: ['湖南/Place@4', '长沙/Place@6'] },
  { label: 'a firm\'s name ending in an unlisted division\'s ending stays the firm\'s', text: '湖南青禾镇发布新品。', mentions: [['湖南青禾镇', 'Company']], expected: ['湖南青禾镇/Company@0'] },
  { label: 'a place that is one place is left alone', text: '他在长沙县工作。', mentions: [['长沙县', 'Place']], expected: ['长沙县/Place@2'] },
];

for (const c of splits) {
  test(`withPlaceChainsSplit: ${c.label}`, () => {
    assert.deepEqual(withPlaceChainsSplit(mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}@${m.start}`), c.expected);
  });
}
