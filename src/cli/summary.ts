import type { CommandIO } from './command';
import type { BuildSummary } from '../pipeline';
import { articleLabel } from './progress';

/** The closing lines of a build or a load: what changed, the graph now, where the time went, and what was skipped and why. */
export function printSummary(io: CommandIO, verb: 'Built' | 'Loaded', summary: BuildSummary, seconds: number, workers: number, notes: readonly string[]): void {
  const out = (line: string) => io.stdout.write(line + '\n');
  const again = summary.articlesReextracted > 0 ? ` (${summary.articlesReextracted} extracted again: the extractor changed since they were built)` : '';
  const left = summary.skippedArticles.length > 0 ? `, ${summary.skippedArticles.length} skipped` : '';
  out(`${verb} ${summary.files} file(s) in ${seconds.toFixed(1)} s: ${summary.articlesAdded} article(s) added${again}, ${summary.articlesUnchanged} unchanged, ${summary.articlesRemoved} removed${left}`);
  const { articles, entities, relationships, mentions } = summary.counts;
  out(`Graph now: ${articles} articles, ${entities} entities, ${relationships} relationships, ${mentions} mentions`);
  const { read, extract, resolve, write } = summary.timing;
  const over = workers > 1 ? ` (summed over ${workers} workers)` : '';
  out(`Time went to: read ${read.toFixed(1)} s, extract ${extract.toFixed(1)} s, resolve ${resolve.toFixed(1)} s${over}, write ${write.toFixed(1)} s (the stages overlap)`);
  if (summary.writesRetried > 0) out(`${summary.writesRetried} write transaction(s) run again after Neo4j asked to retry (a deadlock with another build, a leader switch)`);
  for (const line of notes) out(line);
  if (summary.skipped.length > 0) {
    out(`Skipped ${summary.skipped.length} file(s):`);
    for (const file of summary.skipped) out(`  ${file.path}: ${file.reason}`);
  }
  if (summary.skippedArticles.length > 0) {
    out(`Skipped ${summary.skippedArticles.length} article(s):`);
    for (const article of summary.skippedArticles) out(`  ${articleLabel(article)}: ${article.reason}`);
  }
  out(`Next: wutong query 'MATCH (e:Entity) RETURN e.name, e.type, e.articleCount ORDER BY e.articleCount DESC LIMIT 20'  or  wutong view`);
}
