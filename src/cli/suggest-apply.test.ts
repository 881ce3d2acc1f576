import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { duplicateFolder } from '../../test/support/articles';
import { resetDatabase, runCli, testDriver } from '../../test/support/neo4j';
import type { MergeSuggestion } from '../identity';

// The automatic identity stage through the command a user types, in a real Neo4j: two articles of
// our own name one firm by its registered name and by its group name; the finder's suggestion is
// accepted, recorded with its evidence, and taken back by `wutong split`. The build leaves the stage
// out (--no-auto-merge), so the suggestion waits for the command.

const driver = testDriver();
const dir = mkdtempSync(path.join(tmpdir(), 'wutong-suggest-apply-'));
const curation = path.join(dir, 'curation.yaml');
const cli = (...argv: string[]) => runCli([...argv, '--curation', curation]);

async function node(id: string): Promise<{ name: string; mergedFrom: string[] } | undefined> {
  const { records } = await driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN e.name AS name, coalesce(e.mergedFrom, []) AS mergedFrom', { id });
  return records[0] === undefined ? undefined : { name: records[0].get('name'), mergedFrom: records[0].get('mergedFrom') };
}

let suggestions: MergeSuggestion[];

before(async () => {
  await resetDatabase(driver);
  const build = await cli('build', duplicateFolder(), '--no-auto-merge');
  assert.equal(build.code, 0, build.stderr + build.stdout);
  const listed = await cli('suggest', '--json', '--min-score', '0');
  assert.equal(listed.code, 0, listed.stderr);
  suggestions = JSON.parse(listed.stdout) as MergeSuggestion[];
});
after(() => driver.close());

test('suggest --apply joins every suggested pair into the node kept, which says what it absorbed and why', async () => {
  assert.ok(suggestions.some((s) => /青禾/.test(s.fromName) && /青禾/.test(s.intoName)), JSON.stringify(suggestions));
  const applied = await cli('suggest', '--apply', '--min-score', '0');
  assert.equal(applied.code, 0, applied.stderr);
  assert.match(applied.stdout, new RegExp(`Accepted ${suggestions.length} merge\\(s\\)`));
  const first = suggestions[0]!;
  assert.equal(await node(first.from), undefined, `${first.fromName} is no node of its own any more`);
  const kept = await node(first.into);
  assert.ok(kept, `${first.intoName} is still a node`);
  const merged = kept.mergedFrom.map((m) => JSON.parse(m) as { id: string; source: string; evidence: unknown });
  assert.ok(merged.some((m) => m.id === first.from && m.source === 'auto'), JSON.stringify(merged));
  const again = await cli('suggest', '--json', '--min-score', '0');
  assert.ok(!(JSON.parse(again.stdout) as MergeSuggestion[]).some((s) => s.from === first.from), 'an applied merge is not suggested again');
});

test('wutong split takes one automatic merge back: the absorbed node returns', async () => {
  const first = suggestions[0]!;
  const split = await cli('split', first.into, first.from);
  assert.equal(split.code, 0, split.stderr + split.stdout);
  assert.ok(await node(first.from), `${first.fromName} is a node again`);
});

test('a bad --min-score is refused in one line and nothing is applied', async () => {
  const bad = await cli('suggest', '--apply', '--min-score', 'sure');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--min-score/);
});
