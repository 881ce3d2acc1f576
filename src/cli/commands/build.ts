import { createExtractorFromFlags, EXTRACTOR_FLAGS, EXTRACTOR_USAGE } from '../extractor-flags';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { hasFlag, positiveFlag } from '../args';
import { connectStore } from '../connect';
import { readCurationFlag } from '../curation-flag';
import { buildProgress } from '../progress';
import { printSummary } from '../summary';
import { CORPUS_FIELD_FLAGS, CORPUS_USAGE, corpusFieldsFromFlags } from '../corpus-flags';
// Plain constants: the usage text shows them without loading the pipeline.
import { DEFAULT_BATCH_ROWS, DEFAULT_LIMITS, DEFAULT_WORKERS } from '../../pipeline/limits';
import { AUTO_MIN_SCORE } from '../../identity/types';
import type { AutoIdentitySummary } from '../../pipeline';

const MB = 2 ** 20;

export const buildCommand: Command = {
  name: 'build',
  summary: 'read articles from files and folders into the Neo4j graph',
  usage: `wutong build <paths…> [--lang zh|en] [--extractor rules|llm|hybrid] [--batch N] [--workers N]
             [--max-file-mb N] [--max-article-chars N] [--article-seconds S] [--no-comentions]
             [--curation PATH] [--no-auto-merge] [--text-field NAME …]

Reads .txt, .md and .html files (UTF-8, GB18030/GBK, Big5, UTF-16), splits newspaper pages into
articles, reads corpus files (JSON lines, CSV) a row at a time, extracts entities and relations and writes them into Neo4j (NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD, NEO4J_DATABASE; without NEO4J_URI the bundled instance, started if needed).
Unchanged articles are skipped; articles gone from a rebuilt file (rows gone from or edited in a
corpus file read to its end) are removed; articles built by another extractor, or by older code or
models, are extracted again.
A file that cannot be read or parsed, or is over the size limit, and an article over the length
limit or whose extraction fails or runs past its time budget, is named in one line with the reason
and skipped; the rest lands. Exit code 1 when anything was skipped.

${EXTRACTOR_USAGE}
  --batch N               rows (articles, entity links, relations) per write transaction (default 10000)
  --workers N             extraction threads for the rules extractor (default ${DEFAULT_WORKERS}); the graph is
                          the same for any N; llm and hybrid run on the main thread
  --max-file-mb N         skip larger article files unread (default ${DEFAULT_LIMITS.maxFileBytes / MB}); corpus files are streamed, any size
  --max-article-chars N   skip longer articles (default ${DEFAULT_LIMITS.maxArticleChars})
  --article-seconds S     stop one article's extraction after S seconds and skip it (default ${DEFAULT_LIMITS.articleMs / 1000})
  --no-comentions         leave co-mentions (two names in one sentence, nothing typed between them)
                          out of the graph; stored articles built with them are built again
  --curation PATH         the curation file every article lands under (default ./curation.yaml, or
                          WUTONG_CURATION; see wutong merge --help); stored articles whose place it
                          changed since the last build land again first
  --no-auto-merge         leave out the automatic identity stage this build runs after its articles
                          land when the graph changed: the likely duplicates the corpus's evidence
                          gives (score ≥ ${AUTO_MIN_SCORE}, see wutong suggest) joined into one node each, the
                          words extraction took for names taken out, and the stored articles they
                          move landed again; merges accepted before still apply (wutong split
                          undoes one, the curation file's distinct pairs veto them)

${CORPUS_USAGE}
A corpus row keeps its id, url and source on its Article node (corpusId, url, publisher).

On a terminal a bar shows the share of the input read, articles per second and the time left;
otherwise a line every 10 s. The summary says where the time went (read, extract, resolve, write).`,
  valueFlags: [...EXTRACTOR_FLAGS, 'curation', 'batch', 'workers', 'max-file-mb', 'max-article-chars', 'article-seconds', ...CORPUS_FIELD_FLAGS],
  booleanFlags: ['no-comentions', 'no-auto-merge'],
  async run(args, io) {
    if (args.positionals.length === 0) {
      io.stderr.write('wutong build: name at least one file or folder\n');
      return EXIT_USAGE;
    }
    const batch = positiveFlag(args, 'batch', DEFAULT_BATCH_ROWS, true);
    const workers = positiveFlag(args, 'workers', DEFAULT_WORKERS, true);
    const limits = {
      maxFileBytes: Math.round(positiveFlag(args, 'max-file-mb', DEFAULT_LIMITS.maxFileBytes / MB, false) * MB),
      maxArticleChars: positiveFlag(args, 'max-article-chars', DEFAULT_LIMITS.maxArticleChars, true),
      articleMs: positiveFlag(args, 'article-seconds', DEFAULT_LIMITS.articleMs / 1000, false) * 1000,
    };
    const { extractor, report } = await createExtractorFromFlags(args, io.env);
    const { buildPaths } = await import('../../pipeline');
    const { curation, identityOf } = await readCurationFlag(args, io);
    const store = await connectStore(io);
    try {
      const began = Date.now();
      const identity = await identityOf(store);
      const summary = await buildPaths(args.positionals, {
        store, extractor, identity, ...(hasFlag(args, 'no-auto-merge') ? {} : { autoIdentity: { curation } }), batchSize: batch, workers, limits, comentions: !hasFlag(args, 'no-comentions'), fields: corpusFieldsFromFlags(args), onEvent: buildProgress(io.stderr),
      });
      const seconds = (Date.now() - began) / 1000;
      const notes = [
        ...((summary.identity?.relanded ?? 0) > 0 ? [`${summary.identity!.relanded} stored article(s) landed again: the curation or the accepted merges changed since they were built`] : []),
        ...(summary.identity?.failed ?? []).map((f) => `  article ${f.id} kept as it was: ${f.reason}`),
        ...(summary.autoIdentity === undefined ? [] : [autoLine(summary.autoIdentity)]),
        ...(summary.autoIdentity?.failed ?? []).map((f) => `  article ${f.id} kept as it was: ${f.reason}`),
        ...report(),
      ];
      printSummary(io, 'Built', summary, seconds, workers, notes);
      return summary.skipped.length + summary.skippedArticles.length > 0 ? EXIT_FAILURE : EXIT_OK;
    } finally {
      await store.close();
    }
  },
};

function autoLine(auto: AutoIdentitySummary): string {
  return `Identity stage: ${auto.merges} merge(s) and ${auto.words} word(s) accepted (wutong suggest lists what is left; wutong split undoes a merge), ${auto.relanded} stored article(s) landed again`;
}
