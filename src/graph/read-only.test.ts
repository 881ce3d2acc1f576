import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runReadQuery } from './neo4j';
import { readOnlyRefusal, type ExplainedQuery, type PlanStep } from './read-only';
import { ALLOWED_READS, assertEveryHostileQueryRefused, hostileQueryFixture } from '../../test/support/hostile-queries';

const fixture = hostileQueryFixture();
const source = { driver: fixture.driver, database: fixture.config.database };
const limits = { timeoutMs: 10_000, rowCap: 100 };

test('every hostile query is refused before it runs, and nothing changes or is fetched', async () => {
  await assertEveryHostileQueryRefused(fixture, async (c, url) => {
    await assert.rejects(runReadQuery(source, c.query(url), {}, limits), (error: { code?: string; message: string }) => {
      assert.equal(error.code, 'GRAPH_QUERY_REFUSED', `${c.label}: ${error.message}`);
      assert.match(error.message, c.refused, c.label);
      assert.doesNotMatch(error.message, /\n/, `${c.label}: one line`);
      return true;
    }, c.label);
  });
});

test('reads pass the check and answer', async () => {
  for (const c of ALLOWED_READS) {
    const { rows } = await runReadQuery(source, c.query, {}, limits);
    assert.ok(c.rows(rows), `${c.label}: ${JSON.stringify(rows)}`);
  }
});

test('the byte cap stops an answer: rows past it are cut, a single row past it is an error', async () => {
  const many = await runReadQuery(source, "UNWIND range(1, 1000) AS i RETURN i, 'ten chars!' + i AS text", {}, { ...limits, rowCap: 5000, byteCap: 4000 });
  assert.equal(many.truncated, true);
  assert.ok(many.rows.length > 50 && many.rows.length < 1000, `${many.rows.length} rows`);
  assert.ok(Buffer.byteLength(JSON.stringify(many.rows)) <= 4000 + many.rows.length, 'the rows kept fit the cap');
  await assert.rejects(
    runReadQuery(source, 'RETURN range(1, 100000) AS r', {}, { ...limits, byteCap: 100_000 }),
    (error: { code?: string; message: string }) => error.code === 'GRAPH_ANSWER_TOO_LARGE' && /one row of the answer takes 0\.\d MB, over the limit of 0\.1 MB/.test(error.message),
  );
});

// Plans of a server with plugins (APOC), which the test Neo4j does not have: the same shapes EXPLAIN gives.
const step = (operatorType: string, details: string, children: PlanStep[] = []): PlanStep => ({ operatorType: `${operatorType}@neo4j`, arguments: { Details: details }, children });
const explained = (plan: PlanStep, queryType = 'r'): ExplainedQuery => ({ queryType, database: 'neo4j', plan: step('ProduceResults', 'x', [plan]) });
const BUILT_INS = new Set(['date.truncate', 'point.distance']);

test('plugin procedures and functions: refused unless listed as pure', () => {
  const cases: { label: string; query: ExplainedQuery; refused: RegExp | null }[] = [
    { label: 'apoc.load.json', query: explained(step('ProcedureCall', 'apoc.load.json($autostring_0) :: (value :: MAP)')), refused: /refused CALL apoc\.load\.json/ },
    { label: 'apoc.export.csv.all', query: explained(step('ProcedureCall', 'apoc.export.csv.all($autostring_0, {}) :: (file :: STRING)')), refused: /refused CALL apoc\.export\.csv\.all/ },
    { label: 'apoc.cypher.runFirstColumnSingle as a function', query: explained(step('Projection', 'apoc.cypher.runFirstColumnSingle($autostring_0, {}) AS x')), refused: /refused apoc\.cypher\.runFirstColumnSingle\(\): plugin functions can run Cypher/ },
    { label: 'a function quoted part by part', query: explained(step('Projection', '`apoc`.`util`.`md5`([n.name]) AS x')), refused: /refused apoc\.util\.md5\(\)/ },
    { label: 'a plugin function inside an allowed procedure\'s arguments', query: explained(step('ProcedureCall', 'db.index.fulltext.queryNodes($autostring_0, apoc.text.join(apoc.cypher.runFirstColumnSingle($q, {}), $s)) :: (node :: NODE)')), refused: /refused apoc\.cypher\.runFirstColumnSingle\(\)/ },
    { label: 'a plugin function deep in a subquery', query: explained(step('SemiApply', '', [step('AllNodesScan', 'n'), step('Filter', 'apoc.xml.import($autostring_0) IS NOT NULL')])), refused: /refused apoc\.xml\.import\(\)/ },
    { label: 'a pure plugin function', query: explained(step('Projection', 'apoc.coll.sum([$autoint_0, $autoint_1]) AS s, apoc.text.join($l, $autostring_2) AS t')), refused: null },
    { label: "Neo4j's own namespaced functions", query: explained(step('Projection', 'date.truncate($autostring_0, date()) AS d, point.distance(point({x: $autoint_1, y: $autoint_2}), $p) AS e')), refused: null },
    { label: 'a call written inside a quoted column name is no call', query: explained(step('Top', '`apoc.cypher.run(n.name)` ASC LIMIT $autoint_0')), refused: null },
    { label: 'an index seek on a label', query: explained(step('NodeIndexSeek', 'RANGE INDEX e:Entity(name) WHERE name = $autostring_0')), refused: null },
    { label: 'a write reported only by the query type', query: explained(step('EmptyResult', ''), 'w'), refused: /refused a write/ },
    { label: 'a schema command reported only by the query type', query: explained(step('EmptyResult', ''), 's'), refused: /refused a schema or administration command/ },
    { label: 'no plan', query: { queryType: 'r', database: 'neo4j', plan: false }, refused: /gave no plan/ },
  ];
  for (const c of cases) {
    const refusal = readOnlyRefusal(c.query, BUILT_INS);
    if (c.refused === null) assert.equal(refusal, null, c.label);
    else assert.match(`refused ${refusal}`, c.refused, c.label);
  }
});
