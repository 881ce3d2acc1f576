import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEnglishExtractor } from './index';
import { tokenize } from './tokenize';

const extractor = createEnglishExtractor();

describe('tokenize', () => {
  const cases: Array<{ label: string; text: string; tokens: string[] }> = [
    { label: 'company form keeps its periods', text: 'Hunan Xinneng Industrial Co., Ltd. signed', tokens: ['Hunan', 'Xinneng', 'Industrial', 'Co.', ',', 'Ltd.', 'signed'] },
    { label: 'possessive and clitic split as in CoNLL', text: "Germany's firm didn't", tokens: ['Germany', "'s", 'firm', 'did', "n't"] },
    { label: 'dotted acronym and date stay whole', text: 'the U.S. on 1996-08-22.', tokens: ['the', 'U.S.', 'on', '1996-08-22', '.'] },
    { label: 'title keeps its period', text: 'Mr. O\'Neill', tokens: ['Mr.', "O'Neill"] },
  ];
  for (const { label, text, tokens } of cases) {
    it(label, () => {
      const found = tokenize(text);
      assert.deepEqual(found.map((t) => t.text), tokens);
      for (const t of found) assert.equal(text.slice(t.start, t.end), t.text);
    });
  }
});

describe('English extractor entities', () => {
  const cases: Array<{ label: string; text: string; expected: Array<[string, string]> }> = [
    {
      label: 'pinyin company with a Chinese legal form',
      text: 'Hunan Xinneng Industrial Co., Ltd. signed a contract with the zone on Monday.',
      expected: [['Hunan Xinneng Industrial Co., Ltd.', 'Company']],
    },
    {
      label: 'institutions built around head words',
      text: 'Doctors from Xiangya Hospital of Central South University visited the Ministry of Commerce.',
      expected: [['Xiangya Hospital of Central South University', 'Institution'], ['Ministry of Commerce', 'Institution']],
    },
    {
      label: 'people and places from the tagger, titles left out',
      text: 'Mr. Li Wei flew from Changsha to London on Tuesday.',
      expected: [['Li Wei', 'Person'], ['Changsha', 'Place'], ['London', 'Place']],
    },
    {
      label: 'Chinese names in characters typed by their endings; titles split from people',
      text: 'Hunan Xinneng Industrial Co., Ltd. (湖南新能实业有限公司) met Dr. Wang of 湘雅医院 in 长沙市.',
      expected: [['Hunan Xinneng Industrial Co., Ltd.', 'Company'], ['湖南新能实业有限公司', 'Company'], ['Wang', 'Person'], ['湘雅医院', 'Institution'], ['长沙市', 'Place']],
    },
    {
      label: 'a short name repeating an organisation word is that organisation',
      text: 'Kessler Antriebstechnik GmbH will open a plant. Kessler hired 40 engineers.',
      expected: [['Kessler Antriebstechnik GmbH', 'Company'], ['Kessler', 'Company']],
    },
    {
      label: 'a river named again by its first word is the river',
      text: 'Yueyang is the only Yangtze River port in Hunan. Fruit is shipped up the Yangtze by barge.',
      expected: [['Yueyang', 'Place'], ['Yangtze River', 'Place'], ['Hunan', 'Place'], ['Yangtze', 'Place']],
    },
    {
      label: 'a person of a company is no part of its name',
      text: 'The mayor of Changsha met Zhou Wenbin of Hunan Tianyi Robotics Co., Ltd. on Friday.',
      expected: [['Changsha', 'Place'], ['Zhou Wenbin', 'Person'], ['Hunan Tianyi Robotics Co., Ltd.', 'Company']],
    },
    {
      label: 'a one-word name before "industrial park" is a place',
      text: "Hunan Tianyi Robotics Co., Ltd. will build a plant in Changsha's Xingsha industrial park.",
      expected: [['Hunan Tianyi Robotics Co., Ltd.', 'Company'], ['Changsha', 'Place'], ['Xingsha', 'Place']],
    },
    {
      label: 'Chinese counties and cities in pinyin are places',
      text: 'Officials from Taojiang and Anhua visited Liuyang and Zhuzhou on Friday.',
      expected: [['Taojiang', 'Place'], ['Anhua', 'Place'], ['Liuyang', 'Place'], ['Zhuzhou', 'Place']],
    },
    {
      label: 'development zone with inner connector',
      text: 'The Xiangtan Economic and Technological Development Zone grew fast.',
      expected: [['Xiangtan Economic and Technological Development Zone', 'Institution']],
    },
  ];
  for (const { label, text, expected } of cases) {
    it(label, async () => {
      const { entities } = await extractor.extract({ text, lang: 'en' });
      assert.deepEqual(entities.map((e) => [e.text, e.type]), expected);
      for (const e of entities) assert.equal(text.slice(e.start, e.end), e.text);
    });
  }
});

