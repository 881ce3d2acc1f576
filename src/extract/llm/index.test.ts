import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadRecordings, startReplayServer, type ReplayServer } from '../../../test/replay/server';
import { listInputFiles, readArticles } from '../../ingest/index';
import { createEnglishExtractor } from '../en/index';
import type { Extraction } from '../types';
import { createHybridExtractor, createLlmExtractor, type LlmOptions } from './index';

let server: ReplayServer;
let cacheRoot: string;
before(async () => {
  server = await startReplayServer(loadRecordings());
  cacheRoot = await mkdtemp(join(tmpdir(), 'wutong-llm-'));
});
after(async () => {
  await server.close();
  await rm(cacheRoot, { recursive: true, force: true });
});

const options = (extra: Partial<LlmOptions> = {}): Partial<LlmOptions> => ({
  provider: 'openai', model: 'replay-1', baseUrl: server.url, cacheDir: null, backoffMs: 5, timeoutMs: 2_000, ...extra,
});
const named = (result: Extraction): Array<[string, string]> => result.entities.map((e) => [e.text, e.type]);
const typed = (result: Extraction): string[] =>
  result.relations.map((r) => `${result.entities[r.source].text} ${r.type} ${result.entities[r.target].text}`);
const grounded = (text: string, result: Extraction): void => {
  for (const e of result.entities) assert.equal(text.slice(e.start, e.end), e.text);
};

const ENGLISH = 'Hunan Xinneng Industrial Co., Ltd. signed a supply agreement with Xiangtan Economic Development Zone on Monday. Its chairman Zhou Ming said the plant will be built in Xiangtan.';
const CHINESE = '浏阳经开区与湖南新能实业有限公司签订了投资协议。县人民医院院长李华出席了签约仪式。';

