import { createInterface } from 'node:readline/promises';
import { flagValue, hasFlag } from '../args';
import { EXIT_OK, EXIT_USAGE, type Command, type CommandIO, type ParsedArgs } from '../command';
import { queryCommand } from './query';

/** On a terminal, the user says whether the query just shown runs; anywhere else nothing runs unasked. */
async function confirmed(io: CommandIO): Promise<boolean> {
  if (!(io.stdin as { isTTY?: boolean }).isTTY) return false;
  const prompt = createInterface({ input: io.stdin, output: io.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question('Run it? [y/N] ')).trim());
  } finally {
    prompt.close();
  }
}

export const askCommand: Command = {
  name: 'ask',
  summary: 'turn a question in words into a read-only Cypher query, show it, and run it when told',
  usage: `wutong ask "<question>" [--run] [--json] [--limit N]

A chat model writes one Cypher query for the question (Chinese or English), told the graph's schema
and the queries of cypher/queries/ as examples. The query is printed for you to read; it runs
  - with --run, at once;
  - on a terminal, after you answer y to "Run it?";
  - otherwise (a script, a pipe) not at all: copy it into wutong query, or add --run.
It runs exactly as wutong query runs it: in a read transaction, after a look at its plan, so a query
that would write is refused and the graph stays as it was.

The model is the LLM extractor's: WUTONG_LLM_MODEL, WUTONG_LLM_BASE_URL, WUTONG_LLM_API_KEY,
WUTONG_LLM_PROVIDER (openai or ollama), WUTONG_LLM_CONFIG, WUTONG_LLM_TIMEOUT_MS.
  --run      run the query without asking
  --json     print the answer as JSON: {question, cypher, explanation}, or with --run the rows
             (the query then goes to stderr)
  --limit N  print at most N rows (default 1000)`,
  valueFlags: ['limit'],
  booleanFlags: ['run', 'json'],
  async run(args, io) {
    const question = args.positionals.join(' ').trim();
    if (question === '') {
      io.stderr.write('wutong ask: give a question, e.g. wutong ask "郴州经开区和哪些企业签了约？"\n');
      return EXIT_USAGE;
    }
    const { askModelFromEnv, createQuestionAsker } = await import('../../ask');
    const answer = await createQuestionAsker(askModelFromEnv(io.env)).ask(question);
    const shown = `// ${answer.explanation.replace(/\n/g, ' ')}\n${answer.cypher}\n`;
    const json = hasFlag(args, 'json');
    const run = hasFlag(args, 'run');
    if (json && !run) {
      io.stdout.write(JSON.stringify(answer) + '\n');
      return EXIT_OK;
    }
    (json ? io.stderr : io.stdout).write(shown);
    if (!run && !(await confirmed(io))) {
      io.stderr.write('(not run: add --run, or run it with wutong query)\n');
      return EXIT_OK;
    }
    const limit = flagValue(args, 'limit');
    const flags: ParsedArgs['flags'] = new Map();
    if (json) flags.set('json', true);
    if (limit !== undefined) flags.set('limit', [limit]);
    return queryCommand.run({ positionals: [answer.cypher], flags }, io);
  },
};
