import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgedKind, junkKind, type JudgedKind, type JunkKind } from './junk';

// Node names as a built graph may hold them, made up for this table; undefined: nothing against the name.
const cases: Array<[label: string, name: string, kind: JunkKind | undefined]> = [
  ['a zero-width space alone', '\u200b', 'blank'],
  ["a site's bracketed tag inside a name", '远山时尚[粉丝群]', 'site tag'],
  ['a piece of a URL', 'n.example.cn/tech', 'url'],
  ['a script file', 'player_v1.js', 'file'],
  ['a selector with its declaration', 'p{margin', 'markup'],
  ["a program's identifier", 'appendChild', 'code'],
  ['words joined by underscores', 'PAGE_INFO', 'code'],
  ["a romanised account id", 'yuanshankeji', 'handle'],
  ["an agency's tag", '远山科技讯', 'dateline'],
  ['a dateline with place and date', '东方网长沙3月2日电', 'dateline'],
  ["a reporter's credit", '记者林小禾', 'dateline'],
  ['an English word in lower case', 'party', 'english word'],
  ['a capitalised common word', 'Pro', 'english word'],
  ['a firm whose name ends in 讯', '青禾通讯', undefined],
  ['a two-character name ending in 讯', '远讯', undefined],
  ['a coined brand in lower case', 'vivo', undefined],
  ['a mixed-case brand', 'iPhone', undefined],
  ['an acronym', 'WHO', undefined],
  ["a firm's Chinese name", '青禾科技', undefined],
];

for (const [label, name, kind] of cases) {
  test(`junkKind: ${label}`, () => assert.equal(junkKind(name), kind));
}

// Names of the judged list as the evaluation reads them; undefined: no judgement against the name.
const judgedCases: Array<[label: string, name: string, kind: JudgedKind | undefined]> = [
  ['a common word', '颜值', 'common word'],
  ['an English noun', 'Logo', 'English word'],
  ['a description with no name in it', '互联网公司', 'description'],
  ['a surname alone', '王', 'surname alone'],
  ['a firm of the corpus', '腾讯', undefined],
];
for (const [label, name, kind] of judgedCases) {
  test(`judgedKind: ${label}`, () => assert.equal(judgedKind(name), kind));
}
