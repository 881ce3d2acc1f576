import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { hasFlag, positiveFlag } from '../args';
import { connectStore } from '../connect';
import { readCurationFlag } from '../curation-flag';
import { buildProgress } from '../progress';
import { printSummary } from '../summary';
// Plain constants: the usage text shows them without loading the pipeline.
import { DEFAULT_BATCH_ROWS } from '../../pipeline/limits';

export const loadCommand: Command = {
  name: 'load',
  summary: 'write extraction files (wutong extract --jsonl --resolved) into the Neo4j graph',
  usage: `wutong load <extraction.jsonl|.jsonl.gz|folder…> [--batch N] [--no-comentions] [--curation PATH]

Writes what wutong extract --jsonl --resolved wrote into Neo4j (NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD, NEO4J_DATABASE; without NEO4J_URI the bundled instance), through the same writer
as wutong build: the graph equals a build of the same rows. Articles already stored by the same
extractor are unchanged, so a second load adds nothing and a killed load run again goes on where
it stopped; articles stored by another extractor are replaced. A load only adds: rows gone from a
corpus are taken out by wutong build of the corpus file or by wutong remove.
A line that cannot be loaded (not JSON, a failed extraction, written without --resolved, by another
extractor than the first line, or with an article that does not match its text) is named with its
file and line and skipped; the rest lands. Exit code 1 when anything was skipped.

  --batch N          rows (articles, entity links, relations) per write transaction (default ${DEFAULT_BATCH_ROWS})
  --no-comentions    leave co-mentions out of the graph, as wutong build --no-comentions
  --curation PATH    the curation file the loaded articles land under, as in a build (default
                     ./curation.yaml, or WUTONG_CURATION); stored articles a changed file places
                     differently land again at the next build or curation command`,
  valueFlags: ['batch', 'curation'],
  booleanFlags: ['no-comentions'],
  async run(args, io) {
    if (args.positionals.length === 0) {
      io.stderr.write('wutong load: name at least one extraction file or folder\n');
      return EXIT_USAGE;
    }
    const batch = positiveFlag(args, 'batch', DEFAULT_BATCH_ROWS, true);
    const { loadExtractions } = await import('../../pipeline');
    const { identityOf } = await readCurationFlag(args, io);
    const store = await connectStore(io);
    try {
      const began = Date.now();
      const identity = await identityOf(store);
      const summary = await loadExtractions(args.positionals, { store, identity, batchSize: batch, comentions: !hasFlag(args, 'no-comentions'), onEvent: buildProgress(io.stderr) });
      printSummary(io, 'Loaded', summary, (Date.now() - began) / 1000, 1, []);
      return summary.skipped.length + summary.skippedArticles.length > 0 ? EXIT_FAILURE : EXIT_OK;
    } finally {
      await store.close();
    }
  },
};
