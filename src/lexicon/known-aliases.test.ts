import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isWutongError } from '../shared/errors';
import { KNOWN_ALIASES, KnownAliases, type AliasKind } from './known-aliases';

// Made-up groups: a body and its abbreviation, a foreign firm's exonym and its Latin name, a writer's pen name.
const aliases = new KnownAliases({
  comment: 'test',
  organisations: [['青禾省发展委员会', '青发委'], ['蓝湾', 'Bluebay', '蓝湾公司']],
  people: [['钱立刚', '新禾']],
});

const cases: Array<{ label: string; name: string; kind: AliasKind; same?: string; none?: true }> = [
  { label: 'a body and its standard abbreviation', name: '青发委', kind: 'organisations', same: '青禾省发展委员会' },
  { label: "a foreign firm's exonym and its Latin name", name: '蓝湾', kind: 'organisations', same: 'Bluebay' },
  { label: 'a Latin name in any case', name: 'BLUEBAY', kind: 'organisations', same: '蓝湾' },
  { label: 'full-width letters and spaces as resolve normalises them', name: '　Ｂｌｕｅｂａｙ ', kind: 'organisations', same: '蓝湾公司' },
  { label: "a pen name and the writer's own", name: '新禾', kind: 'people', same: '钱立刚' },
  { label: "a person's name is not looked up among organisations", name: '新禾', kind: 'organisations', none: true },
  { label: 'a name of no group', name: '桂阳', kind: 'organisations', none: true },
];

describe('known aliases: names knowledge says are one', () => {
  for (const c of cases) {
    test(c.label, () => {
      const group = aliases.groupOf(c.name, c.kind);
      if (c.none) return assert.equal(group, undefined);
      assert.notEqual(group, undefined);
      assert.equal(group, aliases.groupOf(c.same!, c.kind));
    });
  }

  const organisations: Array<[string, string, string | undefined]> = [
    ['a registered name without its legal form and bracketed place', '蓝湾（桂阳）有限公司', aliases.groupOf('蓝湾', 'organisations')],
    ['a group name without its ending', '蓝湾集团', aliases.groupOf('蓝湾', 'organisations')],
    ['never without a business word, which often names a unit', '蓝湾物流', undefined],
  ];
  for (const [label, name, group] of organisations) test(`organisation: ${label}`, () => assert.equal(aliases.organisation(name), group));

  test('a name in two groups is refused, naming it', () => {
    assert.throws(
      () => new KnownAliases({ comment: 'test', organisations: [['蓝湾', 'Bluebay'], ['青禾', 'bluebay']], people: [] }),
      (error: unknown) => isWutongError(error, 'LEXICON_KNOWN_ALIASES') && /"bluebay" stands in two groups/u.test(error.message),
    );
  });

  test('the general list loads, and a body, a foreign firm and a pen name of it are found', () => {
    assert.equal(KNOWN_ALIASES.groupOf('央行', 'organisations'), KNOWN_ALIASES.groupOf('中国人民银行', 'organisations'));
    assert.equal(KNOWN_ALIASES.groupOf('英伟达', 'organisations'), KNOWN_ALIASES.groupOf('NVIDIA', 'organisations'));
    assert.equal(KNOWN_ALIASES.groupOf('沈从文', 'people'), KNOWN_ALIASES.groupOf('沈岳焕', 'people'));
    assert.notEqual(KNOWN_ALIASES.groupOf('央行', 'organisations'), KNOWN_ALIASES.groupOf('英伟达', 'organisations'));
  });
});
