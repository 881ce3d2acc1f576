import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, test } from 'node:test';
import { parseMarkup as parse } from '../../test/support/markup';
import { listInputFiles, readArticles } from '../ingest';
import { withFinanceMentions } from './finance';
import { createExtractor, inBoundedChunks, textMentions, type Mention } from './index';
import { extractRelations } from './relations';
import { PATTERNS, patternRows, RULE_ID, type PatternRowData } from './relations/table';
import { createChineseExtractor, completeLists, relationPasses, unifiedTypes, withRepeatedNames, withShortForms } from './zh';
import { articleContext } from './context';
import { runRelationPasses } from './passes';
import { withBylineNames } from './zh/bylines';
import { withCountryNames } from './zh/countries';
import { refineMentions } from './zh/refine';

// Provenance: every mention and relation names the pass or pattern row that made it or last changed it.

/** Relations as `source TYPE target rule`. */
function ruled(markup: string, lang: 'zh' | 'en' = 'zh'): string[] {
  const { text, mentions } = parse(markup);
  return extractRelations(text, mentions, lang).map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text} ${r.rule}`);
}

const relationCases: { label: string; lang?: 'zh' | 'en'; markup: string; expected: string }[] = [
  { label: 'a pair row', markup: '[浏阳经开区|L]与[湘南物流集团|I]签订框架协议。', expected: '浏阳经开区 SIGNED_WITH 湘南物流集团 signing-together' },
  { label: 'an svo row', markup: '[蓝山资本|C]收购[湘粤电子|C]全部股权。', expected: '蓝山资本 ACQUIRES 湘粤电子 acquiring' },
  { label: 'the post row', markup: '[星河科技|C]董事长[李明远|P]出席活动。', expected: '李明远 WORKS_AT 星河科技 post-title' },
  { label: 'a subject carried from the sentence before', markup: '[宜章经开区|L]着力打造产业集群。围绕龙头企业延伸链条，依托[星河科技|C]引进配套项目。', expected: '宜章经开区 PARTNERS_WITH 星河科技 relying-on@carried-subject' },
  { label: 'a subject named by 该公司', markup: '[湘江集团|C]发布年报。该公司是[长沙银行|C]的子公司。', expected: '长沙银行 OWNS 湘江集团 subsidiary-of@subject-anaphor' },
  { label: "a quote's speaker for 我们", markup: '“我们的配套企业[远航电机|C]已经投产。”[蓝山重工|C]负责人说。', expected: '远航电机 SUPPLIES 蓝山重工 supplier-of@quote-speaker' },
  { label: 'the co-mention fallback', markup: '[李明远|P]在[星河科技|C]召开座谈会。', expected: '李明远 CO_MENTIONED 星河科技 co-mention' },
  { label: 'an event anaphor', markup: '[郴州经开区|L]完成年度目标。该案例入选[湖南省发改委|I]的典型名单。', expected: '郴州经开区 CO_MENTIONED 湖南省发改委 co-mention-event-anaphor' },
  { label: 'an English row of the pattern table', lang: 'en', markup: '[Acme Robotics|C] acquired [Beta Gears|C] last year.', expected: 'Acme Robotics ACQUIRES Beta Gears en-acquiring' },
];

for (const c of relationCases) {
  test(`relation rule: ${c.label}`, () => {
    const found = ruled(c.markup, c.lang);
    assert.ok(found.includes(c.expected), `${c.expected} in ${found.join('; ')}`);
  });
}

// Links a relation pass draws from the words before a name (they were resolve's: resolve now keeps identity only).
const passCases: { label: string; markup: string; expected: string }[] = [
  { label: 'a post before a name', markup: '标题\n[岳阳县委|I][书记周立新|P]出席。', expected: '书记周立新 WORKS_AT 岳阳县委 post-before-name' },
  { label: "a department's post", markup: '下乡义诊\n[桂东县人民医院|I]骨科主任[黄涛|P]介绍经验。', expected: '黄涛 WORKS_AT 桂东县人民医院 department-employer' },
  { label: "a post at 该公司", markup: '新材料项目开工\n[星河材料|C]车间投产。[星河材料|C]订单排满。该公司总经理[钟岚|P]介绍。', expected: '钟岚 WORKS_AT 星河材料 anaphoric-employer' },
];

for (const c of passCases) {
  test(`relation rule of a pass: ${c.label}`, () => {
    const { text, mentions } = parse(c.markup);
    const found = runRelationPasses(relationPasses(false), articleContext({ text, lang: 'zh' }), mentions).map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text} ${r.rule}`);
    assert.ok(found.includes(c.expected), `${c.expected} in ${found.join('; ')}`);
  });
}

