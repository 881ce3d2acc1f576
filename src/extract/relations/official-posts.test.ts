import { statedLinkCases } from '../../../test/support/stated-links';
import { officialPosts } from './official-posts';

statedLinkCases('officialPosts', officialPosts, [
  { label: 'a deputy head of a town works at the town government the article names', text: '副镇长张明出席。镇政府高度重视。', mentions: [['张明', 'Person'], ['镇政府', 'Institution']], expected: ['张明 -WORKS_AT-> 镇政府 official-post'] },
  { label: 'a roll of posts gives each its body', text: '县委副书记、县长李华主持会议。县委、县政府高度重视。', mentions: [['李华', 'Person'], ['县委', 'Institution'], ['县政府', 'Institution']], expected: ['李华 -WORKS_AT-> 县政府 official-post', '李华 -WORKS_AT-> 县委 official-post'] },
  { label: 'the place written before the post picks its government among several', text: '青禾镇镇长王强出席。青禾镇政府与蓝湾镇政府签约。', mentions: [['青禾镇', 'Place'], ['王强', 'Person'], ['青禾镇政府', 'Institution'], ['蓝湾镇政府', 'Institution']], expected: ['王强 -WORKS_AT-> 青禾镇政府 official-post'] },
  { label: 'no body named: the place written before the post', text: '郴州市副市长王强出席。', mentions: [['郴州市', 'Place'], ['王强', 'Person']], expected: ['王强 -WORKS_AT-> 郴州市 official-post'] },
  { label: 'no body and no place before the post: the article\'s only city', text: '市长王强来到郴州市考察。', mentions: [['王强', 'Person'], ['郴州市', 'Place']], expected: ['王强 -WORKS_AT-> 郴州市 official-post'] },
  { label: 'two cities and no body: nothing', text: '市长王强来到郴州市和岳阳市考察。', mentions: [['王强', 'Person'], ['郴州市', 'Place'], ['岳阳市', 'Place']], expected: [] },
  { label: 'no body and no place of the level: the place a body of that level names', text: '桂阳区委书记赵刚、区长钱明出席。桂阳位于湘南。', mentions: [['桂阳区委', 'Institution'], ['赵刚', 'Person'], ['钱明', 'Person'], ['桂阳', 'Place', 1]], expected: ['赵刚 -WORKS_AT-> 桂阳区委 official-post', '钱明 -WORKS_AT-> 桂阳 official-post'] },
  { label: 'a post of a firm is no official\'s', text: '总经理王强出席。镇政府高度重视。', mentions: [['王强', 'Person'], ['镇政府', 'Institution']], expected: [] },
  { label: 'a bare 区委 beside the full name is the same body', text: '区委书记赵刚出席。青禾区委高度重视，区委要求抓紧落实。', mentions: [['赵刚', 'Person'], ['青禾区委', 'Institution'], ['区委', 'Institution', 2]], expected: ['赵刚 -WORKS_AT-> 青禾区委 official-post'] },
  { label: 'a body written again with its city before it is one body', text: '区委书记赵刚出席。青禾区委与郴州市青禾区委的干部到场。', mentions: [['赵刚', 'Person'], ['青禾区委', 'Institution'], ['郴州市青禾区委', 'Institution']], expected: ['赵刚 -WORKS_AT-> 青禾区委 official-post'] },
  { label: 'the statement replaces the pair\'s co-mention', text: '区委书记赵刚出席。区委高度重视。', mentions: [['赵刚', 'Person'], ['区委', 'Institution']], before: [[0, 1, 'CO_MENTIONED']], expected: ['赵刚 -WORKS_AT-> 区委 official-post'] },
]);
