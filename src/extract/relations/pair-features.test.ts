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

// Every kind of feature a pair is read by, in the order the model sums them: the strings made once
// per pair word, trigger type and sentence must spell what each pair used to write for itself.
const READ = '据悉，青禾公司近日被蓝湾集团收购，双方签署协议，桂阳公司表示将增持股份。';
const [qh, lw, gy] = ['青禾公司', '蓝湾集团', '桂阳公司'].map((name) => {
  const start = READ.indexOf(name);
  return { text: name, type: 'Company' as const, start, end: start + name.length };
});
const whole: SentenceSpan = { start: 0, end: READ.length };

const written: Array<{ label: string; read: () => string[]; expected: string[] }> = [
  {
    label: 'a passive pair: 被 between, triggers after',
    read: () => pairFeatures(READ, whole, qh!, lw!, [gy!]),
    expected: ['bias', 'g:3', 'b:近日', 'b:日被', 'l:据悉', 'l:悉，', 'r:收购', 'r:购，', 'r:，双', 'r:双方', 'r:方签', 'r:签署', 'r:署协', 'r:协议', 'r:议，', 'r:，E', 's:收购', 's:签署', 's:协议', 's:增持', 's:持股', 'wb:被', 'wb1:被', 'wbn:被', 'wbp:被', 'wr:收购', 'wr:签署', 'wr:协议', 'wr1:收购', 't:SIGNED_WITH', 'tr:SIGNED_WITH', 't:INVESTS_IN', 't:ACQUIRES', 'tr:ACQUIRES', 'n:3', 'inside:0', 'near:近日被', 'xs:司', 'ys:团'],
  },
  {
    label: 'triggers between the pair and after it, words on both sides',
    read: () => pairFeatures(READ, whole, lw!, gy!, [qh!]),
    expected: ['bias', 'g:7-12', 'b:收购', 'b:购，', 'b:，双', 'b:双方', 'b:方签', 'b:签署', 'b:署协', 'b:协议', 'b:议，', 'l:据悉', 'l:悉，', 'l:，E', 'l:E近', 'l:近日', 'l:日被', 'r:表示', 'r:示将', 'r:将增', 'r:增持', 'r:持股', 'r:股份', 'r:份。', 's:收购', 's:签署', 's:协议', 's:增持', 's:持股', 'wb:收购', 'wb:签署', 'wb:协议', 'wb1:收购', 'wbn:协议', 'wl:被', 'wr:将', 'wr:增持', 'wr1:将', 't:SIGNED_WITH', 'tb:SIGNED_WITH', 't:INVESTS_IN', 'tr:INVESTS_IN', 't:ACQUIRES', 'tb:ACQUIRES', 'n:3', 'inside:0', 'near:收购，双方签署协议，', 'xs:团', 'ys:司'],
  },
  {
    label: 'trigger types in the clauses of x and y',
    read: () => structureFeatures(READ, whole, qh!, lw!, [qh!, lw!, gy!]),
    expected: ['cl:0', 'xl:none', 'yl:none', 'tcx:ACQUIRES', 'tcy:ACQUIRES'],
  },
];

for (const k of written) {
  test(`pair features as written: ${k.label}`, () => {
    assert.deepEqual(k.read(), k.expected);
  });
}