/** Each pass over mentions written `[name|type]` (every one given the rule `given`), as `text/type rule`. */
function pass(run: (text: string, mentions: Mention[]) => Mention[], markup: string): string[] {
  const { text, mentions } = parse(markup);
  return run(text, mentions.map((m) => ({ ...m, rule: 'given' }))).map((m) => `${m.text}/${m.type} ${m.rule}`);
}

const mentionCases: { label: string; run: (text: string, mentions: Mention[]) => Mention[]; markup: string; expected: string[] }[] = [
  { label: 'refine: a zone ending joins its place', run: refineMentions, markup: '[郴州|L]经开区今年新增企业十家。', expected: ['郴州经开区/Place refine:zone-ending'] },
  { label: 'refine: an unchanged mention keeps its rule', run: refineMentions, markup: '[星河科技|C]今年新增订单。', expected: ['星河科技/Company given'] },
  { label: 'list completion', run: completeLists, markup: '园区企业[比亚迪|C]、云帆达通过技改实现产值翻番。', expected: ['比亚迪/Company given', '云帆达/Company list-completion'] },
  { label: 'one type per name', run: (_text, m) => unifiedTypes(m), markup: '[李宁|P]的门店，[李宁|C]公司，[李宁|C]品牌', expected: ['李宁/Company unified-type', '李宁/Company given', '李宁/Company given'] },
  { label: 'a repeated name', run: withRepeatedNames, markup: '[万华|C]落户园区。依托万华生态，园区发展迅速。', expected: ['万华/Company given', '万华/Company repeated-name'] },
  { label: 'a short form', run: withShortForms, markup: '[鸿晟精密股份有限公司|C]成立十年。鸿晟精密董事长说', expected: ['鸿晟精密股份有限公司/Company given', '鸿晟精密/Company short-form'] },
  { label: 'a country name', run: (text, m) => withCountryNames(text, m, true), markup: '[长沙|L]企业与德国企业合作。', expected: ['长沙/Place given', '德国/Place country-name'] },
  { label: 'a byline name', run: withBylineNames, markup: '记者 王小明 通讯员 李红 报道', expected: ['王小明/Person byline-name', '李红/Person byline-name'] },
  { label: 'finance: a known company', run: withFinanceMentions, markup: '中国平安收购了[平安银行|C]的股份。', expected: ['中国平安/Company finance:known-company', '平安银行/Company given'] },
  { label: 'finance: quote marks cut off', run: withFinanceMentions, markup: '[“星河科技”|C]与湘粤电子签订合作协议。', expected: ['星河科技/Company finance:without-quotes', '湘粤电子/Company finance:company-shape'] },
];

for (const c of mentionCases) {
  test(`mention rule: ${c.label}`, () => {
    assert.deepEqual(pass(c.run, c.markup), c.expected);
  });
}

