import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isWutongError } from '../../shared/errors';
import { chunkText, splitSentences } from './chunks';
import { llmOptionsFromEnv } from './config';

describe('llmOptionsFromEnv', () => {
  const cases: Array<{ label: string; env: NodeJS.ProcessEnv; file?: object; expected?: object; error?: string }> = [
    {
      label: 'an OpenAI-compatible endpoint from variables, with defaults',
      env: { WUTONG_LLM_MODEL: 'deepseek-chat', WUTONG_LLM_BASE_URL: 'https://api.deepseek.com/v1', WUTONG_LLM_API_KEY: 'k' },
      expected: { provider: 'openai', model: 'deepseek-chat', baseUrl: 'https://api.deepseek.com/v1', apiKey: 'k', concurrency: 4, cacheDir: '.wutong/llm-cache' },
    },
    {
      label: 'Ollama with the cache off and a numeric variable',
      env: { WUTONG_LLM_PROVIDER: 'ollama', WUTONG_LLM_MODEL: 'qwen2.5:7b', WUTONG_LLM_CACHE_DIR: 'off', WUTONG_LLM_CONCURRENCY: '2' },
      expected: { provider: 'ollama', model: 'qwen2.5:7b', cacheDir: null, concurrency: 2 },
    },
    {
      label: 'a config file, overridden by a variable',
      env: { WUTONG_LLM_MODEL: 'qwen-plus' },
      file: { model: 'qwen-turbo', baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1', chunkChars: 1200 },
      expected: { model: 'qwen-plus', baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1', chunkChars: 1200 },
    },
    { label: 'no model', env: {}, error: 'CONFIG_INVALID' },
    { label: 'unknown provider', env: { WUTONG_LLM_MODEL: 'm', WUTONG_LLM_PROVIDER: 'bard' }, error: 'CONFIG_INVALID' },
    { label: 'concurrency not a number', env: { WUTONG_LLM_MODEL: 'm', WUTONG_LLM_CONCURRENCY: 'many' }, error: 'CONFIG_INVALID' },
  ];
  for (const { label, env, file, expected, error } of cases) {
    it(label, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'wutong-llm-config-'));
      try {
        if (file) {
          await writeFile(join(dir, 'llm.json'), JSON.stringify(file));
          env.WUTONG_LLM_CONFIG = join(dir, 'llm.json');
        }
        if (error) assert.throws(() => llmOptionsFromEnv(env), (e) => isWutongError(e, error));
        else assert.deepEqual({ ...llmOptionsFromEnv(env), ...expected }, llmOptionsFromEnv(env));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('sentences and chunks', () => {
  const text = 'Liling Ceramics Co. opened a kiln. Mr. Li tested it.\n浏阳经开区签约。县人民医院“开业”！End';
  it('splits on final punctuation and line breaks, not after titles or legal forms', () => {
    assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), [
      'Liling Ceramics Co. opened a kiln.', 'Mr. Li tested it.', '浏阳经开区签约。', '县人民医院“开业”！', 'End',
    ]);
  });
  const cases: Array<{ label: string; max: number; overlap: number; chunks: string[] }> = [
    { label: 'everything fits in one chunk', max: 1000, overlap: 1, chunks: [text] },
    {
      label: 'small chunks overlap by a sentence; a long sentence stands alone',
      max: 30,
      overlap: 1,
      chunks: ['Liling Ceramics Co. opened a kiln.', 'Mr. Li tested it.\n浏阳经开区签约。', '浏阳经开区签约。县人民医院“开业”！End'],
    },
    {
      label: 'no overlap asked',
      max: 30,
      overlap: 0,
      chunks: ['Liling Ceramics Co. opened a kiln.', 'Mr. Li tested it.\n浏阳经开区签约。', '县人民医院“开业”！End'],
    },
  ];
  for (const { label, max, overlap, chunks } of cases) {
    it(label, () => {
      assert.deepEqual(chunkText(text, max, overlap).map((c) => text.slice(c.start, c.end)), chunks);
    });
  }
});
