import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { genericWords, surelyOutside } from './outside';

/** The characters marked outside, as a string with '_' for the free ones. */
const marked = (text: string): string => [...surelyOutside(text)].map((m, i) => (m ? text[i] : '_')).join('');

describe('surelyOutside', () => {
  const cases: Array<[string, string, string]> = [
    ['verbs, function words and punctuation are outside; names and nouns stay free', '湘江电子收购了麓谷智造的股权。', '____收购了____的__。'],
    ['digits and percent signs are outside', '持有12.5%股份', '持有12.5%__'],
    ['a number placeholder is outside', '持有<N>%股份', '持有<N>%__'],
    ['Latin letters stay free', 'OPPO与vivo合作', '____与____合作'],
  ];
  for (const [label, text, expected] of cases) it(label, () => assert.equal(marked(text), expected));
  it('generic words are outside too', () => {
    assert.equal([...surelyOutside('湘江电子的股权', new Set(['股权']))].map((m) => m).join(''), '0000111');
  });
});

describe('genericWords', () => {
  const sentences = [
    { text: '湘江电子转让股权', spans: [{ start: 0, end: 4 }] },
    { text: '麓谷电子持有股权', spans: [{ start: 0, end: 4 }] },
    { text: '星沙电子出售股权', spans: [{ start: 0, end: 2 }] },
  ];
  const generic = genericWords(sentences, 2);
  const cases: Array<[string, string, boolean]> = [
    ['a word seen often and never inside a labelled name', '股权', true],
    ['a word mostly inside labelled names', '电子', false],
  ];
  for (const [label, word, expected] of cases) it(label, () => assert.equal(generic.has(word), expected));
});