describe('LLM extractor against the replay server', () => {
  const cases: Array<{
    label: string; text: string; extra?: Partial<LlmOptions>;
    entities: Array<[string, string]>; relations: string[];
    stats: { calls: number; retries?: number; failedChunks?: number; dropped?: Partial<Record<'entities' | 'quotes' | 'types' | 'endpoints', number>> };
    errorCode?: string;
  }> = [
    {
      label: 'a grounded English answer keeps offsets, quotes and the post',
      text: ENGLISH,
      entities: [['Hunan Xinneng Industrial Co., Ltd.', 'Company'], ['Xiangtan Economic Development Zone', 'Institution'], ['Zhou Ming', 'Person'], ['Xiangtan', 'Place']],
      relations: ['Hunan Xinneng Industrial Co., Ltd. SIGNED_WITH Xiangtan Economic Development Zone', 'Zhou Ming WORKS_AT Hunan Xinneng Industrial Co., Ltd.'],
      stats: { calls: 1 },
    },
    {
      label: 'Chinese names stay Chinese; a romanised name and an invented quote are dropped',
      text: CHINESE,
      entities: [['湖南新能实业有限公司', 'Company'], ['浏阳经开区', 'Institution'], ['县人民医院', 'Institution'], ['李华', 'Person']],
      relations: ['浏阳经开区 SIGNED_WITH 湖南新能实业有限公司', '李华 WORKS_AT 县人民医院'],
      stats: { calls: 1, dropped: { entities: 1, quotes: 1 } },
    },
    {
      label: 'a unit\'s parent is read from its name in the simplified reading, as the rules extractor reads it',
      text: '青禾大學材料研究中心與星渚經濟開發區管委會簽約。',
      entities: [['青禾大學材料研究中心', 'Institution'], ['星渚經濟開發區管委會', 'Institution'], ['青禾大學', 'Institution'], ['星渚經濟開發區', 'Place']],
      relations: ['青禾大學材料研究中心 SIGNED_WITH 星渚經濟開發區管委會', '青禾大學材料研究中心 PART_OF 青禾大學', '星渚經濟開發區管委會 AFFILIATED_WITH 星渚經濟開發區'],
      stats: { calls: 1 },
    },
    {
      label: 'entity and relation types outside the schema are rejected',
      text: 'Changsha Bank opened a branch in Liuyang.',
      entities: [['Liuyang', 'Place']],
      relations: [],
      stats: { calls: 1, dropped: { types: 3, endpoints: 0 } },
    },
    {
      label: 'malformed answers are retried with the validation error',
      text: 'Sany Group partnered with Central South University in 2024.',
      entities: [['Central South University', 'Institution'], ['Sany Group', 'Company']],
      relations: ['Sany Group PARTNERS_WITH Central South University'],
      stats: { calls: 3, retries: 2 },
    },
    {
      label: 'an answer that never validates is reported, not thrown',
      text: 'The weather in Chenzhou stayed mild.',
      entities: [],
      relations: [],
      stats: { calls: 3, retries: 2, failedChunks: 1 },
      errorCode: 'ANSWER_INVALID',
    },
    {
      label: 'a slow answer times out and is asked again',
      text: 'Yueyang Port handled more containers.',
      extra: { timeoutMs: 300 },
      entities: [['Yueyang Port', 'Institution']],
      relations: [],
      stats: { calls: 2, retries: 1 },
    },
    {
      label: 'a server error is retried with back-off',
      text: 'Hengyang Steel Pipe Co. cut its prices.',
      entities: [['Hengyang Steel Pipe Co.', 'Company']],
      relations: [],
      stats: { calls: 2, retries: 1 },
    },
    {
      label: 'a refused key is not retried',
      text: 'Shaoyang Textile Group hired workers.',
      entities: [],
      relations: [],
      stats: { calls: 1, retries: 0, failedChunks: 1 },
      errorCode: 'HTTP_401',
    },
    {
      label: 'a long article is cut into overlapping chunks and merged',
      text: 'Liling Ceramics Co. opened a new kiln. Zhuzhou Kiln Institute tested it. The county hospital in Youxian admitted twelve patients.',
      extra: { chunkChars: 100, overlapSentences: 1 },
      entities: [['Liling Ceramics Co.', 'Company'], ['Zhuzhou Kiln Institute', 'Institution'], ['Youxian', 'Place']],
      relations: [],
      stats: { calls: 2 },
    },
  ];
  for (const { label, text, extra, entities, relations, stats, errorCode } of cases) {
    it(label, async () => {
      const extractor = createLlmExtractor(options(extra));
      const result = await extractor.extract({ text, id: label });
      const counted = extractor.stats();
      grounded(text, result);
      assert.deepEqual(named(result).sort(), [...entities].sort());
      assert.deepEqual(typed(result), relations);
      assert.equal(counted.calls, stats.calls);
      assert.equal(counted.retries, stats.retries ?? 0);
      assert.equal(counted.failedChunks, stats.failedChunks ?? 0);
      assert.deepEqual(counted.dropped, { entities: 0, quotes: 0, types: 0, endpoints: 0, ...stats.dropped });
      assert.equal(counted.errors[0]?.code, errorCode);
      for (const r of result.relations) assert.ok(r.end > r.start && r.start >= 0 && r.end <= text.length);
    });
  }

  it('sends the validation error back when retrying', () => {
    const retried = server.requests.filter((r) => r.messages.some((m) => m.content.includes('Sany Group partnered')));
    assert.equal(retried.length, 3);
    assert.match(retried[1].messages.at(-1)?.content ?? '', /not valid JSON/);
    assert.match(retried[2].messages.at(-1)?.content ?? '', /entities/);
  });

  it('counts tokens from the usage the server reports', async () => {
    const extractor = createLlmExtractor(options());
    await extractor.extract({ text: ENGLISH });
    assert.deepEqual([extractor.stats().inputTokens, extractor.stats().outputTokens], [612, 188]);
  });

  it('answers a rebuild from the disk cache without a request', async () => {
    const cacheDir = join(cacheRoot, 'cache');
    const first = createLlmExtractor(options({ cacheDir }));
    const second = createLlmExtractor(options({ cacheDir }));
    const expected = await first.extract({ text: CHINESE });
    assert.deepEqual(await second.extract({ text: CHINESE }), expected);
    assert.deepEqual([second.stats().calls, second.stats().cacheHits, first.stats().cacheHits], [0, 1, 0]);
  });
});

describe('English example articles through the replay server', () => {
  it('grounds every recorded entity and relation', async () => {
    const { files } = await listInputFiles([new URL('../../../examples/en', import.meta.url).pathname]);
    const extractor = createLlmExtractor(options());
    for (const file of files) {
      for (const article of await readArticles(file)) {
        const result = await extractor.extract({ text: article.text, id: article.id, lang: article.lang });
        grounded(article.text, result);
        assert.ok(result.entities.length > 5, `${file}: ${result.entities.length} entities`);
        assert.ok(result.relations.length > 0, `${file}: no relation`);
      }
    }
    assert.deepEqual({ ...extractor.stats().dropped, failed: extractor.stats().failedChunks }, { entities: 0, quotes: 0, types: 0, endpoints: 0, failed: 0 });
  });
});

describe('hybrid extractor', () => {
  it('types only same-sentence pairs of the base entities', async () => {
    const text = 'Zoomlion Heavy Industry Co., Ltd. will supply cranes to Changsha Central Hospital. Li Wei flew to Beijing.';
    const extractor = createHybridExtractor(createEnglishExtractor(), options());
    const result = await extractor.extract({ text, lang: 'en' });
    assert.deepEqual(named(result), [['Zoomlion Heavy Industry Co., Ltd.', 'Company'], ['Changsha Central Hospital', 'Institution'], ['Li Wei', 'Person'], ['Beijing', 'Place']]);
    assert.deepEqual(typed(result), ['Zoomlion Heavy Industry Co., Ltd. SUPPLIES Changsha Central Hospital', 'Li Wei LOCATED_IN Beijing']);
    assert.deepEqual(extractor.stats().dropped, { entities: 0, quotes: 0, types: 1, endpoints: 1 });
  });
});