describe('mention rules of whole extractors', () => {
  it('the tagger names its style; a pattern confirmed by the link model names both', async () => {
    const text = '鸿晟精密股份有限公司与长沙经济技术开发区管委会签约。鸿晟精密董事长陈振邦表示，项目明年投产。';
    // The mentions the text names, as `wutong extract --rules` prints them (the nested parent is the next case's).
    const { entities, relations } = textMentions(await createExtractor({ lang: 'zh', zh: { style: 'web' } }).extract({ text, lang: 'zh' }));
    assert.deepEqual(entities.map((m) => `${m.text} ${m.rule}`), ['鸿晟精密股份有限公司 tagger:web', '长沙经济技术开发区管委会 tagger:web', '鸿晟精密 short-form', '陈振邦 tagger:web']);
    const rules = relations.map((r) => `${entities[r.source]!.text} ${r.type} ${entities[r.target]!.text} ${r.rule}`);
    assert.ok(rules.includes('鸿晟精密股份有限公司 SIGNED_WITH 长沙经济技术开发区管委会 signing-together+link-model'), rules.join('; '));
  });
  it('a parent read from a unit\'s name is a nested mention, linked by named-parent, and left out of what the text names', async () => {
    const text = '青禾大学材料研究中心与星渚经济开发区管委会签约。';
    const extraction = await createExtractor({ lang: 'zh', zh: { style: 'web' } }).extract({ text, lang: 'zh' });
    const nested = extraction.entities.filter((m) => m.nested === true).map((m) => `${m.text} ${m.type} ${m.rule} ${text.slice(m.start, m.end)}`);
    assert.deepEqual(nested, ['青禾大学 Institution named-parent 青禾大学', '星渚经济开发区 Place named-parent 星渚经济开发区']);
    const links = extraction.relations.filter((r) => r.rule === 'named-parent').map((r) => `${extraction.entities[r.source]!.text} ${r.type} ${extraction.entities[r.target]!.text}`);
    assert.deepEqual(links, ['青禾大学材料研究中心 PART_OF 青禾大学', '星渚经济开发区管委会 AFFILIATED_WITH 星渚经济开发区']);
    const named = textMentions(extraction);
    assert.ok(named.entities.every((m) => m.nested !== true) && named.relations.every((r) => r.rule !== 'named-parent'), JSON.stringify(named));
    assert.equal(named.relations.length, extraction.relations.length - 2);
  });
  it('the rules method names its rule', async () => {
    const { entities } = await createChineseExtractor({ method: 'rules' }).extract({ text: '湖南鑫能实业有限公司在长沙市出席签约仪式。' });
    assert.ok(entities.some((m) => m.text === '长沙市' && m.rule === 'rules:suffix'), entities.map((m) => `${m.text} ${m.rule}`).join('; '));
  });
  it('English: the tagger, the organisation rules, a pattern and the post said of "the company"', async () => {
    const text = 'Hunan Tianyi Robotics Co., Ltd. signed an agreement with Changsha University on Monday. "We are proud," said Pieter van Dijk, the company\'s Asia director.';
    const { entities, relations } = await createExtractor({ lang: 'en' }).extract({ text, lang: 'en' });
    const rule = (name: string): string | undefined => entities.find((m) => m.text === name)?.rule;
    assert.equal(rule('Hunan Tianyi Robotics Co., Ltd.'), 'en-organisation-name');
    assert.equal(rule('Pieter van Dijk'), 'en-tagger');
    const rules = relations.map((r) => `${entities[r.source]!.text} ${r.type} ${entities[r.target]!.text} ${r.rule}`);
    assert.ok(rules.includes('Hunan Tianyi Robotics Co., Ltd. SIGNED_WITH Changsha University en-signed-with-phrase'), rules.join('; '));
    assert.ok(rules.includes('Pieter van Dijk WORKS_AT Hunan Tianyi Robotics Co., Ltd. en-anaphoric-post'), rules.join('; '));
  });
});

