import { flagValue, hasFlag, positiveFlag } from '../args';
import { EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { connectStore } from '../connect';
import { createExtractorFromFlags, EXTRACTOR_FLAGS, EXTRACTOR_USAGE } from '../extractor-flags';
import { DEFAULT_WORKERS } from '../../pipeline/limits';
import { AUTO_MIN_SCORE } from '../../identity/types';


export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'list nodes that are likely one real-world thing, with their evidence, most valuable first',
  usage: `wutong suggest [--limit N] [--min-score S] [--json] [--words] [--apply [--curation PATH]]

Reads the graph (never writes) and lists pairs of entities the corpus says are one thing: one name
under two types, one organisation's names without legal form and business words, a person's name
written two ways, a short form or a surname named after the full name in the same articles, and the
neighbours they share. Ranked by the articles a merge affects times its certainty (0..1).
  --limit N       print at most N suggestions (default 50)
  --min-score S   leave out suggestions below S (default 0.3)
  --json          a JSON array of {into, from, intoName, fromName, type, score, evidence}
  --words         list instead the surfaces the corpus writes as words that extraction took for
                  names now and then (颜值, Logo, a surname alone), with the evidence; with --json
                  an array of {surface, score, evidence}
  --apply         the automatic identity stage: accepts every suggestion at or above --min-score
                  (default ${AUTO_MIN_SCORE} with --apply) as a merge of source "auto", kept in Neo4j with
                  its evidence (a merged node's panel lists it), vetoed by the curation file's
                  distinct pairs and undone by \`wutong split\`; and every word found, whose
                  mentions leave the graph unless the curation file lists the surface under
                  \`names\`; the articles it moves are landed again. Every build runs this
                  stage at ${AUTO_MIN_SCORE} after its articles land (unless --no-auto-merge); --apply runs
                  it on the graph as it stands, at the score you give
  --curation PATH the curation file --apply respects (default ./curation.yaml, or WUTONG_CURATION)
  --workers N     extraction threads for the articles landed again (default ${DEFAULT_WORKERS})
${EXTRACTOR_USAGE}`,
  valueFlags: ['limit', 'min-score', 'curation', 'workers', ...EXTRACTOR_FLAGS],
  booleanFlags: ['json', 'apply', 'words'],
  async run(args, io) {
    const apply = hasFlag(args, 'apply');
    const limit = Number(flagValue(args, 'limit') ?? (apply ? Number.MAX_SAFE_INTEGER : 50));
    const minScore = Number(flagValue(args, 'min-score') ?? (apply ? AUTO_MIN_SCORE : 0.3));
    if (!Number.isInteger(limit) || limit < 1 || !(minScore >= 0 && minScore <= 1)) {
      io.stderr.write('wutong suggest: --limit is a whole number from 1, --min-score a number from 0 to 1\n');
      return EXIT_USAGE;
    }
    const { suggestMerges, suggestWords } = await import('../../identity');
    const store = await connectStore(io);
    try {
      if (hasFlag(args, 'words') && !apply) {
        const words = (await suggestWords(store.connection)).slice(0, limit);
        if (hasFlag(args, 'json')) io.stdout.write(JSON.stringify(words) + '\n');
        else if (words.length === 0) io.stdout.write('No words taken for names.\n');
        else {
          for (const w of words) {
            io.stdout.write(`${w.score.toFixed(2)}  ${w.surface} is a word, not a name\n`);
            for (const line of w.evidence) io.stdout.write(`      ${line}\n`);
          }
        }
        return EXIT_OK;
      }
      if (apply) {
        const { runAutoIdentity } = await import('../../pipeline');
        const { CurationFile, curationPath } = await import('../../identity');
        const curation = CurationFile.read(curationPath(flagValue(args, 'curation'), io.env)).curation;
        const { extractor } = await createExtractorFromFlags(args, io.env);
        const workers = positiveFlag(args, 'workers', DEFAULT_WORKERS, true);
        const summary = await runAutoIdentity(store, { curation, minScore }, { extractor, workers });
        const counts = await store.counts();
        io.stdout.write(`Accepted ${summary.merges} merge(s) at score ≥ ${minScore} and ${summary.words} word(s); landed ${summary.relanded} article(s) again. Graph now: ${counts.articles} articles, ${counts.entities} entities, ${counts.relationships} relationships\n`);
        for (const f of summary.failed) io.stderr.write(`wutong suggest: article ${f.id} kept as it was: ${f.reason}\n`);
        return EXIT_OK;
      }
      const suggestions = (await suggestMerges(store.connection, { minScore })).slice(0, limit);
      if (hasFlag(args, 'json')) {
        io.stdout.write(JSON.stringify(suggestions) + '\n');
        return EXIT_OK;
      }
      if (suggestions.length === 0) io.stdout.write('No likely duplicates.\n');
      for (const s of suggestions) {
        io.stdout.write(`${s.score.toFixed(2)}  ${s.fromName} → ${s.intoName} (${s.type})  [${s.from} → ${s.into}]\n`);
        for (const line of s.evidence) io.stdout.write(`      ${line}\n`);
      }
      return EXIT_OK;
    } finally {
      await store.close();
    }
  },
};
