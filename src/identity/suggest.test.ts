import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { suggestMerges, type MergeSuggestion } from '.';
import { coreName } from '../resolve';
import { resetDatabase, runCli, testDriver, testStore } from '../../test/support/neo4j';

const driver = testDriver();
const store = testStore();

/**
 * A small graph as a build would store it, written for this test: which articles name which entity,
 * by which full form and where first. `first` is the offset of the entity's first mention there.
 */
const ENTITIES: Array<{ id: string; name: string; type: string; in: Record<string, number>; alsoCalled?: string }> = [
  // A firm named in full, then by its short form, in two articles; the short form alone in a third.
  { id: 'company:qinghe-full', name: '青禾科技股份有限公司', type: 'Company', in: { a1: 0, a2: 0, a3: 0 } },
  { id: 'company:qinghe', name: '青禾', type: 'Company', in: { a1: 40, a2: 35, a4: 0 } },
  // One name under two types: mostly a firm.
  { id: 'company:yuanshan', name: '远山', type: 'Company', in: { a5: 0, a6: 0, a7: 0 } },
  { id: 'institution:yuanshan', name: '远山', type: 'Institution', in: { a5: 20, a8: 0 } },
  // One player written with a middle dot and run together; his surname alone after his full name.
  { id: 'person:howard-dot', name: '卡尔·霍华德', type: 'Person', in: { a9: 0, a12: 0 } },
  { id: 'person:howard-run', name: '卡尔霍华德', type: 'Person', in: { a10: 0 } },
  { id: 'person:howard', name: '霍华德', type: 'Person', in: { a12: 30 } },
  // A surname that names someone else: never in an article with the full name, no neighbour in common.
  { id: 'person:jensen-full', name: '马克·詹森', type: 'Person', in: { a13: 0 } },
  { id: 'person:jensen', name: '詹森', type: 'Person', in: { a14: 0 } },
  // Two universities of two cities: siblings, sharing articles and neighbours, not one body.
  { id: 'institution:beichen-u', name: '北辰大学', type: 'Institution', in: { a15: 0, a16: 0 } },
  { id: 'institution:nanling-u', name: '南岭大学', type: 'Institution', in: { a15: 10, a16: 10 } },
  // A short form the corpus never ties to the long one.
  { id: 'company:alan', name: '阿岚', type: 'Company', in: { a17: 0 } },
  { id: 'company:alanda', name: '阿岚达集团', type: 'Company', in: { a18: 0 } },
  // A firm, its registered group name (no article in common), its video service named first in two
  // articles, and a unit whose articles call it by the firm's name.
  { id: 'company:jilan', name: '霁岚', type: 'Company', in: { b1: 30, b2: 30, b3: 0, b4: 0 } },
  { id: 'company:jilan-group', name: '霁岚集团', type: 'Company', in: { b5: 0 } },
  { id: 'company:jilan-video', name: '霁岚视频', type: 'Company', in: { b1: 0, b2: 0 } },
  { id: 'company:jilan-appliances', name: '霁岚电器', type: 'Company', in: { b6: 0, b7: 0 }, alsoCalled: '霁岚' },
  // A line of business after the name is a unit of the firm, though a reading calls it by the firm's name.
  { id: 'company:jilan-logistics', name: '霁岚物流', type: 'Company', in: { b8: 0, b9: 0 }, alsoCalled: '霁岚' },
  // A player's surname alone, which the tagger called a firm, named after his dotted full name.
  { id: 'person:weike-full', name: '罗伊·维克', type: 'Person', in: { c1: 0, c2: 0 } },
  { id: 'company:weike', name: '维克', type: 'Company', in: { c1: 30, c2: 30, c3: 0 } },
  // One name as a firm in three articles and as a school in two, and the school's full name in four.
  { id: 'company:luming', name: '鹿鸣', type: 'Company', in: { d1: 0, d2: 0, d3: 0 } },
  { id: 'institution:luming', name: '鹿鸣', type: 'Institution', in: { d4: 20, d5: 20 } },
  { id: 'institution:luming-u', name: '鹿鸣大学', type: 'Institution', in: { d4: 0, d5: 0, d6: 0, d7: 0 } },
  // A phone maker and a model of it by its name, whose articles call the model by the maker's name.
  { id: 'company:qorvex', name: 'Qorvex', type: 'Company', in: { f1: 0, f2: 0, f3: 0 } },
  { id: 'company:qorvex-nova', name: 'Qorvex Nova 5', type: 'Company', in: { f4: 0, f5: 0 }, alsoCalled: 'Qorvex' },
  // A city's name the tagger once called a firm.
  { id: 'place:yunxiu', name: '云岫市', type: 'Place', in: { e1: 0, e2: 0, e3: 0 } },
  { id: 'company:yunxiu', name: '云岫市', type: 'Company', in: { e3: 40 } },
  // A state body named with the word that says it is the state's first, then without it.
  { id: 'institution:state-board', name: '国家青禾委', type: 'Institution', in: { g1: 0, g2: 0 } },
  { id: 'institution:board', name: '青禾委', type: 'Institution', in: { g1: 30, g2: 30, g3: 0 } },
  // A firm and its site, a club and its team, never in one article; a city's team and the city's name typed a body.
  { id: 'company:lanting-site', name: '兰汀网', type: 'Company', in: { h1: 0 } },
  { id: 'company:lanting', name: '兰汀', type: 'Company', in: { h2: 0, h3: 0 } },
  { id: 'institution:heyu-team', name: '鹤羽队', type: 'Institution', in: { h4: 0 } },
  { id: 'institution:heyu', name: '鹤羽', type: 'Institution', in: { h5: 0, h6: 0 } },
  { id: 'institution:yunxiu-team', name: '云岫队', type: 'Institution', in: { h7: 0 } },
  { id: 'institution:yunxiu', name: '云岫', type: 'Institution', in: { h8: 0, h9: 0 } },
  // A captain's team, and his surname alone, which the tagger called a body.
  { id: 'institution:weike-team', name: '维克队', type: 'Institution', in: { h10: 0 } },
  { id: 'institution:weike', name: '维克', type: 'Institution', in: { h11: 0, h12: 0 } },
  // A club's team and the club, and a misread person in one article whose name ends in the club's.
  { id: 'institution:feiyu-team', name: '飞鱼队', type: 'Institution', in: { h13: 0 } },
  { id: 'institution:feiyu', name: '飞鱼', type: 'Institution', in: { h14: 0, h15: 0 } },
  { id: 'person:feiyu-misread', name: '吧·飞鱼', type: 'Person', in: { h16: 0 } },
  // General knowledge (src/lexicon/known-aliases.json): a foreign firm's exonym and its Latin name,
  // never in one article; a writer's pen name and his own, with nothing in common; a known bank whose
  // name keys as a place's; a carmaker named after an actor whose last part it is.
  { id: 'company:nvidia-zh', name: '英伟达', type: 'Company', in: { k1: 0, k2: 0, k3: 0 } },
  { id: 'company:nvidia-en', name: 'Nvidia', type: 'Company', in: { k4: 0, k5: 0 } },
  { id: 'person:shen-pen', name: '沈从文', type: 'Person', in: { k6: 0, k7: 0 } },
  { id: 'person:shen-own', name: '沈岳焕', type: 'Person', in: { k8: 0 } },
  { id: 'company:huaxia-bank', name: '华夏银行', type: 'Company', in: { k9: 0, k10: 0 } },
  { id: 'place:huaxia', name: '华夏', type: 'Place', in: { k9: 20, k10: 20, k11: 0 } },
  { id: 'person:ford-actor', name: '哈里森·福特', type: 'Person', in: { k12: 0, k13: 0 } },
  { id: 'company:ford', name: '福特', type: 'Company', in: { k12: 30, k13: 30, k14: 0, k15: 0 } },
  // Two known firms, one's name the other's and a character: named first, then the shorter, in three articles.
  { id: 'company:boe', name: '京东方', type: 'Company', in: { k16: 0, k17: 0, k18: 0, k19: 0 } },
  { id: 'company:jd', name: '京东', type: 'Company', in: { k16: 30, k17: 30, k18: 30, k20: 0, k21: 0 } },
  // A firm and its registered group name, each in two articles.
  { id: 'company:formal-songtao', name: '松涛集团', type: 'Company', in: { n1: 0, n2: 0 } },
  { id: 'company:songtao', name: '松涛', type: 'Company', in: { n3: 0, n4: 0 } },
  // A neighbour of many: 湘江 is co-mentioned with the firm, the universities and the surname.
  { id: 'place:xiangjiang', name: '湘江', type: 'Place', in: { a1: 60, a4: 60, a14: 60, a15: 60 } },
];
const NEIGHBOURS: Array<[string, string]> = [
  ['company:qinghe-full', 'place:xiangjiang'],
  ['company:qinghe', 'place:xiangjiang'],
  ['institution:beichen-u', 'place:xiangjiang'],
  ['institution:nanling-u', 'place:xiangjiang'],
  ['person:jensen', 'place:xiangjiang'],
];

