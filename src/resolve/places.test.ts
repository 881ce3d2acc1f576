import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePlaces } from './places';
import { villagesNamed } from './gazetteer';

const cases: { label: string; names: string[]; expected: Record<string, string | undefined> }[] = [
  { label: 'short and full city name agree', names: ['郴州', '郴州市'], expected: { 郴州: '4310', 郴州市: '4310' } },
  { label: 'city and county of one name stay apart', names: ['湘潭市', '湘潭县'], expected: { 湘潭市: '4303', 湘潭县: '430321' } },
  { label: 'a bare short name is the city', names: ['湘潭'], expected: { 湘潭: '4303' } },
  { label: 'ambiguous district left unresolved', names: ['朝阳区'], expected: { 朝阳区: undefined } },
  { label: 'ambiguous district resolved by the city in the article', names: ['朝阳区', '长春市'], expected: { 朝阳区: '220104', 长春市: '2201' } },
  { label: 'street and village resolved under their county', names: ['桂阳县', '黄沙坪街道', '沙坪村'], expected: { 桂阳县: '431021', 黄沙坪街道: '431021003', 沙坪村: '431021003207' } },
  { label: 'a hamlet before the village name', names: ['黄沙坪街道', '大溪沙坪村'], expected: { 大溪沙坪村: '431021003207' } },
  { label: 'a village without context is not guessed', names: ['沙坪村'], expected: { 沙坪村: undefined } },
  { label: 'compound name read part by part', names: ['郴州市桂阳县黄沙坪街道'], expected: { 郴州市桂阳县黄沙坪街道: '431021003' } },
  { label: 'a city with no counties is one place, with or without its province', names: ['广东省东莞市', '东莞市'], expected: { 广东省东莞市: '4419', 东莞市: '4419' } },
  { label: "a city's nickname is the city", names: ['莲城', '湘潭市'], expected: { 莲城: '4303', 湘潭市: '4303' } },
  { label: 'a nickname that is also a district stays the district', names: ['鹤城'], expected: { 鹤城: '431202' } },
  { label: "a short name that is also a known firm's is not the place alone", names: ['阿里'], expected: { 阿里: undefined } },
  { label: "a short name that is also a known firm's is the place where the article names the division above it", names: ['阿里', '西藏自治区'], expected: { 阿里: '5425' } },
  { label: "a division's full name stays the division, whatever firm its short name is", names: ['阿里地区'], expected: { 阿里地区: '5425' } },
  { label: 'not a place in the gazetteer', names: ['郴州经开区'], expected: { 郴州经开区: undefined } },
];

for (const c of cases) {
  test(`resolvePlaces: ${c.label}`, () => {
    const resolved = resolvePlaces(c.names);
    for (const [name, code] of Object.entries(c.expected)) assert.equal(resolved.get(name)?.code, code, name);
  });
}

// The village list's lines are kept by name stem: the towns asked about still decide, each time.
const villageCases: { label: string; under: string[]; expected: string[] }[] = [
  { label: 'under its street', under: ['431021003'], expected: ['431021003207'] },
  { label: 'under another county, asked after the first', under: ['430100'], expected: [] },
  { label: 'under its county, asked again', under: ['431021'], expected: ['431021003207'] },
];
for (const c of villageCases) {
  test(`villagesNamed: ${c.label}`, () => {
    assert.deepEqual(villagesNamed('沙坪村', new Set(c.under)).map((d) => d.code), c.expected);
  });
}
