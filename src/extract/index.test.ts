import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countyReport } from '../../test/support/articles';
import { articleContext, type ArticleContext } from './context';
import { createExtractor, type Mention } from './index';
import { runMentionPasses } from './passes';
import { extractRelations } from './relations';
import { ARTICLE_PASSES } from './zh';

// Articles written for these tests, in the genre of a regional paper.
const cases: Array<{ label: string; text: string; expected: string[] }> = [
  {
    label: "a list's last item without 等 is typed from the firm before it",
    text: '园区企业比亚迪、云帆达通过技改实现产值翻番。',
    expected: ['比亚迪/Company', '云帆达/Company'],
  },
  {
    label: 'a list closed by 等 is typed from the firm beside it',
    text: '园区引进了星河科技、云帆达、青木数码等企业。',
    expected: ['云帆达/Company', '青木数码/Company'],
  },
];

describe('createExtractor (zh), traditional script', () => {
  it('reads a traditional article through its simplified reading and names things as it writes them', async () => {
    const text = '鴻晟精密股份有限公司與長沙經濟技術開發區管委會簽約。鴻晟精密董事長陳振邦表示，項目明年投產。';
    const { entities, relations } = await createExtractor({ lang: 'zh' }).extract({ text, lang: 'zh' });
    for (const m of entities) assert.equal(text.slice(m.start, m.end), m.text);
    const found = entities.map((m) => `${m.text}/${m.type}`);
    for (const name of ['鴻晟精密股份有限公司/Company', '長沙經濟技術開發區管委會/Institution', '鴻晟精密/Company', '陳振邦/Person']) assert.ok(found.includes(name), `${name} in ${found.join(' ')}`);
    const typed = relations.map((r) => `${entities[r.source]!.text} ${r.type} ${entities[r.target]!.text}`);
    assert.ok(typed.includes('鴻晟精密股份有限公司 SIGNED_WITH 長沙經濟技術開發區管委會'), typed.join('; '));
    assert.ok(typed.includes('陳振邦 WORKS_AT 鴻晟精密'), typed.join('; '));
  });
});

describe('createExtractor (zh)', () => {
  const extractor = createExtractor({ lang: 'zh' });
  for (const c of cases) {
    it(c.label, async () => {
      const { entities } = await extractor.extract({ text: c.text, lang: 'zh' });
      const found = entities.map((m) => `${m.text}/${m.type}`);
      for (const name of c.expected) assert.ok(found.includes(name), `${name} in ${found.join(' ')}`);
      for (const m of entities) assert.equal(c.text.slice(m.start, m.end), m.text);
    });
  }
});

/** County reports one after another, up to at least `length` characters. */
function reports(length: number): string {
  const out: string[] = [];
  for (let n = 0, size = 0; size < length; n++) {
    out.push(countyReport(n));
    size += countyReport(n).length + 1;
  }
  return out.join('\n');
}

// What runs over a whole text (up to a chunk) after the tagger: were one of these to read the whole
// text again per mention or per sentence, eight times the text would cost some sixty times as much.
// The fastest of five runs is compared, which a busy machine slows less than any one run.
// Each reads one article context, segmented before the clock starts, as the extractor hands it over.
const linear: Array<{ label: string; run: (ctx: ArticleContext, mentions: Mention[]) => unknown }> = [
  { label: 'finance names, consistency passes and lists', run: (ctx, m) => runMentionPasses(ARTICLE_PASSES, ctx, m) },
  { label: 'relations', run: (ctx, m) => extractRelations(ctx.text, m, 'zh') },
];

describe('the passes after the tagger cost time linear in the text', () => {
  const extractor = createExtractor({ lang: 'zh' });
  for (const c of linear) {
    it(c.label, async () => {
      const perCharacter: number[] = [];
      for (const text of [reports(10_000), reports(80_000)]) {
        const { entities } = await extractor.extract({ text, lang: 'zh' });
        const ctx = articleContext({ text, lang: 'zh' });
        if (ctx.words.length === 0) throw new Error('no words');
        let fastest = Infinity;
        for (let run = 0; run < 5; run++) {
          const began = performance.now();
          c.run(ctx, entities);
          fastest = Math.min(fastest, performance.now() - began);
        }
        perCharacter.push(fastest / text.length);
      }
      const ratio = perCharacter[1]! / perCharacter[0]!;
      assert.ok(ratio < 2.5, `time per character at eight times the text: ${ratio.toFixed(2)} times as much`);
    });
  }
});

// An English article written for these tests: the whole extractor reads it through the relation
// engine Chinese uses (the English rows of relations/patterns.json, the en block of grammar.json, the
// English amount parser), with the rows of en/relations.json read first for each pair.
const englishArticle = [
  'Xiangjiang Power Co., Ltd. agreed to buy Lotus Grid Ltd. for $120 million on Tuesday.',
  'Lotus Grid Ltd. competes with Nanhu Energy Co., Ltd. in Hunan.',
  'Xiangjiang Power Co., Ltd. signed an agreement with Yuelu University on Monday.',
  'Chen Lan, chief executive of Furong Robotics, spoke at the signing.',
].join(' ');

const englishLinks: Array<{ label: string; expected: string }> = [
  { label: 'an acquisition and its price, from the pattern table', expected: 'Xiangjiang Power Co., Ltd. ACQUIRES Lotus Grid Ltd. en-acquiring amount=120000000 USD' },
  { label: 'rivals, from the pattern table', expected: 'Lotus Grid Ltd. COMPETES_WITH Nanhu Energy Co., Ltd. en-competes-with' },
  { label: 'a post before the employer, from the pattern table', expected: 'Chen Lan WORKS_AT Furong Robotics en-post-title post=chief executive' },
  { label: 'a row of en/relations.json reads its pair first', expected: 'Xiangjiang Power Co., Ltd. SIGNED_WITH Yuelu University en-signed-with-phrase' },
  { label: 'a place of an organisation, from en/relations.json', expected: 'Nanhu Energy Co., Ltd. LOCATED_IN Hunan en-organisation-in-place' },
];

describe('createExtractor (en): one relation engine', () => {
  let links: Promise<string[]> | undefined;
  const read = (): Promise<string[]> => {
    links ??= createExtractor({ lang: 'en' }).extract({ text: englishArticle, lang: 'en' }).then(({ entities, relations }) =>
      relations.map((r) => {
        const amount = r.props?.amount === undefined ? '' : ` amount=${r.props.amount} ${r.props.currency}`;
        const post = r.props?.post === undefined ? '' : ` post=${r.props.post}`;
        return `${entities[r.source]!.text} ${r.type} ${entities[r.target]!.text} ${r.rule}${amount}${post}`;
      }));
    return links;
  };
  for (const c of englishLinks) {
    it(c.label, async () => {
      const found = await read();
      assert.ok(found.includes(c.expected), found.join('; '));
    });
  }
});
