import assert from 'node:assert/strict';
import { test } from 'node:test';
import { junkKind, type JunkKind } from './junk';

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
