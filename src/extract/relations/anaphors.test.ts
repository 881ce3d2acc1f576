import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleContext } from '../context';
import { runRelationPasses } from '../passes';
import type { EntityType } from '../types';
import { mentionsAt } from '../zh/mentions-at';
import { relationPasses } from '../zh/passes';
import { findAnaphors, withAnaphorLinks } from './anaphors';
import { splitSentences } from './sentences';

const antecedents: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'the subject of the sentence before', text: '蓝湾光电成立于2009年，与青禾集团合作。该公司在桂阳建厂。', mentions: [['蓝湾光电', 'Company'], ['青禾集团', 'Company'], ['桂阳', 'Place']], expected: ['该公司 → 蓝湾光电'] },
  { label: 'a firm of its own sentence before it', text: '青禾集团发布公告，该公司拟增资。', mentions: [['青禾集团', 'Company']], expected: ['该公司 → 青禾集团'] },
  { label: 'a body for 该院, past a sentence naming none', text: '桂阳市人民医院今年新建了病房。病房已投用。该院还与新禾公司签约。', mentions: [['桂阳市人民医院', 'Institution'], ['新禾公司', 'Company']], expected: ['该院 → 桂阳市人民医院'] },
  { label: 'no firm within two sentences before', text: '青禾集团成立于2001年。园区去年扩建。道路已通车。今年又有新进展。该公司在桂阳建厂。', mentions: [['青禾集团', 'Company'], ['桂阳', 'Place']], expected: [] },
  { label: 'a bare 公司 points to no firm named before', text: '青禾集团发布公告。公司拟增资。', mentions: [['青禾集团', 'Company']], expected: [] },
];

for (const c of antecedents) {
  test(`findAnaphors: ${c.label}`, () => {
    const mentions = mentionsAt(c.text, c.mentions);
    const found = findAnaphors(c.text, mentions, splitSentences(c.text, 'zh'));
    assert.deepEqual(found.map((a) => `${c.text.slice(a.start, a.end)} → ${mentions[a.antecedent]!.text}`), c.expected);
  });
}

// The article's relation passes without this one, as the zh pass list runs them inside it.
const passes = relationPasses().filter((p) => p.id !== 'anaphors');

const links: { label: string; text: string; mentions: Array<[string, EntityType]>; expected: string[] }[] = [
  { label: 'a cooperation stated with 该公司 goes to the firm', text: '蓝湾集团去年上市。同时，该公司还通过与青禾化学合作，研制出了新一代产品。', mentions: [['蓝湾集团', 'Company'], ['青禾化学', 'Company']], expected: ['蓝湾集团 PARTNERS_WITH 青禾化学'] },
  { label: 'a post after 该公司 is held at the firm', text: '记者来到蓝湾家具有限公司的展厅。该公司总经理钱立刚说，产品都是自己生产的。', mentions: [['蓝湾家具有限公司', 'Company'], ['钱立刚', 'Person']], expected: ['钱立刚 WORKS_AT 蓝湾家具有限公司'] },
  { label: 'an investment at a place by 该公司', text: '青禾汽车零部件公司日前表示，该公司在桂阳投资建设的新工厂已经投产。', mentions: [['青禾汽车零部件公司', 'Company'], ['桂阳', 'Place']], expected: ['青禾汽车零部件公司 INVESTS_IN 桂阳'] },
  { label: 'a bare 公司 links nothing', text: '蓝湾集团去年上市。同时，公司还通过与青禾化学合作，研制出了新一代产品。', mentions: [['蓝湾集团', 'Company'], ['青禾化学', 'Company']], expected: [] },
];

for (const c of links) {
  test(`withAnaphorLinks: ${c.label}`, () => {
    const ctx = articleContext({ text: c.text, lang: 'zh', style: 'news' });
    const mentions = mentionsAt(c.text, c.mentions);
    const out = withAnaphorLinks(ctx, mentions, [], (narrowed, read) => runRelationPasses(passes, narrowed, read));
    assert.deepEqual(out.map((r) => `${mentions[r.source]!.text} ${r.type} ${mentions[r.target]!.text}`), c.expected);
    for (const r of out) assert.match(r.rule ?? '', /@anaphor$/);
  });
}
