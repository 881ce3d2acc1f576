import { statedLinkCases } from '../../../test/support/stated-links';
import { zoneCommittees } from './zone-committees';

statedLinkCases('zoneCommittees', zoneCommittees, [
  { label: 'a committee named after its zone', text: '青禾新城管委会介绍，青禾新城今年引进项目十个。', mentions: [['青禾新城管委会', 'Institution'], ['青禾新城', 'Place']], expected: ['青禾新城管委会 -AFFILIATED_WITH-> 青禾新城 zone-committee'] },
  { label: 'a committee whose name adds the city before the zone', text: '郴州青禾新城管委会介绍，青禾新城今年引进项目十个。', mentions: [['郴州青禾新城管委会', 'Institution'], ['青禾新城', 'Place']], expected: ['郴州青禾新城管委会 -AFFILIATED_WITH-> 青禾新城 zone-committee'] },
  { label: 'a bare 经开区管委会 and the article\'s only 经开区', text: '郴州经开区今年签约五个项目，经开区管委会负责服务。', mentions: [['郴州经开区', 'Place'], ['经开区管委会', 'Institution']], expected: ['经开区管委会 -AFFILIATED_WITH-> 郴州经开区 zone-committee'] },
  { label: 'two zones it could be: nothing', text: '郴州经开区与岳阳经开区签约，经开区管委会负责服务。', mentions: [['郴州经开区', 'Place'], ['岳阳经开区', 'Place'], ['经开区管委会', 'Institution']], expected: [] },
  { label: 'a committee of no zone the article names: nothing', text: '青禾新城管委会介绍，郴州今年引进项目十个。', mentions: [['青禾新城管委会', 'Institution'], ['郴州', 'Place']], expected: [] },
]);
