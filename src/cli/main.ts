import { parseArgs, UsageError } from './args';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command, type CommandIO } from './command';
import { buildCommand } from './commands/build';
import { dbCommand } from './commands/db';
import { extractCommand } from './commands/extract';
import { queryCommand } from './commands/query';
import { askCommand } from './commands/ask';
import { removeCommand } from './commands/remove';
import { suggestCommand } from './commands/suggest';
import { viewCommand } from './commands/view';
import { exportCommand } from './commands/export';
import { CURATION_COMMANDS } from './commands/curate';
import { loadCommand } from './commands/load';
import { isWutongError, WutongError } from '../shared/errors';

const COMMANDS: readonly Command[] = [buildCommand, extractCommand, loadCommand, queryCommand, askCommand, removeCommand, suggestCommand, ...CURATION_COMMANDS, viewCommand, exportCommand, dbCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'wutong: knowledge graphs from news articles, in Neo4j',
    '',
    'Usage: wutong <command> [options]   (wutong <command> --help for its options)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; without NEO4J_URI the bundled instance.',
  ].join('\n');
}

/** Runs one command line and returns its exit code: 0 ok, 1 failure, 2 bad usage. */
export async function main(argv: readonly string[], io: CommandIO = process): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(overview() + '\n');
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`wutong: unknown command '${name}'\n\n${overview()}\n`);
    return EXIT_USAGE;
  }
  try {
    const args = parseArgs(rest, command.valueFlags, command.booleanFlags);
    if (args.flags.has('help')) {
      io.stdout.write(command.usage + '\n');
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`wutong ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const failure = await asWutongError(error, io.env);
    io.stderr.write(`wutong ${name}: ${failure.message} [${failure.code}]\n`);
    if (failure.code === 'INTERNAL' && io.env.WUTONG_DEBUG) io.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}

/**
 * Every failure is one line with a code: ours as they are, the driver's as the store reads them
 * (Neo4j down, a refused query), anything else as an internal error (WUTONG_DEBUG=1 adds the stack).
 */
async function asWutongError(error: unknown, env: NodeJS.ProcessEnv): Promise<WutongError> {
  if (isWutongError(error)) return error;
  if (error instanceof Error && error.name === 'Neo4jError') {
    const { neo4jConfigFromEnv, storeError } = await import('../store');
    return storeError(error, neo4jConfigFromEnv(env));
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new WutongError('cli', 'INTERNAL', `internal error: ${message} (set WUTONG_DEBUG=1 for the stack)`, { cause: error });
}
