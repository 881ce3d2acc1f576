import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { splitPage } from './index';

const page = readFileSync(new URL('./fixtures/page-four-and-fragment.txt', import.meta.url), 'utf8');
const articles = splitPage(page, 'fixtures/page-four-and-fragment.txt');

describe('splitPage on a page of four articles and a fragment', () => {
  it('finds every article, fragment included', () => assert.equal(articles.length, 4));

  const cases = [
    {
      label: 'markdown headline after a series kicker, subtitle and standalone byline',
      index: 0,
      title: '醴陵陶瓷产业园再扩容',
      authors: ['罗嘉欣', '曹文涛', '邹明'],
      lines: ['醴陵陶瓷产业园再扩容', '湘江潮涌·县域经济巡礼③', '——三家龙头企业追加投资21亿元', '湖南华瓷新材料有限公司窑炉车间。(醴陵市委宣传部供图)'],
    },
    {
      label: 'bold headline under a kicker; byline closing the last paragraph',
      index: 1,
      title: '衡山县把健康服务送到家门口',
      authors: ['贺兰', '易锋'],
      lines: ['衡山县把健康服务送到家门口', '县医院专家进村坐诊'],
    },
    {
      label: 'headline printed in the middle of its body',
      index: 2,
      title: '株洲三中劳动课走出教室进田间',
      authors: ['聂青'],
      lines: ['株洲三中劳动课走出教室进田间', '新学期以来，株洲市第三中学把劳动教育写进课表，每周安排一节农耕实践课，学生们在校园菜地里种下了萝卜和白菜。', '课程共建：校外基地，各方联动'],
    },
    {
      label: 'headless fragment titled by its first clause',
      index: 3,
      title: '进一步完善企业服务专员制度',
      authors: ['万倩', '熊思雨'],
      lines: ['进一步完善企业服务专员制度'],
    },
  ];
  for (const c of cases) {
    it(c.label, () => {
      const article = articles[c.index]!;
      assert.equal(article.index, c.index);
      assert.equal(article.title, c.title);
      assert.deepEqual(article.authors, c.authors);
      assert.deepEqual(article.text.split('\n').slice(0, c.lines.length), c.lines);
      assert.equal(article.lang, 'zh');
      assert.match(article.id, /^[0-9a-f]{16}$/u);
      assert.doesNotMatch(article.text, /^#|\*\*|[（(][^）)]*(?:罗嘉欣|贺兰|聂青|万倩)/mu);
    });
  }

  it('keeps the body of the mid-body-headline article together, in order, headline removed', () => {
    const lines = articles[2]!.text.split('\n');
    assert.equal(lines.filter((line) => line === '株洲三中劳动课走出教室进田间').length, 1);
    assert.ok(lines.indexOf('课程共建：校外基地，各方联动') < lines.findIndex((line) => line.startsWith('校长伍晓东说')));
  });

  it('rejoins a paragraph broken across layout lines', () => {
    assert.ok(
      articles[1]!.text.includes(
        '10月以来，衡山县人民医院组织12支医疗队轮流下乡，深入开云镇、店门镇等地的偏远村组，为留守老人提供体检、慢病随访和用药指导服务。截至目前，医疗队已服务群众4800余人次。\n',
      ),
    );
  });

  it('gives every article its own id', () => assert.equal(new Set(articles.map((a) => a.id)).size, articles.length));
});

describe('pages without closing bylines', () => {
  const markdownPage = '# 湘江新区新增三家企业\n\n刘洋 陈静\n\n今年以来，新区新增企业三家。\n\n县域观察\n\n# 攸县油茶产业提质增效\n\n黄磊\n\n攸县油茶林面积达到十万亩。';
  it('split at each level-1 headline, the kicker above it going with it', () => {
    assert.deepEqual(
      splitPage(markdownPage, 'x').map(({ title, authors, text }) => ({ title, authors, text })),
      [
        { title: '湘江新区新增三家企业', authors: ['刘洋', '陈静'], text: '湘江新区新增三家企业\n今年以来，新区新增企业三家。' },
        { title: '攸县油茶产业提质增效', authors: ['黄磊'], text: '攸县油茶产业提质增效\n县域观察\n攸县油茶林面积达到十万亩。' },
      ],
    );
  });
});

describe('layout line breaks', () => {
  const cases = [
    { label: 'column lines with clauses are joined without spaces', page: '标题\n\n三湘大地，\n\n稻谷飘香，丰收\n\n在望。', lines: ['标题', '三湘大地，稻谷飘香，丰收在望。'] },
    { label: 'a line holding a sentence end continues', page: '标题\n\n会议结束。随后\n\n代表们参观了园区。', lines: ['标题', '会议结束。随后代表们参观了园区。'] },
    { label: 'a short unpunctuated headline is not joined to the body', page: '园区再添新项目\n\n项目总投资三亿元，明年投产。', lines: ['园区再添新项目', '项目总投资三亿元，明年投产。'] },
    { label: 'a lead-in ending with a dash stays its own paragraph', page: '标题\n\n各方协同发力——\n\n建立联席会议制度。', lines: ['标题', '各方协同发力——', '建立联席会议制度。'] },
    { label: 'hard-wrapped English lines are joined with a space', page: 'Port deal signed\n\nThe operator signed the\nagreement on Monday with the\nport group.', lines: ['Port deal signed', 'The operator signed the agreement on Monday with the port group.'] },
  ];
  for (const c of cases) {
    it(c.label, () => assert.deepEqual(splitPage(c.page, 'inline')[0]!.text.split('\n'), c.lines));
  }
});

describe('bylines, photo credits and authors', () => {
  const cases = [
    { label: 'full-width parentheses on their own line', page: '标题甲\n\n正文一句。\n\n（张伟 李娜）', authors: ['张伟', '李娜'] },
    { label: 'byline with roles, closing the last paragraph', page: '标题乙\n\n正文一句。（记者 王强 通讯员 赵敏）', authors: ['王强', '赵敏'] },
    { label: 'photo credit is not a byline', page: '标题丙\n\n车间一角。（市委宣传部供图）\n\n正文一句。', authors: [] },
    { label: 'photographer credit is not a byline', page: '标题丁\n\n签约现场。（张伟 摄）\n\n正文一句。', authors: [] },
    { label: 'a parenthesis inside a sentence is not a byline', page: '标题戊\n\n康复科（二期）项目开工。', authors: [] },
    { label: 'standalone names line after the headline', page: '# 标题己\n\n刘洋 陈静 黄磊\n\n正文一句。', authors: ['刘洋', '陈静', '黄磊'] },
    { label: 'a spaced phrase before the headline is a kicker, not names', page: '接地气 有温度\n\n**标题庚**\n\n正文一句。', authors: [] },
    { label: 'parenthesised byline under the headline opens the article', page: '# 标题壬\n\n（记者 欧阳晨 通讯员 廖雅婷）\n\n正文一句。\n\n正文两句。', authors: ['欧阳晨', '廖雅婷'] },
    { label: 'dateline credit 本报讯（记者 …）', page: '标题辛\n\n本报讯（记者 周洁）近日，项目开工。', authors: ['周洁'] },
    { label: 'English By line', page: 'A headline\n\nBy Li Na and Tom Becker\n\nThe body starts here.', authors: ['Li Na', 'Tom Becker'] },
  ];
  for (const c of cases) {
    it(c.label, () => {
      const found = splitPage(c.page, 'inline');
      assert.equal(found.length, 1);
      assert.deepEqual(found[0]!.authors, c.authors);
    });
  }
});

describe('ids, language and dates', () => {
  it('keeps ids under whitespace changes: CRLF, blank lines, indentation, trailing and inner spaces', () => {
    const reflowed = page
      .replace(/\n/gu, '\r\n\r\n')
      .replace(/^(?=10月9日)/mu, '\u3000\u3000')
      .replace('总投资21亿元。', '总投资 21 亿元。  ');
    assert.deepEqual(splitPage(reflowed, 'other/source.txt').map((a) => a.id), articles.map((a) => a.id));
  });

  it('changes the id of an edited article and only that one', () => {
    const edited = splitPage(page.replace('4800余人次', '4900余人次'), 'x').map((a) => a.id);
    assert.deepEqual(edited.map((id, i) => id === articles[i]!.id), [true, false, true, true]);
  });

  const langs = [
    { label: 'Chinese with some Latin letters', text: '标题\n\n园区引进MDT团队和AI平台，服务企业。', lang: 'zh' },
    { label: 'English with a Chinese name', text: 'Headline\n\nThe Liuyang zone (浏阳) signed a deal with the chamber.', lang: 'en' },
  ];
  for (const c of langs) it(`lang: ${c.label}`, () => assert.equal(splitPage(c.text, 'x')[0]!.lang, c.lang));

  const dates = [
    { label: 'Chinese dateline', text: '标题\n\n本报长沙2025年12月8日讯 项目开工。', published: '2025-12-08' },
    { label: 'page date line on top', text: '2025年3月5日 星期三\n\n标题\n\n正文一句。', published: '2025-03-05' },
    { label: 'English dateline', text: 'Headline\n\nCHANGSHA, Dec. 8, 2025 — The zone signed.', published: '2025-12-08' },
    { label: 'no year stated', text: '标题\n\n12月7日，推介会举行。', published: undefined },
    { label: 'impossible date', text: '标题\n\n2025年2月30日，推介会举行。', published: undefined },
  ];
  for (const c of dates) it(`published: ${c.label}`, () => assert.equal(splitPage(c.text, 'x')[0]!.published, c.published));
});
