// Paths with evidence on a built corpus (the Sina graph): pairs of entities whose shortest chain of
// typed links is four hops are found first (not timed), then each path with its evidence is asked
// for as the viewer asks (GraphSource.path), cold once, then warm. Read only: the corpus database is
// never written. WUTONG_BENCH_SINA_URI names it (WUTONG_BENCH_SINA_USERNAME, _PASSWORD, _DATABASE).
import neo4j from 'neo4j-driver';
import { openNeo4jSource } from '../src/server';
import { TYPED_RELATIONS } from '../src/lexicon';
import type { Neo4jConfig } from '../src/store';

const TARGET_MS = 1000;
const PAIRS = 5;
const HOPS = 4;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;


/** Entities reached in exactly HOPS typed hops from well-mentioned seeds, as candidate pairs. */
const CANDIDATES = `
MATCH (a:Entity) WHERE a.articleCount >= 3
WITH a ORDER BY a.id LIMIT 60
CALL (a) {
  MATCH (a)-[r WHERE type(r) IN $types]-{${HOPS}}(b:Entity) WHERE b <> a
  RETURN DISTINCT b LIMIT 3
}
RETURN a.id AS from, b.id AS to`;

export async function benchPaths(config: Neo4jConfig): Promise<string[]> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
  let candidates: { from: string; to: string }[];
  try {
    const result = await driver.executeQuery(CANDIDATES, { types: [...TYPED_RELATIONS] }, { database: config.database, routing: neo4j.routing.READ });
    candidates = result.records.map((r) => ({ from: String(r.get('from')), to: String(r.get('to')) }));
  } finally {
    await driver.close();
  }
  const source = openNeo4jSource(config, { nodeLimit: 100, timeoutMs: 30_000, rowCap: 100, label: 'bench-paths' });
  try {
    const lines: string[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    for (const pair of candidates) {
      if (cold.length >= PAIRS) break;
      const began = performance.now();
      const answer = await source.path({ ...pair, comentions: false });
      const first = performance.now() - began;
      // Reached in four hops along some walk, but the shortest chain may be shorter.
      if (answer.length !== HOPS) continue;
      const hops = answer.paths.flatMap((p) => p.hops);
      const withEvidence = hops.filter((h) => h.links.length > 0 && h.links.every((l) => l.evidence.length > 0)).length;
      const again: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const t = performance.now();
        await source.path({ ...pair, comentions: false });
        again.push(performance.now() - t);
      }
      cold.push(first);
      warm.push(median(again));
      lines.push(`paths: ${answer.from.name} → ${answer.to.name}: ${answer.paths.length} chain(s) of ${HOPS} hops, ${withEvidence}/${hops.length} hops with evidence on every link; `
        + `first ${first.toFixed(0)} ms, then ${median(again).toFixed(0)} ms (target <= ${TARGET_MS} ms)`);
    }
    if (cold.length === 0) return ['paths: no pair four typed hops apart among the candidates'];
    lines.push(`paths: ${cold.length} pairs four hops apart: slowest first answer ${Math.max(...cold).toFixed(0)} ms, median warm ${median(warm).toFixed(0)} ms (target <= ${TARGET_MS} ms with evidence on every hop)`);
    return lines;
  } finally {
    await source.close();
  }
}
