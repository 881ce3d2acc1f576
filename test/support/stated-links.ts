import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Mention, Relation } from '../../src/extract/types';
import { mentionsAt } from '../../src/extract/zh/mentions-at';
import { splitSentences, type SentenceSpan } from '../../src/extract/relations/sentences';

/** One case of a structure pass's table: its text, mentions, the relations drawn before it and what it leaves. */
export interface StatedLinkCase {
  label: string;
  text: string;
  mentions: Array<[string, EntityType, number?]>;
  /** Relations already drawn, as [source, target, type] by mention index. */
  before?: Array<[number, number, string]>;
  /** `source -TYPE-> target rule`, and the amount when the link carries one. */
  expected: string[];
}

type StructurePass = (text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[]) => Relation[];

/** Runs a structure pass's table of cases, each a test of its own named `name: label`. */
export function statedLinkCases(name: string, pass: StructurePass, cases: readonly StatedLinkCase[]): void {
  for (const c of cases) {
    test(`${name}: ${c.label}`, () => {
      const mentions = mentionsAt(c.text, c.mentions);
      const before: Relation[] = (c.before ?? []).map(([source, target, type]) => ({ source, target, type, start: 0, end: c.text.length, confidence: 0.5, rule: 'earlier' }));
      const out = pass(c.text, mentions, before, splitSentences(c.text, 'zh'));
      const shown = (r: Relation): string => [`${mentions[r.source]!.text} -${r.type}-> ${mentions[r.target]!.text} ${r.rule}`, r.props?.amount].filter((x) => x !== undefined).join(' ');
      assert.deepEqual(out.map(shown), c.expected);
    });
  }
}
