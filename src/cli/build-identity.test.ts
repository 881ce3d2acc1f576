import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { duplicateFolder } from '../../test/support/articles';
import { resetDatabase, runCli, testDriver } from '../../test/support/neo4j';

// The automatic identity stage as every build runs it, in a real Neo4j: two articles of our own name
// one firm by its registered name and by its group name; the build joins them, a build that changes
// nothing leaves the stage out, a stage cut short runs at the next build, a new article lands on the
// joined node, and a user's split outlives later builds. The tests run in order on one graph.

const driver = testDriver();
const dir = mkdtempSync(path.join(tmpdir(), 'wutong-build-identity-'));
const curation = path.join(dir, 'curation.yaml');
const corpus = duplicateFolder();
const cli = (...argv: string[]) => runCli([...argv, '--curation', curation]);

interface FirmNode {
  id: string;
  name: string;
  aliases: string[];
  mergedFrom: { id: string; source: string; evidence: string[] }[];
}

/** The nodes whose name or aliases hold the made-up firm's name. */
async function firmNodes(): Promise<FirmNode[]> {
  const { records } = await driver.executeQuery(
    `MATCH (e:Entity) WHERE e.name CONTAINS '青禾' OR any(a IN coalesce(e.aliases, []) WHERE a CONTAINS '青禾')
     RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.mergedFrom, []) AS mergedFrom ORDER BY id`,
  );
  return records.map((r) => ({ id: r.get('id'), name: r.get('name'), aliases: r.get('aliases'), mergedFrom: (r.get('mergedFrom') as string[]).map((m) => JSON.parse(m)) }));
}

before(async () => {
  await resetDatabase(driver);
});
after(() => driver.close());

test('a build joins the firm named two ways into one node, merged automatically with its evidence', async () => {
  const build = await cli('build', corpus);
  assert.equal(build.code, 0, build.stderr + build.stdout);
  assert.match(build.stdout, /Identity stage: [1-9]\d* merge\(s\)/u);
  assert.match(build.stderr, /identity stage: [1-9]\d* merge\(s\) .* accepted/u, 'the progress says the stage began');
  assert.match(build.stderr, /(\d+) of \1 stored articles landed again/u, 'and how far its landing got');
  const nodes = await firmNodes();
  assert.equal(nodes.length, 1, JSON.stringify(nodes));
  const merged = nodes[0]!.mergedFrom;
  assert.ok(merged.some((m) => m.source === 'auto' && m.evidence.length > 0), JSON.stringify(merged));
  const left = await cli('suggest', '--json', '--min-score', '0.55');
  assert.deepEqual(JSON.parse(left.stdout), [], 'the build ran rounds until nothing it would accept was left');
});

test('a build that changes no article leaves the stage out', async () => {
  const build = await cli('build', corpus);
  assert.equal(build.code, 0, build.stderr + build.stdout);
  assert.doesNotMatch(build.stdout, /Identity stage/u);
  assert.match(build.stdout, /0 article\(s\) added/u);
});

test('a stage cut short (its record of the articles it read missing) runs at the next build', async () => {
  await driver.executeQuery("MATCH (s:IdentityState {id: 'auto'}) DELETE s");
  const build = await cli('build', corpus);
  assert.equal(build.code, 0, build.stderr + build.stdout);
  assert.match(build.stdout, /Identity stage: 0 merge\(s\)/u, 'nothing left to join: the earlier merges hold');
  assert.equal((await firmNodes()).length, 1);
});

test('a new article naming the firm by a name the stage joined lands on the joined node', async () => {
  const [before] = await firmNodes();
  writeFileSync(path.join(corpus, 'orchard.txt'), '果园植保合作\n\n青禾集团与桂阳县林业局签订植保服务合同，为全县果园提供无人机喷洒服务。');
  const build = await cli('build', corpus);
  assert.equal(build.code, 0, build.stderr + build.stdout);
  assert.match(build.stdout, /1 article\(s\) added/u);
  const nodes = await firmNodes();
  assert.deepEqual(nodes.map((n) => n.id), [before!.id], JSON.stringify(nodes));
  const { records } = await driver.executeQuery(
    "MATCH (e:Entity {id: $id})-[:MENTIONED_IN]->(a:Article) WHERE a.text CONTAINS '果园' RETURN count(a) AS n",
    { id: before!.id },
  );
  assert.equal(Number(records[0]!.get('n')), 1, 'the new article is one of the joined node\'s');
});

test('a split the user made outlives an incremental build: the stage does not join the two again', async () => {
  const [joined] = await firmNodes();
  const from = joined!.mergedFrom.find((m) => m.source === 'auto')!;
  const split = await cli('split', joined!.id, from.id);
  assert.equal(split.code, 0, split.stderr + split.stdout);
  assert.equal((await firmNodes()).length, 2);
  writeFileSync(path.join(corpus, 'training.txt'), '飞手培训\n\n青禾科技股份有限公司在湘潭举办无人机飞手培训班，青禾集团的技术人员担任讲师。');
  const build = await cli('build', corpus);
  assert.equal(build.code, 0, build.stderr + build.stdout);
  assert.match(build.stdout, /Identity stage/u);
  assert.equal((await firmNodes()).length, 2, 'the curation file\'s distinct pair vetoes the merge');
});