async function writeGraph(): Promise<void> {
  const links = ENTITIES.flatMap((e) => Object.entries(e.in).map(([article, first]) => ({ ...e, article, first })));
  await driver.executeQuery(
    `UNWIND $links AS l
     MERGE (a:Article {id: l.article})
     MERGE (e:Entity {id: l.id}) SET e.name = l.name, e.type = l.type, e:$(l.type)
     MERGE (e)-[m:MENTIONED_IN]->(a) SET m.name = l.name, m.count = 1, m.surfaces = [l.name] + CASE WHEN l.alsoCalled IS NULL THEN [] ELSE [l.alsoCalled] END, m.starts = [l.first], m.ends = [l.first + size(l.name)]
     WITH DISTINCT e
     MATCH (e)-[:MENTIONED_IN]->(x:Article)
     WITH e, count(x) AS n SET e.articleCount = n`,
    { links },
  );
  await driver.executeQuery('UNWIND $pairs AS p MATCH (a:Entity {id: p[0]}), (b:Entity {id: p[1]}) MERGE (a)-[:CO_MENTIONED {weight: 1}]->(b)', { pairs: NEIGHBOURS });
}

const pairOf = (s: MergeSuggestion): string => [s.from, s.into].join(' → ');

const cases: Array<{ label: string; from: string; into: string; type?: string; minScore?: number; nameAlone?: boolean; known?: boolean } | { label: string; apart: [string, string] }> = [
  { label: 'a firm named in full, then by its short form', from: 'company:qinghe-full', into: 'company:qinghe', type: 'Company', minScore: 0.6 },
  { label: 'one name under two types joins the type most articles give', from: 'institution:yuanshan', into: 'company:yuanshan', type: 'Company', minScore: 0.6 },
  { label: 'a name with a middle dot and run together', from: 'person:howard-run', into: 'person:howard-dot', type: 'Person', minScore: 0.5 },
  { label: 'a surname named after the full name in the same article', from: 'person:howard', into: 'person:howard-dot', type: 'Person' },
  { label: 'a surname with nothing beyond the name stays apart (homonyms)', apart: ['person:jensen', 'person:jensen-full'] },
  { label: 'two universities of two cities stay apart', apart: ['institution:beichen-u', 'institution:nanling-u'] },
  { label: 'a short form the corpus never ties to the long one stays apart', apart: ['company:alan', 'company:alanda'] },
  { label: "a firm's registered group name is the firm on its name alone", from: 'company:jilan-group', into: 'company:jilan', type: 'Company', minScore: 0.6, nameAlone: true },
  { label: 'a service after the name stays apart, though named first', apart: ['company:jilan', 'company:jilan-video'] },
  { label: "a unit whose articles call it by the firm's name joins the firm", from: 'company:jilan-appliances', into: 'company:jilan', type: 'Company', minScore: 0.55 },
  { label: "a service whose articles call it by the firm's name stays apart all the same (its name shares no core with the firm's)", apart: ['company:jilan', 'company:jilan-logistics'] },
  { label: 'a surname the tagger called a firm joins the dotted full name as a person', from: 'company:weike', into: 'person:weike-full', type: 'Person', minScore: 0.55 },
  { label: 'a joined node takes the type most articles of the whole group give', from: 'institution:luming', into: 'company:luming', type: 'Institution', nameAlone: true },
  { label: "a model whose articles call it by its maker's name joins the maker", from: 'company:qorvex-nova', into: 'company:qorvex', type: 'Company' },
  { label: "a city's name typed a firm joins the city", from: 'company:yunxiu', into: 'place:yunxiu', type: 'Place', minScore: 0.6 },
  { label: "a firm's site is the firm on its name alone", from: 'company:lanting-site', into: 'company:lanting', type: 'Company', minScore: 0.6, nameAlone: true },
  { label: "a club's team is the club on its name alone", from: 'institution:heyu-team', into: 'institution:heyu', type: 'Institution', minScore: 0.6, nameAlone: true },
  { label: "a city's team stays apart from the city's name typed a body, on names alone", apart: ['institution:yunxiu-team', 'institution:yunxiu'] },
  { label: "a captain's team stays apart from his surname typed a body, on names alone", apart: ['institution:weike-team', 'institution:weike'] },
  { label: "a club's team is the club's though a person named less often ends in its name", from: 'institution:feiyu-team', into: 'institution:feiyu', type: 'Institution', minScore: 0.6, nameAlone: true },
  { label: "a state body named with 国家 first, then without, is one body", from: 'institution:state-board', into: 'institution:board', type: 'Institution', minScore: 0.55 },
  { label: "a foreign firm's exonym and its Latin name are one firm by knowledge alone", from: 'company:nvidia-en', into: 'company:nvidia-zh', type: 'Company', minScore: 0.6, nameAlone: true, known: true },
  { label: "a pen name and the writer's own with nothing in common stay apart (two people need evidence)", apart: ['person:shen-pen', 'person:shen-own'] },
  { label: "a known bank stays apart from the place its name keys as, though named after it", apart: ['company:huaxia-bank', 'place:huaxia'] },
  { label: "a known carmaker stays apart from the actor it is the last part of, though named after him", apart: ['company:ford', 'person:ford-actor'] },
  { label: 'a registered name named as often as the name the firm goes by gives way to it', from: 'company:formal-songtao', into: 'company:songtao', type: 'Company', minScore: 0.6, nameAlone: true },
  { label: 'two known firms stay apart, though one name starts with the other and articles name both, the longer first', apart: ['company:boe', 'company:jd'] },
];

