import { writeFile } from 'node:fs/promises';
import { flagValue } from '../args';
import { EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { GRAPH_FORMATS, type GraphFormat, type WutongGraph } from '../../graph/types';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph (or a query\'s subgraph) as GEXF, GraphML or JSON for Gephi and other tools',
  usage: `wutong export --format gexf|graphml|json [--query <cypher>] [--out file] [--limit N]

Reads the graph from Neo4j (NEO4J_URI …; default the bundled instance), or only the nodes and
relationships a read query returns, and writes it with ForceAtlas2 positions (x, y), PageRank,
degree and Louvain community as attributes. \`wutong view --file\` opens the same files.

  --format F     gexf, graphml or json (graphology's serialisation)
  --query Q      a read-only Cypher query; its nodes, relationships and paths make the graph
  --out FILE     where to write (default: standard output)
  --limit N      entities when no query is given, the most mentioned first (default 100000)`,
  valueFlags: ['format', 'query', 'out', 'limit'],
  booleanFlags: [],
  async run(args, io) {
    const format = flagValue(args, 'format');
    if (format === undefined || !(GRAPH_FORMATS as readonly string[]).includes(format)) {
      io.stderr.write(`wutong export: --format must be one of ${GRAPH_FORMATS.join(', ')}\n`);
      return EXIT_USAGE;
    }
    const limit = Number(flagValue(args, 'limit') ?? 100000);
    if (!Number.isInteger(limit) || limit < 1) {
      io.stderr.write('wutong export: --limit must be a positive whole number\n');
      return EXIT_USAGE;
    }
    const { collectGraphValues, computeLayout, computeMetrics, graphFromValues, loadGraphFromNeo4j, runReadQuery, writeGraph } = await import('../../graph');
    const { neo4jConfigFromEnv, openDriver } = await import('../../store');
    const config = neo4jConfigFromEnv(io.env);
    const source = { driver: openDriver(config), database: config.database };
    try {
      const query = flagValue(args, 'query');
      let graph: WutongGraph;
      if (query === undefined) {
        graph = await loadGraphFromNeo4j(source, limit);
      } else {
        const result = await runReadQuery(source, query, {}, { timeoutMs: 600_000, rowCap: Number.MAX_SAFE_INTEGER });
        graph = graphFromValues(collectGraphValues(result.rows));
      }
      computeMetrics(graph);
      computeLayout(graph);
      const text = writeGraph(graph, format as GraphFormat);
      const out = flagValue(args, 'out');
      if (out === undefined) io.stdout.write(text + '\n');
      else {
        await writeFile(out, text);
        io.stderr.write(`export: ${graph.order} nodes, ${graph.size} relationships → ${out}\n`);
      }
      return EXIT_OK;
    } finally {
      await source.driver.close();
    }
  },
};
