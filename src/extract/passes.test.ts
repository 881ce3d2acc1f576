import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleContext } from './context';
import { RELATION_PASSES as EN_RELATION_PASSES } from './en';
import { runMentionPasses, type MentionPass } from './passes';
import type { Mention } from './types';
import { ARTICLE_PASSES, relationPasses, TAGGER_PASSES, verifierPasses } from './zh';

const lists: Array<{ label: string; ids: string[] }> = [
  { label: 'Chinese mention passes', ids: [...TAGGER_PASSES, ...ARTICLE_PASSES, ...verifierPasses()].map((p) => p.id) },
  { label: 'Chinese relation passes', ids: relationPasses().map((p) => p.id) },
  { label: 'English relation passes', ids: EN_RELATION_PASSES.map((p) => p.id) },
];

describe('pass lists: each pass named once, with a doc', () => {
  for (const c of lists) {
    it(c.label, () => {
      assert.ok(c.ids.length > 0);
      assert.deepEqual(c.ids.filter((id, k) => c.ids.indexOf(id) !== k), []);
      for (const id of c.ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
    });
  }
  it('every pass says what it does', () => {
    for (const pass of [...TAGGER_PASSES, ...ARTICLE_PASSES, ...verifierPasses(), ...relationPasses(), ...EN_RELATION_PASSES]) assert.ok(pass.doc.length > 10, pass.id);
  });
});

const text = '园区企业比亚迪、云帆达通过技改实现产值翻番。';
const named = (id: string, when?: MentionPass['when']): MentionPass => ({
  id,
  doc: `appends a mention named ${id}`,
  ...(when === undefined ? {} : { when }),
  run: (_ctx, mentions) => [...mentions, { text: '园区', type: 'Place', start: 0, end: 2, rule: id }],
});
const ran = (passes: MentionPass[], style?: 'finance' | 'news'): string[] =>
  runMentionPasses(passes, articleContext({ text, lang: 'zh', ...(style === undefined ? {} : { style }) }), [] as Mention[]).map((m) => m.rule ?? '');

const runs: Array<{ label: string; passes: MentionPass[]; style?: 'finance' | 'news'; expected: string[] }> = [
  { label: 'passes run in their listed order', passes: [named('first'), named('second'), named('third')], expected: ['first', 'second', 'third'] },
  { label: 'a pass whose when declines the article is skipped', passes: [named('always'), named('finance-only', (ctx) => ctx.style === 'finance')], style: 'news', expected: ['always'] },
  { label: 'a pass whose when accepts the article runs', passes: [named('always'), named('finance-only', (ctx) => ctx.style === 'finance')], style: 'finance', expected: ['always', 'finance-only'] },
];

describe('runMentionPasses', () => {
  for (const c of runs) it(c.label, () => assert.deepEqual(ran(c.passes, c.style), c.expected));
});

describe('the article context', () => {
  it('segments once and hands every pass the same words', () => {
    const ctx = articleContext({ text, lang: 'zh' });
    const words = ctx.words;
    assert.ok(words.length > 3);
    assert.equal(ctx.words, words);
    for (const w of words) assert.equal(text.slice(w.start, w.end), w.word);
  });
  it('splits the sentences once', () => {
    const ctx = articleContext({ text: '甲公司签约。乙公司投产。', lang: 'zh' });
    assert.equal(ctx.sentences, ctx.sentences);
    assert.equal(ctx.sentences.length, 2);
  });
});
