import { createExtractorFromFlags, EXTRACTOR_FLAGS, EXTRACTOR_USAGE } from '../extractor-flags';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { flagValue } from '../args';
import { connectStore } from '../connect';
import { buildProgress } from '../progress';

export const buildCommand: Command = {
  name: 'build',
  summary: 'read articles from files and folders into the Neo4j graph',
  usage: `wutong build <paths…> [--lang zh|en] [--extractor rules|llm|hybrid] [--batch N]

Reads .txt, .md and .html files (UTF-8, GB18030/GBK, Big5, UTF-16), splits newspaper pages into
articles, extracts entities and relations and writes them into Neo4j (NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD, NEO4J_DATABASE; without NEO4J_URI the bundled instance, started if needed).
Unchanged articles are skipped; articles gone from a rebuilt file are removed; articles built by
another extractor, or by older code or models, are extracted again.
Exit code 1 when some files could not be read (each is named with its reason).

${EXTRACTOR_USAGE}
  --batch N               articles per write transaction (default 25)`,
  valueFlags: [...EXTRACTOR_FLAGS, 'batch'],
  booleanFlags: [],
  async run(args, io) {
    if (args.positionals.length === 0) {
      io.stderr.write('wutong build: name at least one file or folder\n');
      return EXIT_USAGE;
    }
    const batch = Number(flagValue(args, 'batch') ?? 25);
    if (!Number.isInteger(batch) || batch < 1) {
      io.stderr.write('wutong build: --batch must be a positive integer\n');
      return EXIT_USAGE;
    }
    const { extractor, report } = await createExtractorFromFlags(args, io.env);
    const { buildPaths } = await import('../../pipeline');
    const store = await connectStore(io);
    try {
      const began = Date.now();
      const summary = await buildPaths(args.positionals, { store, extractor, batchSize: batch, onEvent: buildProgress(io.stderr) });
      const out = (line: string) => io.stdout.write(line + '\n');
      const seconds = ((Date.now() - began) / 1000).toFixed(1);
      const again = summary.articlesReextracted > 0 ? ` (${summary.articlesReextracted} extracted again: the extractor changed since they were built)` : '';
      out(`Built ${summary.files} file(s) in ${seconds} s: ${summary.articlesAdded} article(s) added${again}, ${summary.articlesUnchanged} unchanged, ${summary.articlesRemoved} removed`);
      const { articles, entities, relationships, mentions } = summary.counts;
      out(`Graph now: ${articles} articles, ${entities} entities, ${relationships} relationships, ${mentions} mentions`);
      for (const line of report()) out(line);
      if (summary.skipped.length > 0) {
        out(`Skipped ${summary.skipped.length} file(s):`);
        for (const file of summary.skipped) out(`  ${file.path}: ${file.reason}`);
      }
      out(`Next: wutong query 'MATCH (e:Entity) RETURN e.name, e.type, e.articleCount ORDER BY e.articleCount DESC LIMIT 20'  or  wutong view`);
      return summary.skipped.length > 0 ? EXIT_FAILURE : EXIT_OK;
    } finally {
      await store.close();
    }
  },
};