describe('rules through chunks and scripts', () => {
  const rulesOf = async (text: string, max?: number): Promise<string[]> => {
    const base = createExtractor({ lang: 'zh', zh: { style: 'web' } });
    const { entities, relations } = await (max === undefined ? base : inBoundedChunks(base, max)).extract({ text, lang: 'zh' });
    return [...entities.map((m) => `${m.text} ${m.rule}`), ...relations.map((r) => `${entities[r.source]!.text} ${r.type} ${entities[r.target]!.text} ${r.rule}`)];
  };
  it('a text read in chunks keeps each chunk\'s rules', async () => {
    const text = '蓝山资本收购湘粤电子全部股权。\n星河科技董事长李明远出席活动。';
    const whole = [...(await rulesOf(text.split('\n')[0]!)), ...(await rulesOf(text.split('\n')[1]!))];
    // Chunked, entities come before relations for the whole text; each item keeps its rule.
    assert.deepEqual((await rulesOf(text, 16)).sort(), whole.sort());
    assert.ok(whole.every((line) => !line.endsWith(' undefined')), whole.join('; '));
  });
  it('a traditional article keeps the rules of its simplified reading', async () => {
    const [traditional, simplified] = await Promise.all([rulesOf('藍山資本收購湘粵電子全部股權。'), rulesOf('蓝山资本收购湘粤电子全部股权。')]);
    const rules = (lines: string[]): string[] => lines.map((line) => line.slice(line.lastIndexOf(' ') + 1));
    assert.deepEqual(rules(traditional), rules(simplified));
    assert.ok(rules(simplified).some((rule) => rule.startsWith('acquiring')), simplified.join('; '));
  });
  it('a traditional article\'s names carry the simplified spelling they were read by, and its parents are read in it', async () => {
    const text = '青禾大學材料研究中心舉辦開放日。';
    const { entities } = await createExtractor({ lang: 'zh' }).extract({ text, lang: 'zh' });
    const named = entities.map((m) => `${m.text}|${m.simplified ?? ''}|${m.nested === true ? 'nested' : ''}`);
    assert.deepEqual(named, ['青禾大學材料研究中心|青禾大学材料研究中心|', '青禾大學|青禾大学|nested']);
  });
});

describe('pattern row ids', () => {
  const row = (id: string): PatternRowData => ({ id, type: 'ACQUIRES', lang: 'zh', shape: 'svo', triggers: ['收购'], direction: 'forward', confidence: 0.8 });
  const cases: { label: string; rows: PatternRowData[]; error?: RegExp }[] = [
    { label: 'two ids', rows: [row('buying'), row('taking-over')] },
    { label: 'one id twice', rows: [row('buying'), row('buying')], error: /pattern row 1 \(ACQUIRES\): id buying is already another row's/ },
    { label: 'an id that is no rule name', rows: [row('Buying Up')], error: /pattern row 0 \(ACQUIRES\): id "Buying Up" must be lowercase words joined by hyphens/ },
  ];
  for (const c of cases) {
    it(c.label, () => {
      if (c.error === undefined) assert.deepEqual(patternRows(c.rows).map((r) => r.id), c.rows.map((r) => r.id));
      else assert.throws(() => patternRows(c.rows), c.error);
    });
  }
  it('are unique across the pattern table and the English engine, and well formed', () => {
    const english = JSON.parse(readFileSync(new URL('./en/relations.json', import.meta.url), 'utf8')) as { patterns: Array<{ id: string }> };
    const ids = [...PATTERNS.map((r) => r.id), ...english.patterns.map((p) => p.id)];
    assert.deepEqual(ids.filter((id, k) => ids.indexOf(id) !== k), []);
    for (const id of ids) assert.match(id, RULE_ID);
  });
});

describe('every mention and relation of the examples names its rule', () => {
  it('reads each example and finds no mention or relation without one', async () => {
    const { files } = await listInputFiles([fileURLToPath(new URL('../../examples', import.meta.url))]);
    const extractor = createExtractor();
    const rowIds = new Set(PATTERNS.map((r) => r.id));
    let relations = 0;
    let fromRows = 0;
    for (const file of files) {
      for (const article of await readArticles(file)) {
        const extraction = await extractor.extract({ text: article.text, lang: article.lang, id: article.id });
        for (const m of extraction.entities) assert.ok(m.rule, `${article.id}: ${m.text} has no rule`);
        for (const r of extraction.relations) {
          assert.ok(r.rule, `${article.id}: ${r.type} at ${r.start} has no rule`);
          relations++;
          // Any pattern row named inside a composed rule (acquiring+link-model, link-model:declined(signing-with@host)) is a row of the table.
          for (const named of r.rule!.match(/[a-z][a-z0-9-]*(?=@|\+|\)|$)/g) ?? []) if (rowIds.has(named)) fromRows++;
        }
      }
    }
    assert.ok(relations > 50, `${relations} relations`);
    assert.ok(fromRows > 0, 'some relation names a pattern row');
  });
});