describe('the suggestion finder, on a small graph in a real Neo4j', () => {
  let suggestions: MergeSuggestion[] = [];
  before(async () => {
    await resetDatabase(driver);
    await writeGraph();
    suggestions = await suggestMerges(store.connection);
  });
  after(async () => {
    await store.close();
    await driver.close();
  });

  for (const c of cases) {
    test(c.label, () => {
      if ('apart' in c) {
        const joined = suggestions.filter((s) => c.apart.includes(s.from) && c.apart.includes(s.into));
        assert.deepEqual(joined.map(pairOf), [], 'no suggestion joins them');
        return;
      }
      const found = suggestions.find((s) => s.from === c.from && s.into === c.into);
      assert.ok(found, `suggested ${c.from} → ${c.into}; got ${suggestions.map(pairOf).join('; ')}`);
      if (c.type) assert.equal(found.type, c.type);
      assert.ok(found.score >= (c.minScore ?? 0.3) && found.score <= 1, `score ${found.score}`);
      assert.ok(found.evidence.length >= 2 || c.label.includes('middle dot') || c.nameAlone, `evidence beyond the name: ${found.evidence.join(' | ')}`);
      if (c.known) assert.match(found.evidence[0]!, /^known alias: /u);
    });
  }

  test('most valuable first: articles affected × certainty never rise down the list', () => {
    assert.ok(suggestions.length >= 4);
    const articles = new Map(ENTITIES.map((e) => [e.id, Object.keys(e.in).length]));
    const values = suggestions.map((s) => s.score * articles.get(s.from)!);
    for (let k = 1; k < values.length; k++) assert.ok(values[k]! <= values[k - 1]! + 1e-9, `${values.join(', ')}`);
  });

  test('wutong suggest --json prints the same suggestions; a bad --limit is refused in one line', async () => {
    const run = await runCli(['suggest', '--json', '--limit', '2']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), suggestions.slice(0, 2));
    const bad = await runCli(['suggest', '--limit', 'many']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^wutong suggest: --limit is a whole number/);
  });
});

describe('an organisation name without legal form and business words', () => {
  const cores: Array<[string, string, string]> = [
    ['legal form, bracketed place and business word go', '青禾科技（深圳）有限公司', '青禾'],
    ['a short form is its own core', '青禾', '青禾'],
    ['a leading place stays: universities of two cities differ', '北辰大学', '北辰大学'],
    ['a place alone is not the core of a city bank', '长沙银行', '长沙银行'],
  ];
  for (const [label, name, core] of cores) test(label, () => assert.equal(coreName(name), core));
});
