import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cypherStatement } from './cypher-files';
import { resetDatabase, testDriver } from '../../test/support/neo4j';

const driver = testDriver();

/** Each case: the full form each article names the entity by (m.name), and the display name and aliases it gets. */
const cases: Array<{ label: string; type?: string; names: string[]; name: string; aliases: string[] }> = [
  { label: 'the form most articles use, not the longest seen once', names: ['青禾', '青禾', '青禾', '湘西青禾'], name: '青禾', aliases: ['湘西青禾'] },
  { label: 'a tie goes to the longer full form', names: ['青禾科技', '青禾', '青禾科技', '青禾'], name: '青禾科技', aliases: ['青禾'] },
  { label: 'a Han name with a stray space comes last, however often', names: ['林 小禾', '林 小禾', '林 小禾', '林小禾'], name: '林小禾', aliases: ['林 小禾'] },
  { label: 'an English name keeps its spaces', names: ['Acme Robotics', 'Acme Robotics', 'Acme'], name: 'Acme Robotics', aliases: ['Acme'] },
  { label: 'one article', names: ['北辰银行'], name: '北辰银行', aliases: [] },
  { label: 'a person named mostly with a hyphen shows the dotted form the corpus writes too', type: 'Person', names: ['埃里克-诺德', '埃里克-诺德', '埃里克·诺德'], name: '埃里克·诺德', aliases: ['埃里克-诺德'] },
  { label: 'a person named mostly run together shows the dotted form', type: 'Person', names: ['索菲亚卡兰', '索菲亚卡兰', '索菲亚－卡兰', '索菲亚·卡兰'], name: '索菲亚·卡兰', aliases: ['索菲亚卡兰', '索菲亚－卡兰'] },
  { label: 'a dot written into a name otherwise run together does not rename it', type: 'Person', names: ['米兰达维斯', '米兰达维斯', '米兰·达维斯'], name: '米兰达维斯', aliases: ['米兰·达维斯'] },
  { label: 'a person never written with the dot keeps the form most articles use', type: 'Person', names: ['埃里克-诺德', '埃里克-诺德', '埃里克诺德'], name: '埃里克-诺德', aliases: ['埃里克诺德'] },
  { label: 'a dotted form of a longer name does not rename the last part alone', type: 'Person', names: ['诺德', '诺德', '埃里克·诺德'], name: '诺德', aliases: ['埃里克·诺德'] },
  { label: 'no person: a firm keeps the form most articles use', names: ['星河-远航', '星河-远航', '星河·远航'], name: '星河-远航', aliases: ['星河·远航'] },
];

describe('refresh-entities chooses a display name by use', () => {
  before(async () => {
    await resetDatabase(driver);
    const links = cases.flatMap((c, k) => c.names.map((name, i) => ({ entity: `company:case${k}`, type: c.type ?? 'Company', article: `case${k}-a${i}`, name })));
    await driver.executeQuery(
      `UNWIND $links AS l
       MERGE (a:Article {id: l.article})
       MERGE (e:Entity {id: l.entity}) ON CREATE SET e.name = 'unset', e.type = l.type, e.aliases = []
       SET e:$(l.type)
       CREATE (e)-[:MENTIONED_IN {count: 1, name: l.name, surfaces: [l.name], starts: [0], ends: [size(l.name)]}]->(a)`,
      { links },
    );
    await driver.executeQuery(cypherStatement('store/refresh-entities.cypher'), { ids: cases.map((_, k) => `company:case${k}`) });
  });
  after(() => driver.close());

  cases.forEach((c, k) => {
    test(c.label, async () => {
      const { records } = await driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, e.articleCount AS n', { id: `company:case${k}` });
      assert.equal(records[0]?.get('name'), c.name);
      assert.deepEqual(records[0]?.get('aliases'), c.aliases);
      assert.equal(Number(records[0]?.get('n')), c.names.length);
    });
  });
});
