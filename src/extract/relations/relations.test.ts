import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention, Relation } from '../types';
import { parseMarkup as parse } from '../../../test/support/markup';
import { extractRelations, splitSentences } from './index';

function render(r: Relation, mentions: Mention[]): string {
  const ends = [mentions[r.source]!.text, mentions[r.target]!.text];
  if (r.type === 'CO_MENTIONED') ends.sort();
  const props = Object.entries(r.props ?? {}).sort().map(([k, v]) => ` ${k}=${v}`).join('');
  return `${ends[0]} ${r.type} ${ends[1]}${props}`;
}

const cases: { label: string; lang?: 'zh' | 'en'; markup: string; expected: string[] }[] = [
  { label: 'pair signing', markup: '[郴州经开区|L]与[长沙市湖北商会|I]签订战略合作协议。', expected: ['郴州经开区 SIGNED_WITH 长沙市湖北商会'] },
  { label: 'zone signs a list of projects, dated', markup: '12月7日，[郴州经开区|L]集中签约[优铂斯新材料|C]、[宏艺康复|C]、[鑫能实业|C]扩产等6个项目。', expected: ['郴州经开区 SIGNED_WITH 优铂斯新材料 date=2024-12-07', '郴州经开区 SIGNED_WITH 宏艺康复 date=2024-12-07', '郴州经开区 SIGNED_WITH 鑫能实业 date=2024-12-07'] },
  { label: 'a subject a few words before 为 supplies what the verb serves', markup: '[远航电机|C]建成后将为[比亚迪|C]、[吉利|C]等整车企业配套。', expected: ['远航电机 SUPPLIES 比亚迪', '远航电机 SUPPLIES 吉利'] },
  { label: 'a subject far before 为 is not read as its supplier', markup: '[远航电机|C]在长沙完成二期扩建以后为[比亚迪|C]配套。', expected: ['比亚迪 CO_MENTIONED 远航电机'] },
  { label: 'a clause relying on a firm takes the subject of the sentence before', markup: '[宜章经开区|L]着力打造产业集群。围绕龙头企业延伸链条，依托[星河科技|C]引进配套项目。', expected: ['宜章经开区 PARTNERS_WITH 星河科技'] },
  { label: 'two hospitals forming a medical alliance are partners', markup: '[醴陵市中心医院|I]与[渌口区人民医院|I]组建紧密型医联体。', expected: ['醴陵市中心医院 PARTNERS_WITH 渌口区人民医院'] },
  { label: 'coordinated pairs are two pairs, not a clique', markup: '[晶盛|C]与[金宏|C]、[优铂斯|C]与[富创伟|C]形成紧密协作。', expected: ['晶盛 PARTNERS_WITH 金宏', '优铂斯 PARTNERS_WITH 富创伟'] },
  { label: 'a chain through one company links its two ends', markup: '[湘江集团|C]与[长沙银行|C]签约，[长沙银行|C]旗下的[岳麓新材|C]将参与建设。', expected: ['湘江集团 SIGNED_WITH 长沙银行', '长沙银行 OWNS 岳麓新材', '岳麓新材 CO_MENTIONED 湘江集团'] },
  { label: 'adverbs before 与 still make a star: the one before it signs with each of the list, never the list within itself', markup: '[青禾集团|C]就曾与[蓝湾科技|C]、[桂阳实业|C]、[盛达稀土|C]等3家企业签署了合作协议。', expected: ['青禾集团 SIGNED_WITH 蓝湾科技', '青禾集团 SIGNED_WITH 桂阳实业', '青禾集团 SIGNED_WITH 盛达稀土'] },
  { label: 'three-party list is a clique', markup: '[星沙药业|C]、[岳麓科技|C]和[湘江物流|C]签约共建产业园。', expected: ['星沙药业 SIGNED_WITH 岳麓科技', '星沙药业 SIGNED_WITH 湘江物流', '岳麓科技 SIGNED_WITH 湘江物流'] },
  { label: 'a list whose members each act (均) has no pair within it', markup: '[华菱集团|C]的子公司[湘钢股份|C]、[衡钢股份|C]和[涟钢股份|C]均已签约。', expected: ['华菱集团 OWNS 湘钢股份', '华菱集团 OWNS 衡钢股份', '华菱集团 OWNS 涟钢股份'] },
  { label: 'a list acting 分别与 one partner pairs each member with it alone', markup: '[湘钢股份|C]与[衡钢股份|C]分别与[华菱集团|C]签约。', expected: ['湘钢股份 SIGNED_WITH 华菱集团', '衡钢股份 SIGNED_WITH 华菱集团'] },
  { label: 'a list acting 分别与 a list pairs across the two lists only', markup: '[湘钢股份|C]、[衡钢股份|C]分别与[华菱集团|C]、[湘电集团|C]签订合作协议。', expected: ['湘钢股份 SIGNED_WITH 华菱集团', '湘钢股份 SIGNED_WITH 湘电集团', '衡钢股份 SIGNED_WITH 华菱集团', '衡钢股份 SIGNED_WITH 湘电集团'] },
  { label: 'one before 与 signs with each of the list after it, which sign nothing among themselves', markup: '[郴州经开区|L]与[湘钢股份|C]、[衡钢股份|C]签约。', expected: ['郴州经开区 SIGNED_WITH 湘钢股份', '郴州经开区 SIGNED_WITH 衡钢股份'] },
  { label: 'a name holding the next one (下属公司) is no member of the list before', markup: '[招商地产|C]的子公司[瑞嘉投资|C]和[九龙仓集团|C]下属公司[实创投资|C]共同竞得地块。', expected: ['招商地产 OWNS 瑞嘉投资', '九龙仓集团 OWNS 实创投资'] },
  { label: 'investment amount in yuan', markup: '[湖南鑫能实业有限公司|C]拟投资20亿元在[郴州经开区|L]建设新厂。', expected: ['湖南鑫能实业有限公司 INVESTS_IN 郴州经开区 amount=2000000000 currency=CNY'] },
  { label: 'investment with decimal and 万元', markup: '[蓝山资本|C]向[湘粤电子|C]注资3500.5万元。', expected: ['蓝山资本 INVESTS_IN 湘粤电子 amount=35005000 currency=CNY'] },
  { label: 'joint investors invest and partner', markup: '[湘投控股|C]与[华菱集团|C]共同投资[湘潭新材料|C]。', expected: ['湘投控股 INVESTS_IN 湘潭新材料', '华菱集团 INVESTS_IN 湘潭新材料', '湘投控股 PARTNERS_WITH 华菱集团'] },
  { label: 'shareholder noun, reversed', markup: '[华湘创投|C]是[郴电科技|C]的第一大股东。', expected: ['华湘创投 INVESTS_IN 郴电科技'] },
  { label: 'supplier across clauses', markup: '[科远达|C]深耕汽车零部件，已成为[奇瑞|C]的一级供应商。', expected: ['科远达 SUPPLIES 奇瑞'] },
  { label: 'supplies with preposition', markup: '[永兴冶炼|C]长期为[株洲硬质合金|C]配套。', expected: ['永兴冶炼 SUPPLIES 株洲硬质合金'] },
  { label: 'won a bid', markup: '[湘建集团|C]中标[郴州市第一人民医院|I]新院区项目。', expected: ['湘建集团 SUPPLIES 郴州市第一人民医院'] },
  { label: 'order from a customer', markup: '[衡阳特变|C]获得[国家电网|C]订单。', expected: ['衡阳特变 SUPPLIES 国家电网'] },
  { label: 'supplier noun after a rank', markup: '[科远达|C]成功跻身[奇瑞|C]一级供应商。', expected: ['科远达 SUPPLIES 奇瑞'] },
  { label: 'bracketed aside inside a list', markup: '[郴州经开区|L]签约[优铂斯新材料|C]（二期）、[宏艺康复|C]等项目。', expected: ['郴州经开区 SIGNED_WITH 优铂斯新材料', '郴州经开区 SIGNED_WITH 宏艺康复'] },
  { label: 'a first-person quote speaks for the organisation named after it', markup: '“我们投产后，下游的配套企业‘[永泰包装|C]’也搬了过来。”[湘南药业|C]相关负责人说。', expected: ['永泰包装 SUPPLIES 湘南药业'] },
  { label: 'a supplier noun with no holder outside a quote links nothing', markup: '[郴州经开区|L]全力招商。\n配套企业[永泰包装|C]也已投产。', expected: [] },
  { label: 'companies building plants in a report on a zone lie in the zone', markup: '[郴州经开区|L]全力推进智能制造。\n[华润三九|C]、[阿秒光学|C]建成智能工厂。', expected: ['华润三九 LOCATED_IN 郴州经开区', '阿秒光学 LOCATED_IN 郴州经开区'] },
  { label: 'a plant built with no zone or county in view lies nowhere', markup: '[华润三九|C]建成智能工厂。', expected: [] },
  { label: 'material flowing between two companies links them', markup: '竹材在[万华|C]、[竹之源|C]间实现循环利用。', expected: ['万华 SUPPLIES 竹之源'] },
  { label: 'a zone building on research platforms partners with each', markup: '[郴州经开区|L]依托[湘南学院生物医药中试基地|I]、[郴江实验室|I]等创新平台吸引研发团队。', expected: ['郴州经开区 PARTNERS_WITH 湘南学院生物医药中试基地', '郴州经开区 PARTNERS_WITH 郴江实验室'] },
  { label: 'village party secretary', markup: '[石门村|L]党总支书记[周建国|P]宣讲政策。', expected: ['周建国 WORKS_AT 石门村 post=党总支书记'] },
  { label: 'a post held in a department of the organisation before', markup: '[青禾集团|C]教育产业运营总监[钱立刚|P]出席。', expected: ['钱立刚 WORKS_AT 青禾集团 post=教育产业运营总监'] },
  { label: 'a department named as a body of its own is no post at the one before', markup: '[青禾大学|I]附属医院院长[钱立刚|P]出席。', expected: ['钱立刚 CO_MENTIONED 青禾大学'] },
  { label: 'goes to serve as first secretary', markup: '[李明|P]赴[城乡卫生院|I]担任“第一书记”。', expected: ['李明 WORKS_AT 城乡卫生院 post=第一书记'] },
  { label: 'a clause opening with 同时与B after a semicolon takes the earlier subject', markup: '[桃江县人民医院|I]与[湘中大学|I]签订协议；同时与[康瑞医疗|C]合作建设智慧病房。', expected: ['桃江县人民医院 SIGNED_WITH 湘中大学', '桃江县人民医院 PARTNERS_WITH 康瑞医疗'] },
  { label: "a sentence taking up the event before links what it names to that event's actor", markup: '[王明|P]赴[花桥镇卫生院|I]推动一体化管理落地。该案例入选[湖南省医院协会|I]年度案例。', expected: ['湖南省医院协会 CO_MENTIONED 王明', '王明 CO_MENTIONED 花桥镇卫生院'] },
  { label: 'a sentence that does not take up the event stays apart', markup: '[王明|P]赴[花桥镇卫生院|I]推动一体化管理落地。[湖南省医院协会|I]召开年会。', expected: ['王明 CO_MENTIONED 花桥镇卫生院'] },
  { label: 'a clause opening with the bare noun of an organisation named before has it for subject', markup: '[常德市第一人民医院|I]开展义诊。赵红梅介绍，医院还将与[湖南中医药大学第一附属医院|I]共建专科联盟。', expected: ['常德市第一人民医院 PARTNERS_WITH 湖南中医药大学第一附属医院'] },
  { label: 'a clause opening with the bare noun of a registered name invests in the place after 在', markup: '[美联家居集团有限公司|C]董事长介绍，集团计划在[邵东经济开发区|L]投资15亿元建设产业园。', expected: ['美联家居集团有限公司 INVESTS_IN 邵东经济开发区 amount=1500000000 currency=CNY'] },
  { label: '该公司 opening a sentence is the subject before: its parent owns it, its customers are supplied by it', markup: '[鸿源电子|C]项目竣工投产。该公司是[深圳鸿源集团|C]的全资子公司，产品主要配套[华为|C]、[小米|C]等厂商。', expected: ['深圳鸿源集团 OWNS 鸿源电子', '鸿源电子 SUPPLIES 华为', '鸿源电子 SUPPLIES 小米', '华为 CO_MENTIONED 深圳鸿源集团', '小米 CO_MENTIONED 深圳鸿源集团'] },
  { label: 'sent on, named again as 她 after a time clause', markup: '[王芳|P]，去年秋天起，她被派驻到[石桥镇卫生院|I]担任“第一书记”。', expected: ['王芳 WORKS_AT 石桥镇卫生院 post=第一书记'] },
  { label: 'a plural pronoun is not the person', markup: '[王芳|P]说，他们调到[石桥镇卫生院|I]担任医生。', expected: ['王芳 CO_MENTIONED 石桥镇卫生院'] },
  { label: 'subject carried from an earlier sentence', markup: '[郴州经开区|L]全力招商。\n不到一个月，便签约[优铂斯新材料|C]、[宏艺康复|C]等项目。', expected: ['郴州经开区 SIGNED_WITH 优铂斯新材料', '郴州经开区 SIGNED_WITH 宏艺康复'] },
  { label: 'a project list before its verb ties the projects to the carried subject', markup: '[郴州经开区|L]全力招商。\n半个月内，[湘中锂能|C]、300兆瓦光伏电站等5个重大项目集中签约。', expected: ['湘中锂能 SIGNED_WITH 郴州经开区'] },
  { label: 'projects that settle in, with the carried subject as the place', markup: '[桂阳工业园|L]持续发力。\n[湘源生物|C]等前沿项目相继入驻。', expected: ['湘源生物 LOCATED_IN 桂阳工业园'] },
  { label: 'a list after 与 opening a clause pairs with the institution the bare noun 医院 names again', markup: '[岳阳市中心医院|I]持续改善服务。\n[云溪区人民医院|I]挂靠该院运营，医院主动下沉资源。\n目前还与[湖南理工学院|I]、[华电岳阳|C]等单位搭建健康服务平台。', expected: ['岳阳市中心医院 PARTNERS_WITH 湖南理工学院', '岳阳市中心医院 PARTNERS_WITH 华电岳阳'] },
  { label: 'settles in a zone', markup: '[宏艺康复|C]正式落户[桂阳工业园|L]。', expected: ['宏艺康复 LOCATED_IN 桂阳工业园'] },
  { label: 'starts production in a zone', markup: '[星辰新材料|C]上月在[宜章经开区|L]投产。', expected: ['星辰新材料 LOCATED_IN 宜章经开区'] },
  { label: 'builds its plant in a county', markup: '[远航电机|C]去年在[临武县|L]建厂。', expected: ['远航电机 LOCATED_IN 临武县'] },
  { label: 'adjacent places nest', markup: '[桂阳县|L][黄沙坪街道|L][沙坪村|L]举办丰收节。', expected: ['黄沙坪街道 LOCATED_IN 桂阳县', '沙坪村 LOCATED_IN 黄沙坪街道'] },
  { label: 'organisation, post, person', markup: '[湘潭市第二人民医院|I]副主任医师[李鑫|P]被派驻到[射埠镇卫生院|I]。', expected: ['李鑫 WORKS_AT 湘潭市第二人民医院 post=副主任医师', '李鑫 WORKS_AT 射埠镇卫生院 post=派驻'] },
  { label: 'a roll of organisation, name, post ties each one to the organisation before the name', markup: '[湘南理工学院|I][罗一鸣|P]教授、[岳麓农科所|I][贺二平|P]研究员作报告。', expected: ['罗一鸣 WORKS_AT 湘南理工学院 post=教授', '贺二平 WORKS_AT 岳麓农科所 post=研究员'] },
  { label: 'a roll member after 、 that leaves its organisation out holds the post at the one before', markup: '[岳麓区人民医院|I]院长[石明远|P]、副院长[范秋云|P]一行出席。', expected: ['石明远 WORKS_AT 岳麓区人民医院 post=院长', '范秋云 WORKS_AT 岳麓区人民医院 post=副院长'] },
  { label: 'a roll of officials: each person to the unit just before the title, never across the comma', markup: '[星城农业局|I]主任[邝立新|P]，[湘江师范大学|I]院长[谭静秋|P]参加会议。', expected: ['邝立新 WORKS_AT 星城农业局 post=主任', '谭静秋 WORKS_AT 湘江师范大学 post=院长'] },
  { label: 'a name with no post after it is no roll member', markup: '[湘南理工学院|I][罗一鸣|P]表示支持。', expected: ['湘南理工学院 CO_MENTIONED 罗一鸣'] },
  { label: 'a place after 在 before 与 is where a signing happens, not a party to it', markup: '[湘江集团|C]昨天在[岳麓体育公园|L]与[麓谷物流|C]签约。', expected: ['湘江集团 SIGNED_WITH 麓谷物流', '岳麓体育公园 CO_MENTIONED 麓谷物流', '岳麓体育公园 CO_MENTIONED 湘江集团'] },
  { label: 'a place after 在 is no party when the time before it parts it from the subject', markup: '[湘江集团|C]昨天下午在[岳麓体育公园|L]与[麓谷物流|C]签约。', expected: ['湘江集团 SIGNED_WITH 麓谷物流', '岳麓体育公园 CO_MENTIONED 麓谷物流', '岳麓体育公园 CO_MENTIONED 湘江集团'] },
  { label: 'person, appointed organisation and post', markup: '[张志华|P]任[郴州经开区管委会|I]主任。', expected: ['张志华 WORKS_AT 郴州经开区管委会 post=主任'] },
  { label: 'two posts joined', markup: '[桂阳县人民医院|I]党委书记、院长[陈立|P]介绍了情况。', expected: ['陈立 WORKS_AT 桂阳县人民医院 post=党委书记、院长'] },
  { label: 'works at with 在', markup: '[王芳|P]在[沙坪村卫生室|I]工作多年。', expected: ['王芳 WORKS_AT 沙坪村卫生室'] },
  { label: 'attached hospital', markup: '[雨湖区人民医院|I]挂靠[湘潭市第二人民医院|I]运营。', expected: ['雨湖区人民医院 AFFILIATED_WITH 湘潭市第二人民医院'] },
  { label: 'subordinate unit', markup: '[郴州市卫健委|I]下属的[郴州市疾控中心|I]开展义诊。', expected: ['郴州市疾控中心 AFFILIATED_WITH 郴州市卫健委'] },
  { label: 'sets up a unit', markup: '[湘南学院|I]下设[生物医药中试基地|I]。', expected: ['生物医药中试基地 PART_OF 湘南学院'] },
  { label: 'subsidiary after holder', markup: '[三一集团|C]旗下的[三一重卡|C]发布新车。', expected: ['三一集团 OWNS 三一重卡'] },
  { label: 'subsidiary with copula', markup: '[湘钢物流|C]是[华菱钢铁|C]的全资子公司。', expected: ['华菱钢铁 OWNS 湘钢物流'] },
  { label: 'owns, verb', markup: '[湘投控股|C]控股[湖南发展|C]。', expected: ['湘投控股 OWNS 湖南发展'] },
  { label: 'acquisition with price', markup: '[中联重科|C]拟以8亿元收购[路畅科技|C]。', expected: ['中联重科 ACQUIRES 路畅科技 amount=800000000 currency=CNY'] },
  { label: 'passive acquisition', markup: '[湘楚米业|C]被[金健米业|C]收购。', expected: ['金健米业 ACQUIRES 湘楚米业'] },
  { label: 'competitors', markup: '[长沙银行|C]与[华融湘江银行|C]在县域市场激烈竞争。', expected: ['长沙银行 COMPETES_WITH 华融湘江银行'] },
  { label: 'competitor noun', markup: '[中联重科|C]的老对手[三一重工|C]也在扩产。', expected: ['中联重科 COMPETES_WITH 三一重工'] },
  { label: 'pairing help', markup: '[湘雅二医院|I]对口支援[桂东县人民医院|I]。', expected: ['湘雅二医院 PARTNERS_WITH 桂东县人民医院'] },
  { label: 'no pattern gives co-mention', markup: '[郴州市|L]和[永州市|L]的代表参观了[湘南学院|I]。', expected: ['湘南学院 CO_MENTIONED 郴州市', '永州市 CO_MENTIONED 郴州市', '永州市 CO_MENTIONED 湘南学院'] },
  { label: 'the country in a slogan links nothing by co-mention', markup: '[白石村|L]党支部书记[刘国强|P]围绕美丽[中国|L]建设讲了三点。', expected: ['刘国强 WORKS_AT 白石村 post=党支部书记'] },
  { label: 'a one-character place links nothing by co-mention', markup: '[宜章经开区|L]与[湘南学院|I]共建“[湘|L]南智造谷”。', expected: ['宜章经开区 PARTNERS_WITH 湘南学院'] },
  { label: 'the country still takes a typed link', markup: '[远航电机|C]总部位于[中国|L]。', expected: ['远航电机 LOCATED_IN 中国'] },
  { label: 'trigger inside a mention is no trigger', markup: '[沙坪村合作社|C]和[桂阳县供销社|I]出席。', expected: ['桂阳县供销社 CO_MENTIONED 沙坪村合作社'] },
  { label: 'no link across sentences', markup: '[郴州市|L]召开会议。[湘南学院|I]开学。', expected: [] },
  { label: 'English acquisition with price', lang: 'en', markup: '[Acme Corp.|C] agreed to buy [Beta Ltd.|C] for $2 billion.', expected: ['Acme Corp. ACQUIRES Beta Ltd. amount=2000000000 currency=USD'] },
  { label: 'English post of organisation', lang: 'en', markup: '[Jane Doe|P], chief executive of [Acme|C], spoke.', expected: ['Jane Doe WORKS_AT Acme post=chief executive'] },
  { label: 'English subsidiary', lang: 'en', markup: '[Beta|C], a subsidiary of [Acme|C], grew.', expected: ['Acme OWNS Beta'] },
  { label: 'English located', lang: 'en', markup: '[Gamma Labs|C] is based in [Changsha|L].', expected: ['Gamma Labs LOCATED_IN Changsha'] },
];

for (const c of cases) {
  test(`extractRelations: ${c.label}`, () => {
    const { text, mentions } = parse(c.markup);
    const relations = extractRelations(text, mentions, c.lang ?? 'zh', { published: '2024-12-09' });
    assert.deepEqual(relations.map((r) => render(r, mentions)).sort(), [...c.expected].sort());
    const sentences = splitSentences(text, c.lang ?? 'zh').map((x) => `${x.start}:${x.end}`);
    for (const r of relations) {
      assert.ok(sentences.includes(`${r.start}:${r.end}`), 'evidence is a sentence');
      const covered = [r.source, r.target].filter((i) => r.start <= mentions[i]!.start && mentions[i]!.end <= r.end);
      assert.ok(covered.length >= 1, 'evidence holds at least the end the sentence states');
    }
  });
}
