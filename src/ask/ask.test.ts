import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRecordings, startReplayServer, type ReplayServer } from '../../test/replay/server';
import { askModelFromEnv, cleanCypher, createQuestionAsker, type QuestionAsker } from '.';
import { resolveLlmOptions } from '../extract/llm';
import { isWutongError } from '../shared/errors';

/**
 * Questions in words through the real LangChain OpenAI client against the replay server: the query
 * as the model gave it (tool call or fenced text), cleaned to one statement; what the model is told
 * (schema, registry, example queries); and each failure as one line with its code.
 */
let replay: ReplayServer;
let asker: QuestionAsker;

before(async () => {
  replay = await startReplayServer(loadRecordings());
  asker = createQuestionAsker(resolveLlmOptions({ provider: 'openai', model: 'replay-1', baseUrl: replay.url, cacheDir: null, timeoutMs: 5000 }));
});

after(async () => {
  await replay?.close();
});

const answered: { label: string; question: string; cypher: string; explanation: string }[] = [
  {
    label: 'Chinese, by a tool call',
    question: '郴州经开区和哪些企业签了约？',
    cypher: "MATCH (zone:Entity)-[r:SIGNED_WITH]-(company:Company)\nWHERE zone.name = '郴州经开区' OR '郴州经开区' IN zone.aliases\nRETURN zone, r, company\nLIMIT 100",
    explanation: '郴州经开区和与它签约的企业，每句签约的话是一条关系。',
  },
  {
    label: 'English, in a fenced block of text: fence and semicolon go',
    question: 'Who works at the Chenzhou economic development zone?',
    cypher: "MATCH (p:Person)-[r:WORKS_AT]->(zone:Entity)\nWHERE zone.name = '郴州经开区' OR '郴州经开区' IN zone.aliases\nRETURN p, r, zone",
    explanation: 'People who work at the zone, one link per sentence.',
  },
  {
    label: 'a write is shown as given: the read-only run refuses it',
    question: '把郴州经开区从图里删掉',
    cypher: "MATCH (e:Entity) WHERE e.name = '郴州经开区' DETACH DELETE e",
    explanation: '删除郴州经开区。',
  },
];

for (const c of answered) {
  test(`ask: ${c.label}`, async () => {
    const answer = await asker.ask(`  ${c.question}\n`);
    assert.deepEqual(answer, { question: c.question, cypher: c.cypher, explanation: c.explanation });
  });
}

test('ask: the model is told the schema, every relation type of the registry and the example queries', async () => {
  const before = replay.requests.length;
  await asker.ask('郴州经开区和哪些企业签了约？');
  const request = replay.requests[before]!;
  const system = request.messages.find((m) => m.role === 'system')?.content ?? '';
  for (const expected of ['(:Entity)-[:MENTIONED_IN {count}]->(:Article)', '- SIGNED_WITH (Company|Institution|Place — Company|Institution|Place, symmetric', '- LOCATED_IN (', 'CO_MENTIONED {weight}', '// shortest-path\n', '// why-linked\n', "db.index.fulltext.queryNodes('entityNames', $text)"]) {
    assert.ok(system.includes(expected), `system prompt holds ${expected}`);
  }
  assert.ok(!system.includes('{schema}') && !system.includes('{examples}'), 'every placeholder filled');
  assert.deepEqual(request.messages.filter((m) => m.role === 'user').map((m) => m.content), ['郴州经开区和哪些企业签了约？']);
  assert.equal(request.tools?.[0]?.function.name, 'cypher_query');
});

const refused: { label: string; asker: () => QuestionAsker; question: string; code: string; message: RegExp }[] = [
  { label: 'no model configured', asker: () => createQuestionAsker(null), question: '郴州经开区和哪些企业签了约？', code: 'ASK_NO_MODEL', message: /set WUTONG_LLM_MODEL.*WUTONG_LLM_BASE_URL/ },
  { label: 'an empty question', asker: () => asker, question: '   ', code: 'ASK_BAD_QUESTION', message: /empty/ },
  { label: 'a question too long', asker: () => asker, question: '问'.repeat(1001), code: 'ASK_BAD_QUESTION', message: /1001 characters/ },
  { label: 'an answer without a query', asker: () => asker, question: 'What is the meaning of life?', code: 'ASK_BAD_ANSWER', message: /without a query/ },
  { label: 'an answer of two statements', asker: () => asker, question: 'List every node and then every node again', code: 'ASK_BAD_ANSWER', message: /2 statements/ },
  { label: "the model's server fails", asker: () => asker, question: 'Which hospitals opened new wards?', code: 'ASK_MODEL_FAILED', message: /replay-1 did not answer \(HTTP 500\)/ },
];

for (const r of refused) {
  test(`ask refused: ${r.label}`, async () => {
    await assert.rejects(r.asker().ask(r.question), (error: unknown) => {
      assert.ok(isWutongError(error));
      assert.equal(error.code, r.code);
      assert.match(error.message, r.message);
      assert.ok(!error.message.includes('\n'), 'one line');
      return true;
    });
  });
}

const env: { label: string; env: NodeJS.ProcessEnv; model: string | null }[] = [
  { label: 'nothing set: no model', env: {}, model: null },
  { label: "the LLM extractor's variables", env: { WUTONG_LLM_MODEL: 'qwen-plus', WUTONG_LLM_BASE_URL: 'https://example.test/v1' }, model: 'qwen-plus' },
];

for (const e of env) {
  test(`ask model from env: ${e.label}`, () => {
    assert.equal(askModelFromEnv(e.env)?.model ?? null, e.model);
  });
}

test('ask model from env: a wrong setting fails in one line', () => {
  assert.throws(() => askModelFromEnv({ WUTONG_LLM_MODEL: 'm', WUTONG_LLM_BASE_URL: 'ftp://x' }), /baseUrl must be an http\(s\) URL/);
});

test('cleanCypher keeps one statement and drops fences and the closing semicolon', () => {
  assert.equal(cleanCypher('```cypher\nMATCH (n) RETURN n;\n```'), 'MATCH (n) RETURN n');
  assert.equal(cleanCypher('MATCH (n)\nRETURN n'), 'MATCH (n)\nRETURN n');
});
