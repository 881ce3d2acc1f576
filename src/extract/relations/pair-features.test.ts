import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../types';
import { pairFeatures, structureFeatures } from './pair-features';
import type { SentenceSpan } from './sentences';

// What pair-features keeps per sentence of a text must answer as a fresh read does, whatever was
// read in between: another mention set for the same pair, another sentence, mentions sharing a span.

const TEXT = '甲公司与乙公司、丙集团签署合作协议，丁公司随后收购戊公司。己集团和庚公司宣布增持股份。';

const at = (name: string, from = 0): Mention => {
  const start = TEXT.indexOf(name, from);
  return { text: name, type: 'Company', start, end: start + name.length };
};

const sentenceOf = (name: string): SentenceSpan => {
  const start = TEXT.lastIndexOf('。', TEXT.indexOf(name)) + 1;
  return { start, end: TEXT.indexOf('。', start) + 1 };
};

/** The same call on the text with a sentence after it, never read before: nothing kept can answer it (nothing after a sentence is read). */
const fresh = <T>(read: (text: string) => T): T => read(`${TEXT}另起一句。`);

interface Case {
  label: string;
  /** Reads made before, on the same text: what they leave kept must not leak into the read under test. */
  before: Array<(text: string) => unknown>;
  read: (text: string) => string[];
}

const [a, b, c, d, e] = ['甲公司', '乙公司', '丙集团', '丁公司', '戊公司'].map((name) => at(name));
const [f, g] = ['己集团', '庚公司'].map((name) => at(name));
// Two mentions of one span (a name read with two types): their order among the sentence's mentions is the caller's.
const cAsPlace: Mention = { ...c!, type: 'Place' };

const cases: Case[] = [
  {
    label: 'the same pair with another mention beside it',
    before: [(text) => pairFeatures(text, sentenceOf('甲公司'), a!, b!, [])],
    read: (text) => pairFeatures(text, sentenceOf('甲公司'), a!, b!, [c!, d!, e!]),
  },
  {
    label: 'a pair of a sentence read again after a pair of another sentence',
    before: [(text) => pairFeatures(text, sentenceOf('甲公司'), a!, c!, [b!]), (text) => pairFeatures(text, sentenceOf('己集团'), f!, g!, [])],
    read: (text) => pairFeatures(text, sentenceOf('甲公司'), a!, c!, [b!, d!]),
  },
  {
    label: 'the structure of a pair after the same sentence with fewer mentions',
    before: [(text) => structureFeatures(text, sentenceOf('甲公司'), a!, c!, [a!, c!])],
    read: (text) => structureFeatures(text, sentenceOf('甲公司'), a!, c!, [a!, c!, b!, d!, e!]),
  },
];

for (const k of cases) {
  test(`pair features kept per sentence: ${k.label}`, () => {
    for (const read of k.before) read(TEXT);
    const kept = k.read(TEXT);
    assert.ok(kept.length > 1, 'the read gives features');
    assert.deepEqual(kept, fresh(k.read));
  });
}

test('pair features kept per sentence: two mentions of one span keep the order they were given in', () => {
  // Read first with the place after the company of the same span, then the other way round: the
  // place, given first, is the one joined to 乙公司 by 、 and ends the list 甲公司与乙公司、丙集团.
  structureFeatures(TEXT, sentenceOf('甲公司'), a!, b!, [a!, b!, c!, cAsPlace]);
  const features = structureFeatures(TEXT, sentenceOf('甲公司'), b!, cAsPlace, [b!, cAsPlace, a!, c!]);
  assert.ok(features.includes('yl:last') && features.includes('list:、'), features.join(' '));
});

test('pair features kept per sentence: a caller changing the answer changes nothing kept', () => {
  const first = pairFeatures(TEXT, sentenceOf('丁公司'), d!, e!, []);
  first.push('changed');
  assert.ok(!pairFeatures(TEXT, sentenceOf('丁公司'), d!, e!, []).includes('changed'));
});
