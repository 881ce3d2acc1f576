import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../extract/types';
import { genericIds } from './generic';
import { canonicalKey, entityId } from './keys';

const TYPES: Record<string, EntityType> = { C: 'Company', I: 'Institution' };

/** `商会/I` → a mention with the id its own key gives it. */
function named(spec: string): { id: string; type: EntityType; surface: string } {
  const [surface, t] = spec.split('/') as [string, string];
  const type = TYPES[t]!;
  return { id: entityId(type, canonicalKey(surface, type)), type, surface };
}

// merged: [generic, body] pairs; ownNode: generics that become the article's own node.
const cases: { label: string; mentions: string[]; merged: Array<[string, string]>; ownNode: string[] }[] = [
  { label: 'an association named by its category is the one the article names', mentions: ['东莞市湖南浏阳商会/I', '商会/I'], merged: [['商会', '东莞市湖南浏阳商会']], ownNode: [] },
  { label: 'a level word before the category refers back too', mentions: ['湘潭经济开发区管理委员会/I', '区管委会/I'], merged: [['区管委会', '湘潭经济开发区管理委员会']], ownNode: [] },
  { label: 'with two bodies ending so, the category word is the article’s own', mentions: ['浏阳经开区管委会/I', '湘潭经开区管委会/I', '管委会/I'], merged: [], ownNode: ['管委会'] },
  { label: 'a county hospital named by its category is the article’s own, never another’s', mentions: ['桃江县人民医院/I', '县人民医院/I'], merged: [], ownNode: ['县人民医院'] },
  { label: 'a name with its own place is no category word', mentions: ['桃江县人民医院/I', '平江县茶叶协会/I'], merged: [], ownNode: [] },
];

for (const c of cases) {
  test(`genericIds: ${c.label}`, () => {
    const mentions = c.mentions.map(named);
    const ids = genericIds(mentions, 'article-a');
    const elsewhere = genericIds(mentions, 'article-b');
    const merged = [...ids].filter(([, id]) => mentions.some((m) => m.id === id)).map(([i, id]) => [mentions[i]!.surface, mentions.find((m) => m.id === id)!.surface]);
    assert.deepEqual(merged, c.merged);
    const own = [...ids].filter(([, id]) => !mentions.some((m) => m.id === id)).map(([i]) => mentions[i]!.surface);
    assert.deepEqual(own, c.ownNode);
    for (const [i, id] of ids) if (c.ownNode.includes(mentions[i]!.surface)) assert.notEqual(id, elsewhere.get(i), 'another article’s node');
  });
}
