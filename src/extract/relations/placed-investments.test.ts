import { statedLinkCases } from '../../../test/support/stated-links';
import { placedInvestments } from './placed-investments';

statedLinkCases('placedInvestments', placedInvestments, [
  { label: 'X在P投资 with its amount', text: '青禾电子在桂阳县投资12亿元建设新厂。', mentions: [['青禾电子', 'Company'], ['桂阳县', 'Place']], expected: ['青禾电子 -INVESTS_IN-> 桂阳县 investing-in-place 1200000000'] },
  { label: 'adverbs before 在, and the most specific place of a chain', text: '蓝湾集团将在湖南郴州开工建设一座工厂。', mentions: [['蓝湾集团', 'Company'], ['湖南', 'Place'], ['郴州', 'Place']], expected: ['蓝湾集团 -INVESTS_IN-> 郴州 investing-in-place'] },
  { label: 'a time between the firm and 在', text: '青禾电子上周在桂阳县的新工厂奠基。', mentions: [['青禾电子', 'Company'], ['桂阳县', 'Place']], expected: ['青禾电子 -INVESTS_IN-> 桂阳县 investing-in-place'] },
  { label: 'a purpose clause between the firm and 在', text: '青禾电子为扩大产能，在桂阳县投资兴建新厂。', mentions: [['青禾电子', 'Company'], ['桂阳县', 'Place']], expected: ['青禾电子 -INVESTS_IN-> 桂阳县 investing-in-place'] },
  { label: 'an investment and its amount before the comma and 在', text: '青禾精工拟投资150亿日元，在桂阳高新区兴建两条生产线。', mentions: [['青禾精工', 'Company'], ['桂阳高新区', 'Place']], expected: ['青禾精工 -INVESTS_IN-> 桂阳高新区 investing-in-place'] },
  { label: 'an investment with no amount before the comma opens no clause at a place', text: '青禾电子投资热情高涨，在长沙举行推介会。', mentions: [['青禾电子', 'Company'], ['长沙', 'Place']], expected: [] },
  { label: 'the firm\'s project settles in a place', text: '蓝湾集团年产十万吨生产基地项目落户湖南郴州。', mentions: [['蓝湾集团', 'Company'], ['湖南', 'Place'], ['郴州', 'Place']], expected: ['蓝湾集团 -INVESTS_IN-> 郴州 project-at-place'] },
  { label: 'the firm\'s project breaks ground at a place of a chain written with 的', text: '蓝湾集团投资2亿美元的海外工厂项目，于5月8日在巴西的青禾市举行奠基仪式。', mentions: [['蓝湾集团', 'Company'], ['巴西', 'Place'], ['青禾市', 'Place']], expected: ['蓝湾集团 -INVESTS_IN-> 青禾市 project-at-place'] },
  { label: 'another firm after the project acts on its own: the place is not the project\'s', text: '青禾电子的新工厂奠基，与此同时，蓝湾集团宣布在桂阳县投资。', mentions: [['青禾电子', 'Company'], ['蓝湾集团', 'Company'], ['桂阳县', 'Place']], expected: [] },
  { label: 'a project at a place with nothing built is no investment', text: '蓝湾集团新项目在长沙举行推介会。', mentions: [['蓝湾集团', 'Company'], ['长沙', 'Place']], expected: [] },
  { label: 'an event at a place is no investment', text: '青禾电子在长沙举行新品发布会。', mentions: [['青禾电子', 'Company'], ['长沙', 'Place']], expected: [] },
  { label: 'the verb must stand in the clause the place opens', text: '青禾电子在长沙签约，蓝湾集团投资建设。', mentions: [['青禾电子', 'Company'], ['长沙', 'Place'], ['蓝湾集团', 'Company']], expected: [] },
  { label: 'a person before 在 invests nothing here', text: '张明在桂阳县投资建厂。', mentions: [['张明', 'Person'], ['桂阳县', 'Place']], expected: [] },
  { label: 'a word between the firm and 在 that is no adverb breaks the clause', text: '青禾电子董事长在桂阳县投资建厂。', mentions: [['青禾电子', 'Company'], ['桂阳县', 'Place']], expected: [] },
  { label: 'a list of firms before 在P投资: each invests there', text: '青禾电子、蓝湾科技和新禾集团等３０余家企业在桂阳县均有投资设厂项目。', mentions: [['青禾电子', 'Company'], ['蓝湾科技', 'Company'], ['新禾集团', 'Company'], ['桂阳县', 'Place']], expected: ['青禾电子 -INVESTS_IN-> 桂阳县 investing-in-place', '蓝湾科技 -INVESTS_IN-> 桂阳县 investing-in-place', '新禾集团 -INVESTS_IN-> 桂阳县 investing-in-place'] },
  { label: 'an item read only in part keeps the list going and is not linked', text: '青禾电子、蓝湾科技、金山新禾等企业在桂阳县投资建厂。', mentions: [['青禾电子', 'Company'], ['蓝湾科技', 'Company'], ['新禾', 'Company'], ['桂阳县', 'Place']], expected: ['青禾电子 -INVESTS_IN-> 桂阳县 investing-in-place', '蓝湾科技 -INVESTS_IN-> 桂阳县 investing-in-place'] },
  { label: 'a list before 在P with no investment verb invests nothing', text: '青禾电子、蓝湾科技等企业在桂阳县举行推介会。', mentions: [['青禾电子', 'Company'], ['蓝湾科技', 'Company'], ['桂阳县', 'Place']], expected: [] },
  { label: 'a firm that only ends a list, not opens the clause, is its subject alone', text: '青禾电子、蓝湾科技的代表与新禾集团在桂阳县投资建厂。', mentions: [['青禾电子', 'Company'], ['蓝湾科技', 'Company'], ['新禾集团', 'Company'], ['桂阳县', 'Place']], expected: ['新禾集团 -INVESTS_IN-> 桂阳县 investing-in-place'] },
  { label: 'a place that attracts firms: each invests there, with the amount of its own item', text: '桂阳县已引进投资3亿元的青禾电子、投资2亿元的蓝湾科技等企业。', mentions: [['桂阳县', 'Place'], ['青禾电子', 'Company'], ['蓝湾科技', 'Company']], expected: ['青禾电子 -INVESTS_IN-> 桂阳县 attracted-to-place 300000000', '蓝湾科技 -INVESTS_IN-> 桂阳县 attracted-to-place 200000000'] },
  { label: 'the firms attracted stop at the clause\'s end', text: '桂阳县引进青禾电子，蓝湾科技也来考察。', mentions: [['桂阳县', 'Place'], ['青禾电子', 'Company'], ['蓝湾科技', 'Company']], expected: ['青禾电子 -INVESTS_IN-> 桂阳县 attracted-to-place'] },
  { label: 'the statement replaces the pair\'s co-mention', text: '青禾电子已在桂阳县开工建设。', mentions: [['青禾电子', 'Company'], ['桂阳县', 'Place']], before: [[0, 1, 'CO_MENTIONED']], expected: ['青禾电子 -INVESTS_IN-> 桂阳县 investing-in-place'] },
]);
