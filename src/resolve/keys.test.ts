import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../extract/types';
import { canonicalKey, canonicalType } from './keys';

const same: { label: string; type: EntityType; a: string; b: string }[] = [
  { label: 'legal form and province prefix', type: 'Company', a: '湖南鑫能实业有限公司', b: '鑫能实业' },
  { label: 'hospital ordinal short form', type: 'Institution', a: '湘潭市第二人民医院', b: '湘潭市二医院' },
  { label: 'zone long and short', type: 'Place', a: '郴州经济开发区', b: '郴州经开区' },
  { label: 'zone with city suffix', type: 'Place', a: '郴州市经济技术开发区', b: '郴州经开区' },
  { label: 'committee long and short', type: 'Institution', a: '郴州经济开发区管理委员会', b: '郴州经开区管委会' },
  { label: 'full-width letters', type: 'Company', a: 'ＡＢＣ科技有限公司', b: 'ABC科技' },
  { label: 'English legal form', type: 'Company', a: 'Acme Corp.', b: 'ACME' },
  { label: 'bracketed place in a company name', type: 'Company', a: '比亚迪汽车（长沙）有限公司', b: '比亚迪汽车' },
  { label: 'a transliterated name with a middle dot and run together', type: 'Person', a: '卡尔·霍华德', b: '卡尔霍华德' },
  { label: 'a transliterated name with a hyphen and a katakana middle dot', type: 'Person', a: '卡尔-霍华德', b: '卡尔・霍华德' },
  { label: 'a Chinese name with a stray space', type: 'Person', a: '林 小禾', b: '林小禾' },
];

const different: { label: string; type: EntityType; a: string; b: string }[] = [
  { label: 'provincial hospital is not any people\'s hospital', type: 'Institution', a: '湖南省人民医院', b: '人民医院' },
  { label: 'city hospital is not county hospital', type: 'Institution', a: '湘潭市人民医院', b: '湘潭县人民医院' },
  { label: 'a city bank keeps its city', type: 'Company', a: '长沙银行', b: '银行' },
  { label: 'a surname alone is not the full name', type: 'Person', a: '卡尔·霍华德', b: '霍华德' },
  { label: 'an English name keeps its hyphen', type: 'Person', a: 'Jean-Paul Roux', b: 'JeanPaul Roux' },
  { label: 'group and listed company differ', type: 'Company', a: '哈药集团', b: '哈药股份' },
  { label: 'first and second hospital differ', type: 'Institution', a: '郴州市第一人民医院', b: '郴州市第二人民医院' },
];

for (const c of same) {
  test(`canonicalKey merges: ${c.label}`, () => assert.equal(canonicalKey(c.a, c.type), canonicalKey(c.b, c.type)));
}
for (const c of different) {
  test(`canonicalKey keeps apart: ${c.label}`, () => assert.notEqual(canonicalKey(c.a, c.type), canonicalKey(c.b, c.type)));
}

const types: { name: string; given: EntityType; expected: EntityType }[] = [
  { name: '郴州经开区', given: 'Institution', expected: 'Place' },
  { name: '郴州经开区管委会', given: 'Institution', expected: 'Institution' },
  { name: '湘南学院', given: 'Institution', expected: 'Institution' },
];
for (const c of types) {
  test(`canonicalType: ${c.name}`, () => assert.equal(canonicalType(c.name, c.given), c.expected));
}
