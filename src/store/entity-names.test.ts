import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cypherStatement } from './cypher-files';
import { cypherCompare, extendNames, type StoredNames } from './entity-names';
import { resetDatabase, testDriver } from '../../test/support/neo4j';

const fresh = (name: string, type = 'Company'): StoredNames => ({ id: 'e', name, type, aliases: [], articleCount: 0, forms: null, uses: null });

/** Each case: a node's state, what a batch adds, and the name, aliases and tally it comes to. */
const cases: Array<{ label: string; stored: StoredNames; names: string[]; surfaces?: string[]; name: string; aliases: string[]; forms: string[]; uses: number[] }> = [
  { label: 'a new node takes the form most links use', stored: fresh('湘西青禾'), names: ['湘西青禾', '青禾', '青禾'], name: '青禾', aliases: ['湘西青禾'], forms: ['湘西青禾', '青禾'], uses: [1, 2] },
  { label: 'a tie goes to the longer form', stored: fresh('青禾'), names: ['青禾', '青禾科技'], name: '青禾科技', aliases: ['青禾'], forms: ['青禾', '青禾科技'], uses: [1, 1] },
  { label: 'a Han name with a stray space comes last', stored: fresh('林 小禾'), names: ['林 小禾', '林 小禾', '林小禾'], name: '林小禾', aliases: ['林 小禾'], forms: ['林 小禾', '林小禾'], uses: [2, 1] },
  { label: 'an English name keeps its spaces', stored: fresh('Acme'), names: ['Acme Robotics', 'Acme'], name: 'Acme Robotics', aliases: ['Acme'], forms: ['Acme', 'Acme Robotics'], uses: [1, 1] },
  {
    label: 'a stored tally grows; surfaces become aliases',
    stored: { id: 'e', name: '北辰银行', type: 'Company', aliases: ['北辰'], articleCount: 2, forms: ['北辰银行', '北辰'], uses: [2, 1] },
    names: ['北辰'], surfaces: ['北辰行'], name: '北辰银行', aliases: ['北辰', '北辰行'], forms: ['北辰', '北辰银行'], uses: [2, 2],
  },
  {
    label: 'a node written before tallies starts from its name, once per article',
    stored: { id: 'e', name: '南屿港务', type: 'Company', aliases: [], articleCount: 3, forms: null, uses: null },
    names: ['南屿港', '南屿港'], name: '南屿港务', aliases: ['南屿港'], forms: ['南屿港', '南屿港务'], uses: [2, 3],
  },
  { label: 'a person named mostly with a hyphen shows the dotted form the corpus writes too', stored: fresh('埃里克-诺德', 'Person'), names: ['埃里克-诺德', '埃里克-诺德', '埃里克·诺德'], name: '埃里克·诺德', aliases: ['埃里克-诺德'], forms: ['埃里克-诺德', '埃里克·诺德'], uses: [2, 1] },
  { label: 'a person named mostly run together or with a bullet shows the dotted form', stored: fresh('索菲亚卡兰', 'Person'), names: ['索菲亚卡兰', '索菲亚卡兰', '索菲亚•卡兰', '索菲亚·卡兰'], name: '索菲亚·卡兰', aliases: ['索菲亚•卡兰', '索菲亚卡兰'], forms: ['索菲亚·卡兰', '索菲亚•卡兰', '索菲亚卡兰'], uses: [1, 1, 2] },
  { label: 'a full-width hyphen gives way to the dot as well', stored: fresh('奥斯卡－维伦', 'Person'), names: ['奥斯卡－维伦', '奥斯卡－维伦', '奥斯卡－维伦', '奥斯卡·维伦'], name: '奥斯卡·维伦', aliases: ['奥斯卡－维伦'], forms: ['奥斯卡·维伦', '奥斯卡－维伦'], uses: [1, 3] },
  { label: 'a name of three parts, dotted once in the corpus', stored: fresh('让-保罗-马丁内', 'Person'), names: ['让-保罗-马丁内', '让-保罗-马丁内', '让·保罗·马丁内'], name: '让·保罗·马丁内', aliases: ['让-保罗-马丁内'], forms: ['让-保罗-马丁内', '让·保罗·马丁内'], uses: [2, 1] },
  { label: 'a dot written into a name otherwise run together does not rename it', stored: fresh('米兰达维斯', 'Person'), names: ['米兰达维斯', '米兰达维斯', '米兰·达维斯'], name: '米兰达维斯', aliases: ['米兰·达维斯'], forms: ['米兰·达维斯', '米兰达维斯'], uses: [1, 2] },
  { label: 'a dot placed where no other form has its mark gives way to the one that is', stored: fresh('裘恩-达洛', 'Person'), names: ['裘恩-达洛', '裘恩-达洛', '裘·恩达洛', '裘·恩达洛', '裘恩·达洛'], name: '裘恩·达洛', aliases: ['裘·恩达洛', '裘恩-达洛'], forms: ['裘·恩达洛', '裘恩-达洛', '裘恩·达洛'], uses: [2, 2, 1] },
  { label: 'a person never written with the dot keeps the form most links use', stored: fresh('埃里克-诺德', 'Person'), names: ['埃里克-诺德', '埃里克-诺德', '埃里克诺德'], name: '埃里克-诺德', aliases: ['埃里克诺德'], forms: ['埃里克-诺德', '埃里克诺德'], uses: [2, 1] },
  { label: 'a dotted form of a longer name does not rename the last part alone', stored: fresh('诺德', 'Person'), names: ['诺德', '诺德', '埃里克·诺德'], name: '诺德', aliases: ['埃里克·诺德'], forms: ['埃里克·诺德', '诺德'], uses: [1, 2] },
  { label: 'a form mixing the dot with another mark is not the dotted form', stored: fresh('让-保罗-马丁内', 'Person'), names: ['让-保罗-马丁内', '让-保罗-马丁内', '让·保罗-马丁内'], name: '让-保罗-马丁内', aliases: ['让·保罗-马丁内'], forms: ['让-保罗-马丁内', '让·保罗-马丁内'], uses: [2, 1] },
  { label: 'no person: a firm keeps the form most links use', stored: fresh('星河-远航'), names: ['星河-远航', '星河-远航', '星河·远航'], name: '星河-远航', aliases: ['星河·远航'], forms: ['星河-远航', '星河·远航'], uses: [2, 1] },
  { label: 'names beyond the BMP sort by code point, as Cypher does', stored: fresh('𠀀'), names: ['𠀀', 'ｆ'], name: 'ｆ', aliases: ['𠀀'], forms: ['ｆ', '𠀀'], uses: [1, 1] },
];

