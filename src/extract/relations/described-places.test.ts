import { statedLinkCases } from '../../../test/support/stated-links';
import { segmentWords } from '../zh/segment';
import { describedPlaces } from './described-places';

statedLinkCases('describedPlaces', (text, mentions, relations, sentences) => describedPlaces(text, mentions, relations, sentences, segmentWords(text)), [
  { label: 'a place, a description and a kind noun before a name', text: '澳大利亚第三大钢厂金桥钢铁宣布扩产。', mentions: [['澳大利亚', 'Place'], ['金桥钢铁', 'Company']], expected: ['金桥钢铁 -LOCATED_IN-> 澳大利亚 described-place'] },
  { label: 'a kind noun and a dash of apposition', text: '江西省最大的光伏基地——赣能新材料今天投产。', mentions: [['江西省', 'Place'], ['赣能新材料', 'Company']], expected: ['赣能新材料 -LOCATED_IN-> 江西省 described-place'] },
  { label: 'a list ending 等 + place + kind noun', text: '青禾电子、蓝湾科技等苏州企业参加了展会。', mentions: [['青禾电子', 'Company'], ['蓝湾科技', 'Company'], ['苏州', 'Place']], expected: ['青禾电子 -LOCATED_IN-> 苏州 listed-place', '蓝湾科技 -LOCATED_IN-> 苏州 listed-place'] },
  { label: 'a place that is the object of the description (listed there) says nothing', text: '纽约上市的制药企业甲乙制药发布公告。', mentions: [['纽约', 'Place'], ['甲乙制药', 'Company']], expected: [] },
  { label: 'the writer\'s own country unnamed is no place', text: '我国最大的药企甲乙制药发布公告。', mentions: [['我国', 'Place'], ['甲乙制药', 'Company']], expected: [] },
  { label: 'a name inside the description breaks it', text: '德国蓝湾集团旗下企业青禾电子发布公告。', mentions: [['德国', 'Place'], ['蓝湾集团', 'Company'], ['青禾电子', 'Company']], expected: [] },
  { label: 'a clause break between place and name breaks it', text: '总部在苏州，企业青禾电子发布公告。', mentions: [['苏州', 'Place'], ['青禾电子', 'Company']], expected: [] },
  { label: 'each firm of an enumeration by country is in the country that opens its group', text: '展会吸引了芬兰沃森、卡拉维，日本的矢田部等厂商参展。', mentions: [['芬兰', 'Place'], ['沃森', 'Company'], ['卡拉维', 'Company'], ['日本', 'Place'], ['矢田部', 'Company']], expected: ['沃森 -LOCATED_IN-> 芬兰 country-list-place', '卡拉维 -LOCATED_IN-> 芬兰 country-list-place', '矢田部 -LOCATED_IN-> 日本 country-list-place'] },
  { label: 'the statement replaces the pair\'s co-mention', text: '瑞士药企范德制药被收购。', mentions: [['瑞士', 'Place'], ['范德制药', 'Company']], before: [[0, 1, 'CO_MENTIONED']], expected: ['范德制药 -LOCATED_IN-> 瑞士 described-place'] },
]);
