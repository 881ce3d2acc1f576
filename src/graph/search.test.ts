import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSearchIndex, search, type SearchEntry } from './search';

const entries: SearchEntry[] = [
  { id: 'czjkq', name: '郴州经开区', type: 'Institution', aliases: ['郴州经济开发区'], articleCount: 3 },
  { id: 'chenzhou', name: '郴州市', type: 'Place', aliases: ['郴州'], articleCount: 5 },
  { id: 'yiyuan', name: '郴州市第一人民医院', type: 'Institution', aliases: ['市一医院'], articleCount: 1 },
  { id: 'changsha', name: '长沙市', type: 'Place', aliases: [], articleCount: 2 },
  { id: 'huayu', name: '湖南华宇新材料有限公司', type: 'Company', aliases: ['华宇新材料'], articleCount: 2 },
  { id: 'acme', name: 'Acme Logistics', type: 'Company', aliases: ['ACME'], articleCount: 1 },
];
const index = buildSearchIndex(entries);

test('search finds substrings, aliases and pinyin, best match first', () => {
  const cases: [string, string, string[]][] = [
    ['one Chinese character is a valid query', '沙', ['changsha']],
    ['exact alias ranks first, then by article count', '郴州', ['chenzhou', 'czjkq', 'yiyuan']],
    ['substring inside a long name', '人民医院', ['yiyuan']],
    ['alias only', '市一医院', ['yiyuan']],
    ['full pinyin', 'changsha', ['changsha']],
    ['full pinyin prefix finds every 郴州 name', 'chenzhou', ['chenzhou', 'czjkq', 'yiyuan']],
    ['pinyin initials of the whole name', 'czjkq', ['czjkq']],
    ['pinyin with spaces', 'chen zhou jing', ['czjkq']],
    ['polyphone 长 read as chang in 长沙市', 'css', ['changsha']],
    ['English name, any case', 'acme', ['acme']],
    ['full-width letters normalised', 'ＡＣＭＥ', ['acme']],
    ['no match', '北京', []],
    ['blank query', '   ', []],
  ];
  for (const [label, query, expected] of cases) assert.deepEqual(search(index, query).map((h) => h.id), expected, label);
});

test('hits carry the matched form and the pinyin of the name', () => {
  const [hit] = search(index, 'czjkq');
  assert.equal(hit?.matched, '郴州经开区');
  assert.equal(hit?.pinyin, 'chen zhou jing kai qu');
});

test('one Latin letter does not match pinyin (too many hits to be useful)', () => {
  assert.deepEqual(search(index, 'c').map((h) => h.id), ['acme']);
});
