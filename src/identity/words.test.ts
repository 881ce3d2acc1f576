import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../extract';
import { resetDatabase, runCli, testDriver } from '../../test/support/neo4j';
import type { WordSuggestion } from './types';
import { countUses, generalWord, wordVerdict, type SurfaceUse } from './words';

// What general language says of a surface the tagger took for a name: a word (a witness line) or nothing.
const witnesses: { label: string; surface: string; types: EntityType[]; word: boolean }[] = [
  { label: 'a common word of Chinese', surface: '学校', types: ['Institution'], word: true },
  { label: 'a coined firm name is no word', surface: '青禾科技', types: ['Company'], word: false },
  { label: 'one character taken for a person only: a surname alone', surface: '林', types: ['Person'], word: true },
  { label: 'one character taken for a person and a firm: a surname alone all the same', surface: '林', types: ['Company', 'Person'], word: true },
  { label: 'one character taken for a firm only says nothing', surface: '林', types: ['Company'], word: false },
  { label: 'one character that also names a place is left alone', surface: '沪', types: ['Person', 'Place'], word: false },
  { label: 'an English plain noun', surface: 'style', types: ['Company'], word: true },
  { label: 'an English verb, capitalised', surface: 'Share', types: ['Company'], word: true },
  { label: 'a coined brand in Latin letters', surface: 'Qinghe', types: ['Company'], word: false },
  { label: 'an acronym', surface: 'QHT', types: ['Company'], word: false },
  { label: 'an English first name', surface: 'John', types: ['Person'], word: false },
];
for (const c of witnesses) {
  test(`generalWord: ${c.label}`, () => assert.equal(generalWord(c.surface, c.types) !== undefined, c.word));
}

// One article's text and its mention spans; the uses counted for each surface.
const text = '学校的Logo很新。青禾学校说，Logos不同，学校将换Logo。';
const counts: { label: string; spans: [number, number][]; surface: string; use: SurfaceUse }[] = [
  { label: 'no mention: every use stands alone', spans: [], surface: '学校', use: { taken: 0, alone: 3 } },
  { label: 'inside a longer mention a use says nothing', spans: [[10, 14]], surface: '学校', use: { taken: 0, alone: 2 } },
  { label: 'a mention spanning exactly the surface is a use taken', spans: [[0, 2], [10, 14]], surface: '学校', use: { taken: 1, alone: 1 } },
  { label: 'a Latin surface counts as a whole word only', spans: [[3, 7]], surface: 'Logo', use: { taken: 1, alone: 1 } },
];
for (const c of counts) {
  test(`countUses: ${c.label}`, () => {
    const uses = new Map<string, SurfaceUse>();
    countUses(text, c.spans, [c.surface], uses);
    assert.deepEqual(uses.get(c.surface), c.use);
  });
}

// The decision on a surface general language calls a word, by how the corpus writes it.
const verdicts: { label: string; use: SurfaceUse | undefined; word: boolean }[] = [
  { label: 'written 40 times, taken 4: a word', use: { taken: 4, alone: 36 }, word: true },
  { label: 'taken in a quarter of its uses: still a word', use: { taken: 10, alone: 30 }, word: true },
  { label: 'taken in more than a quarter: a name the tagger misses at times', use: { taken: 11, alone: 29 }, word: false },
  { label: 'written too seldom to say', use: { taken: 0, alone: 29 }, word: false },
  { label: 'never written outside longer names', use: undefined, word: false },
];
for (const c of verdicts) {
  test(`wordVerdict: ${c.label}`, () => {
    const verdict = wordVerdict('学校', 'a word', c.use);
    assert.equal(verdict !== undefined, c.word);
    if (verdict) assert.deepEqual([verdict.score, verdict.evidence[0]], [Math.round((c.use!.alone / (c.use!.alone + c.use!.taken)) * 100) / 100, 'a word']);
  });
}

// The finder on a small graph of our own in a real Neo4j: articles with their text, and the spans
// of the mentions extraction made in them.
describe('the word finder, on a small graph in a real Neo4j', () => {
  const driver = testDriver();
  /** Twelve articles each writing 学校 three times and 青禾 three times; the tagger took each twice in all. */
  const text = '学校开学了。青禾的学校很大，青禾说学校好。青禾在湘江边。';
  const at = (surface: string, k: number): number => text.split(surface).slice(0, k + 1).join(surface).length;
  const articles = Array.from({ length: 12 }, (_, i) => ({
    id: `w${i}`,
    mentions: [
      ...(i < 2 ? [{ id: 'institution:school', name: '学校', type: 'Institution', start: at('学校', 0) }] : []),
      ...(i < 2 ? [{ id: 'company:qinghe', name: '青禾', type: 'Company', start: at('青禾', 0) }] : []),
    ],
  }));
  before(async () => {
    await resetDatabase(driver);
    await driver.executeQuery(
      `UNWIND $articles AS a
       MERGE (x:Article {id: a.id}) SET x.text = $text
       WITH x, a UNWIND a.mentions AS m
       MERGE (e:Entity {id: m.id}) SET e.name = m.name, e.type = m.type, e:$(m.type)
       MERGE (e)-[r:MENTIONED_IN]->(x) SET r.name = m.name, r.surfaces = [m.name], r.starts = [m.start], r.ends = [m.start + size(m.name)]`,
      { articles, text },
    );
    await driver.executeQuery('MATCH (e:Entity) SET e.articleCount = COUNT { (e)-[:MENTIONED_IN]->() }');
  });
  after(() => driver.close());

  test('wutong suggest --words: a common word taken in 2 of its 36 uses is a word, with its evidence; a name taken as seldom is not', async () => {
    const run = await runCli(['suggest', '--words', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const words = JSON.parse(run.stdout) as WordSuggestion[];
    assert.deepEqual(words.map((w) => [w.surface, w.score]), [['学校', 0.94]]);
    assert.match(words[0]!.evidence.join('\n'), /common word[\s\S]*writes 学校 36 times outside longer names; extraction took 2 of them \(6%\)/);
  });
});
