import { readFileSync } from 'node:fs';
import type { ResolvedArticle } from '../src/resolve';
import { GraphStore, type Neo4jConfig } from '../src/store';
import { DEFAULT_BATCH_ROWS } from '../src/pipeline/limits';
import type { NewsArticle } from './news';
import { resolveAll } from './write';

/** Articles per step of the cost curve. */
const STEP = 1_000;

/** Resident memory of a process in MB, from /proc (Linux); undefined elsewhere. */
function residentMb(pid: number | 'self'): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}

/** The news articles again under other ids: the same entities, so hubs keep growing, as in a corpus many times the size. */
function repeated(resolved: ResolvedArticle[], round: number): ResolvedArticle[] {
  if (round === 0) return resolved;
  return resolved.map((r) => ({ ...r, article: { ...r.article, id: `${r.article.id}~${round}`, source: `${r.article.source}~${round}` } }));
}

/**
 * Growth with graph size: the news articles extracted once, then written again and again under
 * varied ids into one graph, in batches as a build sizes them, timing each thousand. The last
 * thousand must cost at most 1.3 × the first. `articles` may exceed the news set (100,000 for the
 * long run: npm run bench -- scale --articles 100000).
 */
export async function benchScale(config: Neo4jConfig, news: NewsArticle[], articles: number, neo4jPid?: number): Promise<string[]> {
  const resolved = await resolveAll(news);
  const store = new GraphStore(config);
  const steps: number[] = [];
  try {
    await store.applySchema();
    let batch: ResolvedArticle[] = [];
    let rows = 0;
    let written = 0;
    let stepBegan = Date.now();
    const began = Date.now();
    for (let round = 0; written < articles; round += 1) {
      for (const item of repeated(resolved, round)) {
        if (written >= articles) break;
        batch.push(item);
        rows += 1 + item.entities.length + item.relations.length;
        written += 1;
        if (rows >= DEFAULT_BATCH_ROWS || written % STEP === 0 || written === articles) {
          await store.write({ remove: [], add: batch });
          batch = [];
          rows = 0;
        }
        if (written % STEP === 0) {
          steps.push(Date.now() - stepBegan);
          stepBegan = Date.now();
        }
      }
    }
    const counts = await store.counts();
    const first = steps[0]!;
    const last = steps.at(-1)!;
    const neo4jMb = neo4jPid === undefined ? undefined : residentMb(neo4jPid);
    return [
      `writing ${articles} articles (${news.length} news articles repeated under varied ids) into one graph, batches of ${DEFAULT_BATCH_ROWS} rows:`,
      `  ${((Date.now() - began) / 1000).toFixed(1)} s; graph: ${counts.articles} articles, ${counts.entities} entities, ${counts.relationships} relationships, ${counts.mentions} mentions`,
      `  per ${STEP} articles: first ${(first / 1000).toFixed(2)} s, last ${(last / 1000).toFixed(2)} s, slowest ${(Math.max(...steps) / 1000).toFixed(2)} s; last / first: ${(last / first).toFixed(2)} (target: at most 1.3)`,
      `  peak memory: this process ${residentMb('self') ?? '?'} MB, Neo4j ${neo4jMb ?? '?'} MB`,
    ];
  } finally {
    await store.close();
  }
}
