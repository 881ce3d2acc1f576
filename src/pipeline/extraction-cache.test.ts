import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { duplicateFolder } from '../../test/support/articles';
import { graphDump, resetDatabase, runCli, testDriver } from '../../test/support/neo4j';
import type { ResolvedArticle } from '../resolve';
import { ExtractionCache } from './extraction-cache';

const article = (id: string, text: string): ResolvedArticle => ({
  article: { id, title: '', source: 'a.txt', index: 0, lang: 'zh', authors: [], text },
  entities: [{ id: 'company:青禾', type: 'Company', name: '青禾', surfaces: ['青禾'], starts: [0], ends: [2] }],
  relations: [],
  authors: [],
});

const cases: { label: string; remembered: [ResolvedArticle, boolean][]; id: string; want: { text: string; comentions: boolean } | undefined }[] = [
  { label: 'an article comes back as it was kept, with its co-mention setting', remembered: [[article('a', '青禾扩产'), true]], id: 'a', want: { text: '青禾扩产', comentions: true } },
  { label: 'each of several articles comes back from its own place', remembered: [[article('a', '青禾扩产'), true], [article('b', '青禾签约，蓝湾出资'), false]], id: 'b', want: { text: '青禾签约，蓝湾出资', comentions: false } },
  { label: 'an article not kept is not there', remembered: [[article('a', '青禾扩产'), true]], id: 'c', want: undefined },
];

for (const c of cases) {
  test(`extraction cache: ${c.label}`, () => {
    const cache = new ExtractionCache();
    try {
      for (const [resolved, comentions] of c.remembered) cache.remember(resolved, comentions);
      const hit = cache.recall(c.id);
      assert.deepEqual(hit === undefined ? undefined : { text: hit.resolved.article.text, comentions: hit.comentions }, c.want);
      if (hit !== undefined) assert.deepEqual(hit.resolved.entities, c.remembered.find(([r]) => r.article.id === c.id)![0].entities);
    } finally {
      cache.close();
    }
  });
}

// Against a real Neo4j: the build's identity stage lands the articles it moves from the cache; the
// graph must be the one extracting them again gives (a build without the stage, then the stage run
// by hand through `wutong suggest --apply`, which extracts again).
test('the identity stage landing from the build\'s cache gives the graph extracting again gives', async () => {
  const driver = testDriver();
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-cache-'));
  const cli = (...argv: string[]) => runCli([...argv, '--curation', path.join(dir, 'curation.yaml')]);
  const corpus = duplicateFolder();
  try {
    await resetDatabase(driver);
    const built = await cli('build', corpus);
    assert.equal(built.code, 0, built.stderr + built.stdout);
    assert.match(built.stdout, /Identity stage: [1-9]\d* merge\(s\)/u);
    const fromCache = await graphDump(driver);
    await resetDatabase(driver);
    const plain = await cli('build', corpus, '--no-auto-merge');
    assert.equal(plain.code, 0, plain.stderr + plain.stdout);
    const applied = await cli('suggest', '--apply');
    assert.equal(applied.code, 0, applied.stderr + applied.stdout);
    assert.deepEqual(await graphDump(driver), fromCache);
  } finally {
    await driver.close();
  }
});
