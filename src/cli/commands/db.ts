import { flagValue } from '../args';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type Command } from '../command';
import { bundledInstance } from '../connect';

export const dbCommand: Command = {
  name: 'db',
  summary: 'start, stop or check the bundled Neo4j',
  usage: `wutong db start|stop|status [--home DIR] [--port N]

  start    start the bundled Neo4j Community 5.26 in the background and wait until Bolt answers
           (the first start fetches the jars from Maven Central)
  stop     shut it down cleanly
  status   say whether it runs and answers

  --home DIR   where its data, pid and log live (default .wutong/neo4j, or WUTONG_NEO4J_HOME)
  --port N     Bolt port on 127.0.0.1 (default 7687, or WUTONG_NEO4J_PORT)

With NEO4J_URI set, wutong uses that server instead and this command is not needed.`,
  valueFlags: ['home', 'port'],
  booleanFlags: [],
  async run(args, io) {
    const action = args.positionals[0];
    const env = { ...io.env };
    const home = flagValue(args, 'home');
    const port = flagValue(args, 'port');
    if (home) env.WUTONG_NEO4J_HOME = home;
    if (port) env.WUTONG_NEO4J_PORT = port;
    const instance = await bundledInstance(env, (line) => io.stderr.write(line + '\n'));
    const { start, status, stop } = await import('../../db');
    const say = (line: string) => io.stdout.write(line + '\n');
    switch (action) {
      case 'start': {
        const began = Date.now();
        const running = await start(instance);
        say(`Neo4j answers at ${running.uri} (pid ${running.pid}, data in ${instance.home}, ${((Date.now() - began) / 1000).toFixed(1)} s)`);
        return EXIT_OK;
      }
      case 'stop': {
        say((await stop(instance)) ? 'Neo4j stopped' : 'Neo4j was not running');
        return EXIT_OK;
      }
      case 'status': {
        const current = await status(instance);
        if (!current.running) {
          say(`Neo4j is not running (data in ${instance.home})`);
          return EXIT_FAILURE;
        }
        say(`Neo4j runs (pid ${current.pid}) at ${current.uri}: ${current.answering ? 'answering' : 'NOT answering'}`);
        return current.answering ? EXIT_OK : EXIT_FAILURE;
      }
      default:
        io.stderr.write(`wutong db: expected start, stop or status\n`);
        return EXIT_USAGE;
    }
  },
};
