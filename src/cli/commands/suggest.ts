import { flagValue, hasFlag } from '../args';
import { EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { connectStore } from '../connect';

export const suggestCommand: Command = {
  name: 'suggest',
  summary: 'list nodes that are likely one real-world thing, with their evidence, most valuable first',
  usage: `wutong suggest [--limit N] [--min-score S] [--json]

Reads the graph (never writes) and lists pairs of entities the corpus says are one thing: one name
under two types, one organisation's names without legal form and business words, a person's name
written two ways, a short form or a surname named after the full name in the same articles, and the
neighbours they share. Ranked by the articles a merge affects times its certainty (0..1).
  --limit N       print at most N suggestions (default 50)
  --min-score S   leave out suggestions below S (default 0.3)
  --json          a JSON array of {into, from, intoName, fromName, type, score, evidence}`,
  valueFlags: ['limit', 'min-score'],
  booleanFlags: ['json'],
  async run(args, io) {
    const limit = Number(flagValue(args, 'limit') ?? 50);
    const minScore = Number(flagValue(args, 'min-score') ?? 0.3);
    if (!Number.isInteger(limit) || limit < 1 || !(minScore >= 0 && minScore <= 1)) {
      io.stderr.write('wutong suggest: --limit is a whole number from 1, --min-score a number from 0 to 1\n');
      return EXIT_USAGE;
    }
    const { suggestMerges } = await import('../../identity');
    const store = await connectStore(io);
    try {
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
