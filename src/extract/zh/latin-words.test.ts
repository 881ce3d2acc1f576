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
    label: 'a capitalised common word cut from a product name, and a product named as a maker names its line',
    text: '新款iPad Pro和Model 3上市。',
    mentions: [['iPad', 'Company'], ['Pro', 'Company'], ['Model', 'Company']],
    expected: [],
  },
  {
    label: 'a Latin name written before a product noun is a product',
    text: '青禾推出Zephyr手机和Lumo芯片。',
    mentions: [['青禾', 'Company'], ['Zephyr', 'Company'], ['Lumo', 'Company']],
    expected: ['青禾/Company'],
  },
  {
    label: 'a product-like name the article frames as a firm elsewhere stays a firm',
    text: 'Zephyr手机销量大增，Zephyr公司总裁表示满意；iLumo公司也在扩产。',
    mentions: [['Zephyr', 'Company'], ['Zephyr', 'Company', 1], ['iLumo', 'Company']],
    expected: ['Zephyr/Company', 'Zephyr/Company', 'iLumo/Company'],
  },
  {
    label: 'a firm before a word that is no product noun stays a firm',
    text: 'Zephyr集团在长沙设厂。',
    mentions: [['Zephyr', 'Company']],
    expected: ['Zephyr/Company'],
  },
  {
    label: 'a person may go by any word',
    text: '战队选手Sky和队友Pro出席了发布会。',
    mentions: [['Sky', 'Person'], ['Pro', 'Person']],
    expected: ['Sky/Person', 'Pro/Person'],
  },
  {
    label: 'a coined brand in lower case, a name and a mixed-case brand stay',
    text: '青禾与vivo、Zara和McLaren的店都在长沙，John也来了。',
    mentions: [['青禾', 'Company'], ['vivo', 'Company'], ['Zara', 'Company'], ['McLaren', 'Company'], ['John', 'Person']],
    expected: ['青禾/Company', 'vivo/Company', 'Zara/Company', 'McLaren/Company', 'John/Person'],
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