describe('extendNames: the display name rule of refresh-entities, worked out in the store', () => {
  for (const c of cases) {
    test(c.label, () => {
      const props = extendNames(c.stored, { articles: c.names.length, names: c.names, surfaces: c.surfaces ?? [] });
      assert.equal(props.name ?? c.stored.name, c.name);
      assert.deepEqual(props.aliases ?? c.stored.aliases, c.aliases);
      assert.deepEqual(props.nameForms, c.forms);
      assert.deepEqual(props.nameUses?.map(Number), c.uses);
    });
  }

  test('unchanged name and aliases are left out of what is set', () => {
    const props = extendNames({ id: 'e', name: '青禾', type: 'Company', aliases: ['湘西青禾'], articleCount: 2, forms: ['湘西青禾', '青禾'], uses: [1, 1] }, { articles: 1, names: ['青禾'], surfaces: [] });
    assert.deepEqual(Object.keys(props).sort(), ['articleCount', 'nameForms', 'nameUses']);
  });

  test('cypherCompare orders by code point', () => {
    assert.deepEqual(['𠀀', 'ｆ', 'b', 'a'].sort(cypherCompare), ['a', 'b', 'ｆ', '𠀀']);
  });
});

describe('extendNames agrees with refresh-entities.cypher and identity/entities.cypher on the same links (real Neo4j)', () => {
  const driver = testDriver();
  before(() => resetDatabase(driver));
  after(() => driver.close());

  for (const [k, c] of cases.filter((c) => c.stored.forms === null && c.stored.articleCount === 0).entries()) {
    test(c.label, async () => {
      const id = `${c.stored.type.toLowerCase()}:names${k}`;
      const links = c.names.map((name, i) => ({ article: `names${k}-a${i}`, name }));
      await driver.executeQuery(
        `UNWIND $links AS l
         MERGE (a:Article {id: l.article})
         MERGE (e:Entity {id: $id}) ON CREATE SET e.name = $first, e.type = $type, e.aliases = []
         SET e:$($type)
         CREATE (e)-[:MENTIONED_IN {count: 1, name: l.name, surfaces: [l.name], starts: [0], ends: [size(l.name)]}]->(a)`,
        { links, id, first: c.stored.name, type: c.stored.type },
      );
      await driver.executeQuery(cypherStatement('store/refresh-entities.cypher'), { ids: [id] });
      const { records } = await driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, e.nameForms AS forms, e.nameUses AS uses', { id });
      // The suggestion finder reads each node's name afresh from its links, by the same rule.
      const weighed = await driver.executeQuery(cypherStatement('identity/entities.cypher'), { minArticles: 1 });
      const props = extendNames({ ...c.stored, id }, { articles: c.names.length, names: c.names, surfaces: c.names });
      assert.equal(props.name ?? c.stored.name, records[0]?.get('name'));
      assert.equal(props.name ?? c.stored.name, weighed.records.find((r) => r.get('id') === id)?.get('name'));
      assert.deepEqual(props.aliases ?? c.stored.aliases, records[0]?.get('aliases'));
      assert.deepEqual(props.nameForms, records[0]?.get('forms'));
      assert.deepEqual(props.nameUses?.map(Number), (records[0]?.get('uses') as unknown[]).map(Number));
    });
  }
});
