import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from '../types';
import { withoutLatinVocabulary } from './latin-words';
import { mentionsAt } from './mentions-at';

// Each text is made up for this table; `expected` lists the mentions left, as name/type.
const cases: { label: string; text: string; mentions: Array<[string, EntityType, number?]>; expected: string[] }[] = [
  {
    label: 'an English verb in lower case is vocabulary',
    text: '青禾的新品发布会像一场party，大家都get到一个知识点。',
    mentions: [['青禾', 'Company'], ['party', 'Company'], ['get', 'Company']],
    expected: ['青禾/Company'],
  },
  {
    label: 'a function word cut from a title and a word for a person are vocabulary; a plain noun may be a brand',
    text: '据美国媒体the Verge报道，这个baby在coral网站上很火。',
    mentions: [['the', 'Company'], ['baby', 'Company'], ['coral', 'Company']],
    expected: ['coral/Company'],
  },
  {
    label: 'a capitalised common word cut from a product name',
    text: '新款iPad Pro和Model 3上市。',
    mentions: [['iPad', 'Company'], ['Pro', 'Company'], ['Model', 'Company']],
    expected: ['iPad/Company'],
  },
  {
    label: 'a person may go by any word',
    text: '战队选手Sky和队友Pro出席了发布会。',
    mentions: [['Sky', 'Person'], ['Pro', 'Person']],
    expected: ['Sky/Person', 'Pro/Person'],
  },
  {
    label: 'a coined brand in lower case, a name and a mixed-case brand stay',
    text: '青禾与vivo、Zara和iPhone的店都在长沙，John也来了。',
    mentions: [['青禾', 'Company'], ['vivo', 'Company'], ['Zara', 'Company'], ['iPhone', 'Company'], ['John', 'Person']],
    expected: ['青禾/Company', 'vivo/Company', 'Zara/Company', 'iPhone/Company', 'John/Person'],
  },
  {
    label: 'acronyms are left to the acronym pass, even those that spell a word',
    text: 'WHO和SEC发布报告，NBA开赛。',
    mentions: [['WHO', 'Institution'], ['SEC', 'Institution'], ['NBA', 'Company']],
    expected: ['WHO/Institution', 'SEC/Institution', 'NBA/Company'],
  },
  {
    label: 'a common word the article writes before a firm word is a firm',
    text: 'Supreme公司发布新品，Supreme在长沙开店。',
    mentions: [['Supreme公司', 'Company'], ['Supreme', 'Company', 1]],
    expected: ['Supreme公司/Company', 'Supreme/Company'],
  },
  {
    label: "a program's identifier is no name, framed or not",
    text: 'videoList公司，appendChild报错。',
    mentions: [['videoList', 'Company'], ['appendChild', 'Person']],
    expected: [],
  },
  {
    label: 'function words and a letter are no name; a name of several words stays',
    text: '打造to B的平台，Fast Wave也来了。',
    mentions: [['to B', 'Company'], ['Fast Wave', 'Company']],
    expected: ['Fast Wave/Company'],
  },
];

for (const c of cases) {
  test(`withoutLatinVocabulary: ${c.label}`, () => {
    assert.deepEqual(withoutLatinVocabulary(c.text, mentionsAt(c.text, c.mentions)).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
