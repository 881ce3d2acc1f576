import { flagValue } from '../args';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command, type CommandIO } from '../command';
import type { Curator, GraphSource } from '../../server';

function wholeNumber(io: CommandIO, name: string, text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (Number.isInteger(value) && value >= 0 && (name !== 'port' || value <= 65535)) return value;
  io.stderr.write(`wutong view: --${name} must be a whole number, not ${text}\n`);
  return null;
}

export const viewCommand: Command = {
  name: 'view',
  summary: 'explore the graph in the browser (read-only), with Cypher beside the canvas',
  usage: `wutong view [--file graph.json|.gexf|.graphml] [--host 127.0.0.1] [--port 7700] [--limit 300]
            [--timeout 10] [--rows 1000] [--password P] [--curation PATH]

Serves the viewer and a read-only API on 127.0.0.1 and prints its address. The graph comes from
Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; default the bundled instance),
or with --file from a file written by wutong export (no database needed).

  --host H       address to listen on (default 127.0.0.1); any other lets other machines in and
                 needs a password
  --password P   every request then needs it (the browser asks; any user name); better given as
                 WUTONG_VIEW_PASSWORD, since a flag shows in the process list
  --port N       port (default 7700; 0 picks a free one)
  --limit N      entities drawn at first, the most typed evidence then the most mentioned (default 300); double-click expands
  --timeout S    time limit of one Cypher query in seconds (default 10)
  --rows N       rows a Cypher query may return (default 1000)
  --curation P   the curation file that suggestions accepted or rejected in the viewer are written
                 to (default ./curation.yaml, or WUTONG_CURATION); the graph follows in the background

Questions in words (the Ask box) use the LLM extractor's model settings: WUTONG_LLM_MODEL,
WUTONG_LLM_BASE_URL, WUTONG_LLM_API_KEY, WUTONG_LLM_PROVIDER, WUTONG_LLM_CONFIG; without them the box
says how to set one.

The API answers only the page it served: requests naming another Host or coming from another
site's page, and API calls without the page's per-start token, get 403.`,
  valueFlags: ['file', 'host', 'port', 'limit', 'timeout', 'rows', 'password', 'curation'],
  booleanFlags: [],
  async run(args, io) {
    const host = flagValue(args, 'host') ?? '127.0.0.1';
    const port = wholeNumber(io, 'port', flagValue(args, 'port'), 7700);
    const limit = wholeNumber(io, 'limit', flagValue(args, 'limit'), 300);
    const timeout = wholeNumber(io, 'timeout', flagValue(args, 'timeout'), 10);
    const rows = wholeNumber(io, 'rows', flagValue(args, 'rows'), 1000);
    if (port === null || limit === null || timeout === null || rows === null) return EXIT_USAGE;
    const file = flagValue(args, 'file');
    const password = flagValue(args, 'password') || io.env.WUTONG_VIEW_PASSWORD || undefined;
    const { ensureViewerBuilt, isLoopbackHost, openFileSource, openNeo4jSource, startServer } = await import('../../server');
    if (!isLoopbackHost(host) && password === undefined) {
      io.stderr.write(`wutong view: --host ${host} lets other machines in; set a password with WUTONG_VIEW_PASSWORD or --password\n`);
      return EXIT_USAGE;
    }
    const { neo4jConfigFromEnv } = await import('../../store');
    const { askModelFromEnv } = await import('../../ask');
    await ensureViewerBuilt((line) => io.stderr.write(line + '\n'));
    let source: GraphSource;
    let curator: Curator | undefined;
    let closeStore = async (): Promise<void> => {};
    if (file !== undefined) {
      source = await openFileSource(file);
    } else {
      const { GraphStore } = await import('../../store');
      const { curationPath } = await import('../../identity');
      const { createCurator } = await import('../../pipeline');
      const store = new GraphStore(neo4jConfigFromEnv(io.env));
      closeStore = () => store.close();
      curator = createCurator(store, {
        curationFile: curationPath(flagValue(args, 'curation'), io.env),
        extractor: async () => (await import('../../extract')).createExtractor(),
        log: (line) => io.stderr.write(line + '\n'),
      });
      const config = neo4jConfigFromEnv(io.env);
      source = openNeo4jSource(config, {
        nodeLimit: limit, timeoutMs: timeout * 1000, rowCap: rows, label: `${config.uri}/${config.database ?? ''}`, llm: askModelFromEnv(io.env), warm: true,
      });
    }
    let server;
    try {
      // The backstop sits well above the query time limit, so a query's own error arrives first.
      server = await startServer(source, host, port, { password, deadlineMs: Math.max(30, timeout + 10) * 1000, ...(curator === undefined ? {} : { curator }) });
    } catch (error) {
      await source.close();
      await closeStore();
      io.stderr.write(`wutong view: cannot listen on ${host}:${port}: ${(error as Error).message}\n`);
      return EXIT_FAILURE;
    }
    io.stdout.write(`wutong view: ${server.url}  (Ctrl-C to stop)\n`);
    if (!isLoopbackHost(host)) io.stderr.write(`view: warning: listening on ${host}: other machines can read the graph and run read queries; every request needs the password\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await curator?.idle();
    await source.close();
    await closeStore();
    return EXIT_OK;
  },
};
