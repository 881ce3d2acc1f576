import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../types';
import { financeMentions, withFinanceMentions, type FinanceOptions } from './index';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { text: name, type, start, end: start + name.length };
};

const NEWS: FinanceOptions = { regionalNews: true };

const cases: { label: string; text: string; existing: (text: string) => Mention[]; names: string[]; types?: string[]; options?: FinanceOptions }[] = [
  { label: 'a known short name from the lexicon', text: '腾讯与京东宣布在长沙共建物流中心。', existing: () => [], names: ['腾讯', '京东'] },
  { label: 'stem and industry word', text: '湘江水泥与株洲化工签订供货协议。', existing: () => [], names: ['湘江水泥', '株洲化工'] },
  { label: 'a place the tagger saw inside a company name gives way', text: '岳阳啤酒今日公告。', existing: (t) => [at(t, '岳阳', 'Place')], names: ['岳阳啤酒'] },
  { label: 'a name before its stock code', text: '据悉，湘岳纺机（600123）拟出资入股。', existing: () => [], names: ['湘岳纺机'] },
  { label: 'a time word before the announcement is not part of the name', text: '湘电股份昨日发布公告称将扩产。', existing: () => [], names: ['湘电股份'] },
  { label: 'half an industry word cut off by the tagger goes', text: '华湘集团增持郴电控股权。', existing: (t) => [at(t, '华湘集团', 'Company'), at(t, '郴电控', 'Company')], names: ['华湘集团', '郴电'] },
  { label: 'a whole 控股 before 股东 names the holder, not the company', text: '湘源电力控股股东华湘集团今日增持。', existing: (t) => [at(t, '湘源电力控股', 'Company'), at(t, '华湘集团', 'Company')], names: ['湘源电力', '华湘集团'] },
  { label: 'a whole 控股 before 子公司 names the parent', text: '据悉，湘源电力控股子公司拟出资入股。', existing: (t) => [at(t, '湘源电力控股', 'Company')], names: ['湘源电力'] },
  { label: 'a name ending in 控股 before other words keeps it', text: '湘投控股的股东大会通过了收购议案。', existing: (t) => [at(t, '湘投控股', 'Company')], names: ['湘投控股'] },
  { label: 'the rest of a stake is no part of the name', text: '华湘集团将择机收购湘源科技余下<N>%的股权。', existing: (t) => [at(t, '华湘集团', 'Company'), at(t, '湘源科技余下', 'Company')], names: ['华湘集团', '湘源科技'] },
  { label: 'an ordinal after a name is not part of it', text: '华湘集团今年增持，郴电科技第3条产线投产。', existing: (t) => [at(t, '华湘集团', 'Company'), at(t, '郴电科技第', 'Company')], names: ['华湘集团', '郴电科技'] },
  { label: 'a slot only a company fills retypes an institution of the same span', text: '竹材在湘竹、竹之源间实现循环利用。', existing: (t) => [at(t, '湘竹', 'Institution'), at(t, '竹之源', 'Company')], names: ['湘竹', '竹之源'], types: ['Company', 'Company'] },
  { label: 'the ST mark is not part of the name', text: '*ST湘钨发布公告称将重组。', existing: () => [], names: ['湘钨'] },
  { label: 'a Latin brand, not an acronym', text: 'Uber的CEO访问长沙，与OPPO商谈合作。', existing: () => [], names: ['Uber', 'OPPO'] },
  { label: 'in finance news a Latin name after a firm is a brand', text: '青禾公司推出了Galexa，与蓝湾合作。', existing: (t) => [at(t, '青禾公司', 'Company'), at(t, '蓝湾', 'Company')], names: ['青禾公司', 'Galexa', '蓝湾'] },
  { label: 'in regional news a Latin name no frame makes a firm is a product', text: '青禾公司推出了Galexa，与蓝湾合作。', existing: (t) => [at(t, '青禾公司', 'Company'), at(t, '蓝湾', 'Company')], names: ['青禾公司', '蓝湾'], options: NEWS },
  { label: 'in regional news a model with digits after its maker is a product', text: '青禾公司发布Galexa2010软件。', existing: (t) => [at(t, '青禾公司', 'Company')], names: ['青禾公司'], options: NEWS },
  { label: 'in regional news a Latin name after a country is a foreign firm', text: '蓝湾公司与德国Velkor签订供货协议。', existing: (t) => [at(t, '蓝湾公司', 'Company'), at(t, '德国', 'Place')], names: ['蓝湾公司', '德国', 'Velkor'], options: NEWS },
  { label: 'in regional news a Latin name beside a firm in a list is a firm', text: '供应商包括青禾、Velkor等公司。', existing: (t) => [at(t, '青禾', 'Company')], names: ['青禾', 'Velkor'], options: NEWS },
  { label: "in regional news a Latin name in brackets after a Chinese name is its original", text: '青禾公司总裁钱立刚(Gary Qian)表示将扩产。', existing: (t) => [at(t, '青禾公司', 'Company'), at(t, '钱立刚', 'Person')], names: ['青禾公司', '钱立刚', 'Gary Qian'], options: NEWS },
  { label: 'in finance news a place and an industry word are a listed firm', text: '今年，湖南水泥与青禾汽车签订供货协议。', existing: () => [], names: ['湖南水泥', '青禾汽车'] },
  { label: "in regional news a place and an industry word are the place's industry", text: '今年，湖南水泥与青禾汽车签订供货协议。', existing: () => [], names: ['青禾汽车'], options: NEWS },
  { label: 'in finance news a common word and an industry word are a listed firm', text: '今年，高端汽车与青禾汽车签订供货协议。', existing: () => [], names: ['高端汽车', '青禾汽车'] },
  { label: 'in regional news a common word and an industry word are a phrase', text: '今年，高端汽车与青禾汽车签订供货协议。', existing: () => [], names: ['青禾汽车'], options: NEWS },
  { label: 'in regional news a place and a common word before an industry word are a phrase', text: '今年，中国葡萄酒业与青禾汽车签订供货协议。', existing: () => [], names: ['青禾汽车'], options: NEWS },
  { label: 'a sentence that does not talk business is left alone', text: '村民们在湘江边散步，一辆Uber停在长沙水泥厂门口。', existing: () => [], names: [] },
  { label: 'a head glued before a known name goes', text: '据悉，保险巨头中国平安拟出资入股。', existing: (t) => [at(t, '保险巨头中国平安', 'Company')], names: ['中国平安'] },
  { label: 'a province before a known name stays part of the tagged name', text: '据悉，湖南华菱此次将以现金收购股权。', existing: (t) => [at(t, '湖南华菱', 'Company')], names: ['湖南华菱'] },
  { label: 'a known name does not swallow the branch it heads', text: '招商银行长沙分行与湘江集团签约。', existing: (t) => [at(t, '招商银行长沙分行', 'Company')], names: ['招商银行长沙分行', '湘江集团'] },
  { label: 'a tagged span running two names together is split', text: '星沙集团旗下麓谷置业有限公司开业。', existing: (t) => [at(t, '星沙集团旗下麓谷置业有限公司', 'Company')], names: ['星沙集团', '麓谷置业有限公司'] },
  { label: 'a registered full name the tagger found stands', text: '湖南鑫能实业有限公司落户郴州。', existing: (t) => [at(t, '湖南鑫能实业有限公司', 'Company'), at(t, '郴州', 'Place')], names: ['湖南鑫能实业有限公司', '郴州'] },
  { label: 'a dateline glued to a name is cut off', text: '12月7日电湘中集团今日签约。', existing: (t) => [at(t, '日电湘中集团', 'Company')], names: ['湘中集团'] },
  { label: 'the companies behind a signed project list, without phase or expansion words', text: '上半年，园区便签约湘粤电子（三期）、汝城康宏医疗器械、永旺实业技改等5个项目。', existing: () => [], names: ['湘粤电子', '汝城康宏医疗器械', '永旺实业'] },
  { label: 'a list of projects not closed by a count is left alone', text: '园区签约了厂房、道路、绿化。', existing: () => [], names: [] },
  { label: 'both ends of a supplier ranking', text: '今年，资兴瑞达跻身广汽一级供应商。', existing: () => [], names: ['资兴瑞达', '广汽'] },
  { label: 'partners paired off before a cooperation verb are companies', text: '园区内，湘丰与岳泰、湘源与华湘形成紧密协作。', existing: (t) => [at(t, '岳泰', 'Person'), at(t, '华湘', 'Person')], names: ['湘丰', '岳泰', '湘源', '华湘'] },
  { label: 'a project list before its verb, without the numbered facility', text: '半个月内，湘中锂能、300兆瓦光伏电站等5个重大项目集中签约。', existing: () => [], names: ['湘中锂能'] },
  { label: 'the words of a quoted motto are no names', text: '县人民医院职工牢记“仁心、精医、守正、笃行”院训。', existing: (t) => [at(t, '精医', 'Institution'), at(t, '守正', 'Institution'), at(t, '笃行”院', 'Institution')], names: [] },
  { label: 'a quote glued to a name is cut off', text: '大家都说“湘江茶业”名不虚传。', existing: (t) => [at(t, '湘江茶业”', 'Company')], names: ['湘江茶业'] },
  { label: 'a known name cutting through a word is no name', text: '集中行动后，英国新政府与银行签订协议。', existing: () => [], names: [] },
  { label: 'a verb or time word before an industry word opens no name', text: '监管部门要求商业银行当前银行业务与公司分开。', existing: () => [], names: [] },
  { label: 'a name opening with a numeral character jieba splits off', text: '上游的包装配套企业‘九星科技’很快就跟了过来。', existing: () => [], names: ['九星科技'] },
  { label: 'an optics maker, its first character read as a place', text: '华润三九、岳麓光学建成智能工厂。', existing: (t) => [at(t, '岳', 'Place')], names: ['华润三九', '岳麓光学'] },
  { label: 'two firms goods flow between', text: '竹材在湘竹、楠竹源间实现循环利用。', existing: (t) => [at(t, '湘竹', 'Institution')], names: ['湘竹', '楠竹源'] },
  { label: 'two firms goods flow between, with 之间', text: '废料在岳泰与华湘之间流转。', existing: () => [], names: ['岳泰', '华湘'] },
  { label: 'a known name in a sentence about factories', text: '华润三九、湘江电子建成智能工厂。', existing: (t) => [at(t, '华润', 'Institution')], names: ['华润三九', '湘江电子'] },
];

for (const c of cases) {
  test(`finance mentions: ${c.label}`, () => {
    const merged = withFinanceMentions(c.text, c.existing(c.text), undefined, c.options);
    assert.deepEqual(merged.map((m) => m.text), c.names);
    if (c.types) assert.deepEqual(merged.map((m) => m.type), c.types);
    for (const m of merged) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}

test('finance mentions: removed mentions are the very objects passed in, and nothing is added twice', () => {
  const text = '岳阳啤酒与腾讯合作。';
  const place = at(text, '岳阳', 'Place');
  const company = at(text, '腾讯', 'Company');
  const { add, remove } = financeMentions(text, [place, company]);
  assert.deepEqual(remove, [place]);
  assert.deepEqual(add.map((m) => [m.text, m.type]), [['岳阳啤酒', 'Company']]);
});
