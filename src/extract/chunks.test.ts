import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isWutongError } from '../shared/errors';
import { boundedChunks, inBoundedChunks, MAX_CHUNK } from './chunks';
import { createExtractor } from './index';
import type { Extractor, ExtractInput } from './types';
import { countyReport } from '../../test/support/articles';

/** County reports one after another (each its own, see test/support), up to at least `length` characters. */
function article(length: number): string {
  const reports: string[] = [];
  for (let n = 0, size = 0; size < length; n++) {
    reports.push(countyReport(n));
    size += countyReport(n).length + 1;
  }
  return reports.join('\n');
}

/** The extractor with the length of every text handed to it written down. */
function recorded(inner: Extractor): { extractor: Extractor; lengths: number[] } {
  const lengths: number[] = [];
  return { lengths, extractor: { name: inner.name, extract: (input: ExtractInput) => (lengths.push(input.text.length), inner.extract(input)) } };
}

describe('boundedChunks', () => {
  const cases: Array<{ label: string; text: string; max: number; expected: string[] }> = [
    { label: 'a text of the bound is one chunk', text: '甲乙丙。丁戊', max: 6, expected: ['甲乙丙。丁戊'] },
    { label: 'cut after line breaks', text: '甲乙丙\n丁戊己\n庚辛', max: 5, expected: ['甲乙丙\n', '丁戊己\n', '庚辛'] },
    { label: 'cut after a full stop where no line breaks', text: '甲乙丙丁。戊己庚辛。壬癸', max: 6, expected: ['甲乙丙丁。', '戊己庚辛。', '壬癸'] },
    { label: 'cut after a comma where no full stop', text: '甲乙丙丁，戊己庚辛，壬癸', max: 6, expected: ['甲乙丙丁，', '戊己庚辛，', '壬癸'] },
    { label: 'cut anywhere where no mark at all', text: '甲乙丙丁戊己庚辛壬', max: 4, expected: ['甲乙丙丁', '戊己庚辛', '壬'] },
  ];
  for (const c of cases) {
    test(c.label, () => {
      const chunks = boundedChunks(c.text, c.max);
      assert.deepEqual(chunks.map((s) => c.text.slice(s.start, s.end)), c.expected);
      assert.equal(chunks.map((s) => c.text.slice(s.start, s.end)).join(''), c.text, 'the chunks cover the text in order');
    });
  }
});

describe('inBoundedChunks', () => {
  const whole = createExtractor({ lang: 'zh' });

  test('a text of the bound or less is read in one piece, exactly as the extractor reads it', async () => {
    const text = article(2_000);
    const { extractor, lengths } = recorded(whole);
    const chunked = inBoundedChunks(extractor, text.length);
    assert.deepEqual(await chunked.extract({ text, lang: 'zh' }), await whole.extract({ text, lang: 'zh' }));
    assert.deepEqual(lengths, [text.length]);
  });

  test('one character over the bound, the text is read in two pieces', async () => {
    const text = article(2_000);
    const { extractor, lengths } = recorded(whole);
    await inBoundedChunks(extractor, text.length - 1).extract({ text, lang: 'zh' });
    assert.equal(lengths.length, 2);
    assert.equal(lengths[0]! + lengths[1]!, text.length);
  });

  test(`a long article (${Math.round((2.5 * MAX_CHUNK) / 1000)}k characters) is read in chunks and put back together`, async () => {
    const text = article(2.5 * MAX_CHUNK);
    const { extractor, lengths } = recorded(whole);
    const { entities, relations } = await inBoundedChunks(extractor, MAX_CHUNK).extract({ text, lang: 'zh' });
    assert.equal(lengths.length, 3, 'three chunks');
    assert.ok(lengths.every((n) => n <= MAX_CHUNK), `no chunk over the bound: ${lengths.join(', ')}`);
    for (const m of entities) assert.equal(text.slice(m.start, m.end), m.text, `${m.text} at ${m.start}`);
    const cuts = boundedChunks(text, MAX_CHUNK).map((c) => c.end);
    for (const r of relations) {
      assert.ok(entities[r.source] !== undefined && entities[r.target] !== undefined, 'a relation joins two mentions of the list');
      assert.ok(r.start >= 0 && r.start < r.end && r.end <= text.length, 'evidence inside the text');
      assert.ok(!cuts.some((cut) => r.start < cut && cut < r.end), 'evidence inside one chunk');
    }
    // The last report's names are found where they stand, in the last chunk.
    for (const name of ['王建国', '李明']) {
      assert.ok(entities.some((m) => m.text === name && m.start === text.lastIndexOf(name)), `${name} found at ${text.lastIndexOf(name)}`);
    }
    const signings = relations.filter((r) => r.type === 'SIGNED_WITH' && r.start > cuts[1]!);
    assert.ok(signings.length > 10, `signings read in the last chunk: ${signings.length}`);
  });

  test('the whole extractor reads an article over MAX_CHUNK in chunks of it', async () => {
    const text = article(MAX_CHUNK + 5_000);
    const { extractor, lengths } = recorded(createExtractor({ lang: 'zh' }));
    const chunked = inBoundedChunks(extractor);
    const { entities } = await chunked.extract({ text, lang: 'zh' });
    assert.deepEqual(await createExtractor({ lang: 'zh' }).extract({ text, lang: 'zh' }), await chunked.extract({ text, lang: 'zh' }));
    assert.ok(lengths.length >= 2 && lengths.every((n) => n <= MAX_CHUNK), lengths.join(', '));
    assert.ok(entities.length > 100);
  });

  const stops: Array<{ label: string; length: number; signal: () => AbortSignal; stops: boolean }> = [
    { label: 'an aborted signal stops a long text before its first chunk', length: 3 * 2_000, signal: () => AbortSignal.abort('budget spent'), stops: true },
    { label: 'a time budget stops a long text between chunks', length: 40 * 2_000, signal: () => AbortSignal.timeout(20), stops: true },
    { label: 'a text of one chunk is read whatever the signal', length: 1_000, signal: () => AbortSignal.abort('budget spent'), stops: false },
  ];
  for (const c of stops) {
    test(c.label, async () => {
      const text = article(c.length);
      const read = inBoundedChunks(whole, 2_000).extract({ text, lang: 'zh', id: 'a1', signal: c.signal() });
      if (!c.stops) return assert.ok((await read).entities.length > 0);
      await assert.rejects(read, (error: unknown) => isWutongError(error, 'EXTRACT_STOPPED') && /^extract: a1: stopped after \d+ of \d+ chunks/.test(error.message));
    });
  }
});
