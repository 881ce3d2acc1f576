import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { trainPerceptron, writeModelFile } from '../../tagger/index';
import type { EntityType } from '../types';
import { createChineseExtractor, ENTITY_TYPES_FOR_TAGGER, FEATURE_VERSION, FEATURES_PER_POSITION, loadModel } from './index';

const extractors = [createChineseExtractor(), createChineseExtractor({ method: 'rules' })];

describe('the default Chinese extractor finds the mentions a reader expects', () => {
  const extractor = extractors[0];
  const cases: Array<[string, string, Array<[string, EntityType]>]> = [
    ['hospital named with its county', '永兴县第一人民医院昨天开放了新的门诊楼。', [['永兴县第一人民医院', 'Institution']]],
    ['company with its legal form', '湖南星辰新材料有限公司在园区投产。', [['湖南星辰新材料有限公司', 'Company']]],
    ['county after a province and city', '记者从湖南省郴州市获悉，桂阳县今年新建三所学校。', [['桂阳县', 'Place']]],
    ['zone office and a hometown association', '12月3日，宜章经开区管委会与深圳市湖南永州商会签订合作协议。', [['宜章经开区管委会', 'Institution'], ['深圳市湖南永州商会', 'Institution']]],
    ['village official', '白石村党支部书记刘国强向村民介绍了产业规划。', [['刘国强', 'Person']]],
    ['companies in a list', '园区引进了星河科技、云帆、青木药业有限公司等企业。', [['云帆', 'Company'], ['青木药业有限公司', 'Company']]],
    ['full-width Latin brand with legal form', 'ＡＢＣ科技有限公司与郴州经开区管委会签约', [['ＡＢＣ科技有限公司', 'Company']]],
    ['Latin brand name in Han text', '华为与Apple公司在深圳市南山区合作', [['Apple公司', 'Company'], ['深圳市南山区', 'Place']]],
  ];
  for (const [label, text, expected] of cases) {
    it(label, async () => {
      const { entities } = await extractor.extract({ text, lang: 'zh' });
      const found = entities.map((e) => `${e.text}/${e.type}`);
      for (const [surface, type] of expected) assert.ok(found.includes(`${surface}/${type}`), `${surface}/${type} in ${found.join(' ')}`);
    });
  }
});

describe('a batch of finance sentences is read with the finance table', () => {
  // Written the way FinRE prints finance news: numbers as <N>, half-width commas.
  const batch = [
    '湘江电子公告称,公司拟以自有资金收购麓谷智造<N>%的股权。',
    '岳麓银行与洞庭重工签署战略合作协议,将提供<N>亿元授信额度。',
    '星沙药业持有湘雅生物<N>.<N>%股份,为其第二大股东。',
    '受此消息影响,芙蓉矿业股价盘中涨停,湘潭钢铁跌逾<N>%。',
  ];
  const names = async (extractor: ReturnType<typeof createChineseExtractor>): Promise<string[]> => {
    extractor.prime?.(batch);
    const found: string[] = [];
    for (const text of batch) for (const e of (await extractor.extract({ text, lang: 'zh' })).entities) found.push(`${e.text}/${e.type}`);
    return found;
  };
  it('finds the short company names the web table misses', async () => {
    const finance = await names(createChineseExtractor());
    const web = await names(createChineseExtractor({ style: 'web' }));
    for (const name of ['湘雅生物/Company', '芙蓉矿业/Company', '湘潭钢铁/Company']) assert.ok(finance.includes(name), `${name} in ${finance.join(' ')}`);
    for (const name of ['湘雅生物/Company', '湘潭钢铁/Company']) assert.ok(!web.includes(name), `${name} not in ${web.join(' ')}`);
  });
  it('keeps no one-character piece of a word as a mention (第二大股东, 此消息)', async () => {
    const finance = await names(createChineseExtractor());
    assert.deepEqual(finance.filter((m) => [...m.split('/')[0]!].length < 2), []);
  });
  it('never gives the finance table to regional news', async () => {
    const extractor = createChineseExtractor();
    const text = '11月20日，郴州经开区与深圳市湖南郴州商会签订合作协议，湖南郴新储能科技有限公司等6个项目集中签约，总投资52亿元。园区管委会主任介绍，项目投产后年产值可达80亿元。';
    const { entities } = await extractor.extract({ text, lang: 'zh' });
    const found = entities.map((e) => e.text);
    for (const generic of ['公司', '项目', '园区']) assert.ok(!found.includes(generic), `${generic} not in ${found.join(' ')}`);
    assert.ok(found.includes('湖南郴新储能科技有限公司'), found.join(' '));
  });
});

describe('the rules extractor finds suffix-marked names', () => {
  it('company with its legal form', async () => {
    const { entities } = await extractors[1].extract({ text: '湖南星辰新材料有限公司在园区投产。' });
    assert.ok(entities.some((e) => e.text === '湖南星辰新材料有限公司' && e.type === 'Company'));
  });
});

describe('Chinese extractors keep offsets exact on any input', () => {
  const cases: Array<[string, string]> = [
    ['emoji around a name', '😀😀长沙市雨花区卫生院签约😀'],
    ['characters outside the BMP', '𠮷𠮷村村委会主任𠀋𠀋说'],
    ['full-width Latin brand', 'ＡＢＣ科技有限公司与郴州经开区管委会签约'],
    ['Latin brand name in Han text', '华为与Apple公司在深圳市南山区合作'],
    ['empty text', ''],
    ['only punctuation and spaces', '  ，。！？\n\t'],
    ['lone surrogate', '湘潭\ud800大学'],
    ['a sentence longer than the decoding window', '郴州经开区'.repeat(60)],
  ];
  for (const extractor of extractors) {
    for (const [label, text] of cases) {
      it(`${extractor.name}: ${label}`, async () => {
        const { entities, relations } = await extractor.extract({ text });
        assert.deepEqual(relations, []);
        for (const e of entities) {
          assert.equal(text.slice(e.start, e.end), e.text);
          assert.ok(e.start < e.end && e.end <= text.length);
        }
      });
    }
  }
});

describe('a model trained on other features', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zh-model-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const trained = trainPerceptron([], { types: [...ENTITY_TYPES_FOR_TAGGER], perPosition: FEATURES_PER_POSITION, epochs: 1, seed: 1, minCount: 1 });
  const cases: Array<[string, unknown, string | undefined]> = [
    ['an older feature version is refused', FEATURE_VERSION - 1, 'MODEL_FEATURES'],
    ['no feature version is refused', undefined, 'MODEL_FEATURES'],
    ['the current version loads', FEATURE_VERSION, undefined],
  ];
  for (const [label, version, code] of cases) {
    it(label, () => {
      const path = join(dir, `v${String(version)}.bin`);
      writeModelFile(path, [{ name: 'web', trained }], version === undefined ? {} : { featureVersion: version }, 0);
      if (code) assert.throws(() => loadModel(path, 'web'), (e: unknown) => (e as { code?: string }).code === code);
      else assert.ok(loadModel(path, 'web').labels.size > 0);
    });
  }
});
