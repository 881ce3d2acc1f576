import { readFileSync } from 'node:fs';
import { flagValue, flagValues, hasFlag } from '../args';
import { EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { connectStore } from '../connect';
import { parseParams } from '../params';
import { formatTable } from '../table';

export const queryCommand: Command = {
  name: 'query',
  summary: 'run Cypher against the graph and print a table or JSON',
  usage: `wutong query '<cypher>' [--param k=v]… [--json] [--write] [--limit N]
wutong query --file cypher/queries/X.cypher [--param k=v]…

Runs in a read transaction unless --write is given, after a look at its plan (EXPLAIN): LOAD CSV,
procedures other than db.labels, db.schema.* and the like, plugin functions, administration (SHOW
TRANSACTIONS, SHOW USERS …) and writes are refused in one line. Parameters are JSON where they parse
as JSON, text otherwise: --param name=郴州经开区 --param limit=10.
  --json        print a JSON array of row objects keyed by column (integers as numbers where safe)
  --write       run as written, in a write transaction: the explicit way to change the graph
  --file F      read the query from a .cypher file (comment lines are ignored)
  --limit N     print at most N rows (default 1000)`,
  valueFlags: ['param', 'file', 'limit'],
  booleanFlags: ['json', 'write'],
  async run(args, io) {
    const file = flagValue(args, 'file');
    const text = file ? readFileSync(file, 'utf8') : args.positionals.join(' ');
    const { splitStatements } = await import('../../store');
    const { runReadQuery, toPlain } = await import('../../graph');
    const statements = splitStatements(text);
    if (statements.length !== 1) {
      io.stderr.write(`wutong query: give exactly one Cypher statement (got ${statements.length})\n`);
      return EXIT_USAGE;
    }
    const params = parseParams(flagValues(args, 'param'));
    const rowCap = Number(flagValue(args, 'limit') ?? 1000);
    const store = await connectStore(io);
    try {
      let columns: string[];
      let rows: Record<string, unknown>[];
      let truncated = false;
      if (hasFlag(args, 'write')) {
        const result = await store.connection.write(statements[0]!, params);
        columns = [...result.keys].map(String);
        rows = result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
      } else {
        ({ columns, rows, truncated } = await runReadQuery(store.connection, statements[0]!, params, { timeoutMs: 120_000, rowCap }));
      }
      if (hasFlag(args, 'json')) {
        io.stdout.write(JSON.stringify(rows) + '\n');
      } else {
        io.stdout.write(formatTable(columns, rows) + '\n');
        io.stdout.write(`(${rows.length} row${rows.length === 1 ? '' : 's'}${truncated ? `, stopped at --limit ${rowCap}` : ''})\n`);
      }
      return EXIT_OK;
    } finally {
      await store.close();
    }
  },
};