describe('English extractor relations', () => {
  const cases: Array<{ label: string; text: string; relation: [string, string, string]; post?: string }> = [
    {
      label: 'signed with',
      text: 'Hunan Xinneng Industrial Co., Ltd. signed a supply agreement with Sany Heavy Industry Co., Ltd. on Friday.',
      relation: ['Hunan Xinneng Industrial Co., Ltd.', 'SIGNED_WITH', 'Sany Heavy Industry Co., Ltd.'],
    },
    {
      label: 'works at with the post',
      text: 'John Smith, chief executive of Acme Holdings, spoke in Beijing.',
      relation: ['John Smith', 'WORKS_AT', 'Acme Holdings'],
      post: 'chief executive',
    },
    {
      label: 'a person of an organisation works there',
      text: "Professor Liu Wei of the university's School of Medicine will lead the team.",
      relation: ['Liu Wei', 'WORKS_AT', 'School of Medicine'],
    },
    {
      label: 'place part of a province',
      text: 'The plant opened in Changsha, Hunan last year.',
      relation: ['Changsha', 'PART_OF', 'Hunan'],
    },
    {
      label: 'company located in a place',
      text: 'Zoomlion Heavy Industry Co., Ltd., based in Changsha, reported higher sales.',
      relation: ['Zoomlion Heavy Industry Co., Ltd.', 'LOCATED_IN', 'Changsha'],
    },
  ];
  for (const { label, text, relation, post } of cases) {
    it(label, async () => {
      const { entities, relations } = await extractor.extract({ text, lang: 'en' });
      const found = relations.find((r) => r.type === relation[1]);
      assert.ok(found, `no ${relation[1]} among ${JSON.stringify(relations.map((r) => r.type))}`);
      assert.deepEqual([entities[found.source].text, found.type, entities[found.target].text], relation);
      assert.equal(found.props?.post, post);
      assert.ok(found.start <= entities[found.source].start && entities[found.target].end <= found.end);
    });
  }
});

describe('English extractor: a post held at "the company" named before', () => {
  const cases: Array<{ label: string; text: string; expected: string[] }> = [
    {
      label: "the company's post goes to the company named in an earlier sentence",
      text: 'Van Dijk Logistics B.V. will run the new warehouse. "It opens the Yangtze to us," said Pieter van Dijk, the company\'s Asia director.',
      expected: ['Pieter van Dijk WORKS_AT Van Dijk Logistics B.V. Asia director'],
    },
    {
      label: "the hospital's post goes to an institution, not to a company named nearer",
      text: 'Yiyang Central Hospital signed a deal with Hunan Kangrui Medical Technology Co., Ltd. on Monday. "Patients will wait less," said Liu Jianguo, the hospital\'s director.',
      expected: ['Liu Jianguo WORKS_AT Yiyang Central Hospital director'],
    },
    {
      label: 'a partner named in between is not "the company"',
      text: 'Van Dijk Logistics B.V. will run the new warehouse. The company signed the lease with Hunan Yuezhou Port Group Co., Ltd. on April 1. "We are ready," said Pieter van Dijk, the company\'s Asia director.',
      expected: ['Pieter van Dijk WORKS_AT Van Dijk Logistics B.V. Asia director'],
    },
    {
      label: "the German company's post: a nationality before the noun",
      text: 'Kessler Antriebstechnik GmbH will supply gearboxes to Hunan Tianyi Robotics Co., Ltd. Markus Kessler, the German company\'s managing director, said Hunan was its second market.',
      expected: ['Markus Kessler WORKS_AT Kessler Antriebstechnik GmbH managing director'],
    },
    {
      label: 'with no company named before there is no employer',
      text: '"We are ready," said Pieter van Dijk, the company\'s Asia director.',
      expected: [],
    },
  ];
  for (const { label, text, expected } of cases) {
    it(label, async () => {
      const { entities, relations } = await extractor.extract({ text, lang: 'en' });
      const worksAt = relations.filter((r) => r.type === 'WORKS_AT').map((r) => `${entities[r.source]!.text} WORKS_AT ${entities[r.target]!.text} ${r.props?.post ?? ''}`.trim());
      assert.deepEqual(worksAt, expected);
    });
  }
});
