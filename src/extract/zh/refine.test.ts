import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkup as parse } from '../../../test/support/markup';
import { refineMentions } from './refine';

const cases: { label: string; markup: string; expected: string[] }[] = [
  { label: 'a zone keeps its name', markup: '[郴州|L]经开区招商。', expected: ['郴州经开区/Place'] },
  { label: 'a hometown association keeps its chain of places', markup: '[广州市|L][湖南|L][郴州商会|I]到访。', expected: ['广州市湖南郴州商会/Institution'] },
  { label: 'a hometown association the tagger read with its province keeps the host city', markup: '[广州市|L][湖南郴州商会|I]到访。', expected: ['广州市湖南郴州商会/Institution'] },
  { label: 'one place before an association that names none is left apart', markup: '[广州市|L][潮汕商会|I]到访。', expected: ['广州市/Place', '潮汕商会/Institution'] },
  { label: 'a name is cut at an unmatched bracket', markup: '[神经内科（康复|I]医学科。', expected: ['神经内科/Institution'] },
  { label: 'a bracketed part that closes stays', markup: '[华为技术（深圳）有限公司|C]签约。', expected: ['华为技术（深圳）有限公司/Company'] },
  { label: 'a registered company name keeps its place', markup: '[武汉|L][中商团结物流有限公司|C]增资。', expected: ['武汉中商团结物流有限公司/Company'] },
  { label: 'a registered company name cut after its brand is one company', markup: '[北京华立|C][九州医药有限公司|C]转让股权。', expected: ['北京华立九州医药有限公司/Company'] },
  { label: 'a piece of a registered name with no stem takes back the characters left between', markup: '[郴州长航|C]滚装[物流有限公司|C]落户。', expected: ['郴州长航滚装物流有限公司/Company'] },
  { label: 'a piece with a stem of its own stays apart across a gap', markup: '[郴州长航|C]滚装[湘南穆拉德生物科技有限公司|C]签约。', expected: ['郴州长航/Company', '湘南穆拉德生物科技有限公司/Company'] },
  { label: 'no gap is bridged across a list mark', markup: '[郴州长航|C]、[物流有限公司|C]签约。', expected: ['郴州长航/Company', '物流有限公司/Company'] },
  { label: 'a registered name whose legal form the tagger left out but its 公司 is one company', markup: '[湘电|C]财务有限责任[公司|C]增资。', expected: ['湘电财务有限责任公司/Company'] },
  { label: 'a 公司 after 的 and a legal form is no piece of the name before', markup: '由[湘电|C]控股的有限责任[公司|C]创办。', expected: ['湘电/Company'] },
  { label: 'the bare word 公司 before a registered name is its parent, not its start', markup: '旗下[公司|C][湘南穆拉德生物科技有限公司|C]投产。', expected: ['湘南穆拉德生物科技有限公司/Company'] },
  { label: 'a firm listed among institutions stays a company', markup: '与[湘潭大学|I]、[湘江科技|I]等单位合作。', expected: ['湘潭大学/Institution', '湘江科技/Company'] },
  { label: 'a one-character person jieba reads as a verb is no person', markup: '园区企业也“老[树|P]发新枝”，[老陈|P]说。', expected: ['老陈/Person'] },
  { label: 'a surname standing for someone stays a person', markup: '推荐[袁|P]任县计生委主任。', expected: ['袁/Person'] },
  { label: 'a category word is not a name', markup: '推动[公立医院|I]高质量发展，[湘潭市第二人民医院|I]先行。', expected: ['湘潭市第二人民医院/Institution'] },
  { label: 'a kind of body written bare names none', markup: '据[国际环保组织|I]调查，请求[人民法院|I]确认，[桂阳县人民法院|I]受理。', expected: ['桂阳县人民法院/Institution'] },
  { label: 'a place read with an association suffix is the association', markup: '[深圳市湖南永州商会|L]到访。', expected: ['深圳市湖南永州商会/Institution'] },
  { label: 'a hospital stays apart from the place before it', markup: '[河北省|L][邯郸市第一医院|I]开诊。', expected: ['河北省/Place', '邯郸市第一医院/Institution'] },
  { label: "a name in brackets after a department is the department's field", markup: '医院神经内科（[康复|P]）通过评审，[李鑫|P]（主任医师）出席。', expected: ['李鑫/Person'] },
  { label: 'a span cut back to a blanked dateline before a bracket names nothing', markup: '[      （邹明轩|C] 贺雨桐）报道。', expected: [] },
  { label: 'a name in brackets after anything else stays', markup: '本报记者（[周磊|P]）报道。', expected: ['周磊/Person'] },
  { label: "a department after a firm's registered name is no part of it", markup: '[株洲云帆功率器件有限公司采购部|C]负责人说。', expected: ['株洲云帆功率器件有限公司/Company'] },
  { label: 'a branch after a registered name stays one name', markup: '[云帆科技有限公司长沙分公司|C]开业。', expected: ['云帆科技有限公司长沙分公司/Company'] },
  { label: "a village's party branch read as a place is an institution", markup: '[漳江街道三板桥村党支部|L]书记说。', expected: ['漳江街道三板桥村党支部/Institution'] },
  { label: 'a level character written twice opens the next word', markup: '把[花桥村村|L]道纳入规划。', expected: ['花桥村/Place'] },
  { label: 'a common word run on after a zone is cut off', markup: '[株洲高新区新材料|L]项目开工。', expected: ['株洲高新区/Place'] },
  { label: 'a common word run on after a city is cut off', markup: '[益阳市县域|L]医共体建设。', expected: ['益阳市/Place'] },
  { label: "a zone's own park keeps its name", markup: '[园区新材料产业园|L]开园。', expected: ['园区新材料产业园/Place'] },
  { label: "a hall named after a province keeps its name", markup: '会议在[辽宁厅|L]举行。', expected: ['辽宁厅/Place'] },
  { label: "a body's outpatient building is the body", markup: '[马迹塘镇中心卫生院门诊|L]楼前排起了队。', expected: ['马迹塘镇中心卫生院/Institution'] },
  { label: "a cooperative named after its place is a firm", markup: '来自[平江县幕阜山|L]茶叶专业合作社等主体。', expected: ['平江县幕阜山茶叶专业合作社/Company'] },
  { label: "a health centre named after its street is a public body", markup: '向汉寿县[龙阳街道|L]社区卫生服务中心捐赠设备。', expected: ['龙阳街道社区卫生服务中心/Institution'] },
  { label: 'a cooperative word past a clause mark is not the place\'s', markup: '[平江县|L]，茶叶合作社增收。', expected: ['平江县/Place'] },
  { label: 'a country read as an organisation is a place', markup: '产品进入[哈萨克斯坦|I]。', expected: ['哈萨克斯坦/Place'] },
  { label: "a hospital's unit read as a place is an institution", markup: '[马迹塘镇中心卫生院门诊|L]今日开诊。', expected: ['马迹塘镇中心卫生院门诊/Institution'] },
  { label: 'a hospital read as a person is an institution', markup: '[醴陵市中心医院|P]与[湘江电子|C]合作。', expected: ['醴陵市中心医院/Institution', '湘江电子/Company'] },
  { label: 'a hospital read as a place is an institution', markup: '[醴陵市中心医院|L]开诊。', expected: ['醴陵市中心医院/Institution'] },
  { label: 'a registered firm read as a person is a company', markup: '[云帆达有限公司|P]投产。', expected: ['云帆达有限公司/Company'] },
  { label: 'a person addressed by the one-character ending of a bureau stays a person', markup: '[李局|P]说。', expected: ['李局/Person'] },
  { label: 'a public body read as a company is an institution', markup: '[桃源县农业农村局|C]与[湘江电子|C]签约。', expected: ['桃源县农业农村局/Institution', '湘江电子/Company'] },
  { label: 'the country inside a national campaign is no place', markup: '在健康[中国|L]建设中，[湘潭市|L]推进“美丽[中国|L]”行动。', expected: ['湘潭市/Place'] },
  { label: 'the country named on its own stays a place', markup: '该产品销往[中国|L]各地。', expected: ['中国/Place'] },
  { label: 'the eponym of a disease is no mention', markup: '开设[阿尔茨海默|L]病门诊，[帕金森|P]综合征专病门诊。', expected: [] },
  { label: 'a person falling ill stays a person', markup: '[李鑫|P]病了也坚持，[王强|P]病情稳定。', expected: ['李鑫/Person', '王强/Person'] },
  { label: 'a short company name stays apart from a place before it', markup: '[长沙|L][湘江科技|C]上市。', expected: ['长沙/Place', '湘江科技/Company'] },
];

for (const c of cases) {
  test(`refineMentions: ${c.label}`, () => {
    const { text, mentions } = parse(c.markup);
    assert.deepEqual(refineMentions(text, mentions).map((m) => `${m.text}/${m.type}`), c.expected);
  });
}
