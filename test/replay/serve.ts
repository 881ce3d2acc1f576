/**
 * Runs the replay server until interrupted, for builds by hand or in CI:
 *   node --import tsx test/replay/serve.ts [port]
 *   WUTONG_LLM_BASE_URL=<printed url> WUTONG_LLM_MODEL=replay wutong build --extractor llm examples/en
 */
import { loadRecordings, startReplayServer } from './server';

const server = await startReplayServer(loadRecordings(), Number(process.argv[2] ?? 0));
console.log(server.url);
process.once('SIGINT', () => void server.close());
process.once('SIGTERM', () => void server.close());
