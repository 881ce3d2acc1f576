import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { connectStore } from '../connect';

export const removeCommand: Command = {
  name: 'remove',
  summary: 'take articles out of the graph, by file, folder or article id',
  usage: `wutong remove <path|article-id>…

Removes every article built from the given files or folders (they may already be deleted from disk),
or the articles with the given ids, with everything only they contributed: mentions, evidence,
and entities and relationships left with none.`,
  valueFlags: [],
  booleanFlags: [],
  async run(args, io) {
    if (args.positionals.length === 0) {
      io.stderr.write('wutong remove: name at least one path or article id\n');
      return EXIT_USAGE;
    }
    const { removeTargets } = await import('../../pipeline');
    const store = await connectStore(io);
    try {
      const { removed, unmatched } = await removeTargets(args.positionals, store);
      const counts = await store.counts();
      io.stdout.write(`Removed ${removed} article(s). Graph now: ${counts.articles} articles, ${counts.entities} entities, ${counts.relationships} relationships\n`);
      for (const target of unmatched) io.stderr.write(`wutong remove: nothing stored for ${target}\n`);
      return unmatched.length > 0 ? EXIT_FAILURE : EXIT_OK;
    } finally {
      await store.close();
    }
  },
};
