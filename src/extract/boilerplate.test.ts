import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { boilerplateSpans, maskBoilerplate } from './boilerplate';
import { createExtractor } from './index';
import { beforeBoilerplate } from './surfaces';

// Each text is written for this test; `masked` lists what must be blanked, `kept` what must stay readable.
const cases: Array<{ label: string; text: string; masked: string[]; kept: string[] }> = [
  {
    label: 'an advert script left after the article',
    text: '　　青禾科技今天发布了新手机。\n(function(){\n  var s = document.createElement(\'script\');\n  document.body.appendChild(s);\n})();',
    masked: ['appendChild', 'createElement', 'function'],
    kept: ['青禾科技'],
  },
  {
    label: 'an object literal of a loader script',
    text: '　　青禾科技今天发布了新手机。\n\t\tloader({\n\t\t    require: [\n\t\t\t{\n\t\t\t\turl: "//n.example.cn/finance/fe/doT.min.js",\n\t\t\t\twrap: true\n\t\t\t\tbox:\'list0\',//外层容器\n\t\t\t}\n\t\t    ]\n\t\t});',
    masked: ['require', 'url', 'doT.min.js', 'wrap', 'loader', 'box', '外层容器'],
    kept: ['青禾科技'],
  },
  {
    label: 'a style sheet with selectors and declarations',
    text: '.side-box p{margin:0}\n.side-box p a:visited{color: #4b729f !important;}\n　　北辰银行在杭州开了分行。',
    masked: ['side-box p a', 'color'],
    kept: ['北辰银行', '杭州'],
  },
  {
    label: 'an agency tag opening the body',
    text: '青禾发布新机\n\n远山科技讯 3月2日消息，青禾科技发布了新手机。',
    masked: ['远山科技讯'],
    kept: ['青禾科技'],
  },
  {
    label: 'an agency tag after a reposted post and a zero-width space',
    text: '好开心[偷笑] \u200b远山娱乐讯 3月2日，演员林小禾出席了活动。',
    masked: ['远山娱乐讯'],
    kept: ['林小禾'],
  },
  {
    label: 'a dateline with place and date',
    text: '　　东方网上海3月2日电 青禾科技在上海发布了新手机。',
    masked: ['东方网上海3月2日电'],
    kept: ['青禾科技在上海'],
  },
  {
    label: 'a URL with a full-width colon and a plain one',
    text: '报名：https：//sign.example.com/content_page/abc?x=1 详见www.example.org/a-b。',
    masked: ['sign.example.com/content_page/abc?x=1', 'www.example.org/a-b'],
    kept: ['报名', '详见'],
  },
  {
    label: "a site's tag after a name",
    text: '演员林小禾[微博]和周一鸣[超话]出席了活动。',
    masked: ['[微博]', '[超话]'],
    kept: ['林小禾', '周一鸣'],
  },
  {
    label: "a script's property with Chinese in its quoted value, one read by a quoted key, a block comment",
    text: "\t\ttitle: '青禾科技发布新机',\t//标题\n\t\tvideoList:PAGE_INFO['videoDatas0']\n/* HACK ScrollBox 隐藏\n　　青禾科技在长沙发布了新手机。",
    masked: ['title', '青禾科技发布新机', 'videoDatas0', 'ScrollBox'],
    kept: ['青禾科技在长沙发布了新手机。'],
  },
  {
    label: "a site's reprint notices, labelled alone or with the site's name",
    text: '　　青禾科技在长沙发布了新手机。\n声明：远山网独家稿件，未经授权禁止转载！\n远山声明：此消息系转载自合作单位，远山网登载此文出于传递信息之目的。\n小编注：本文为转载远山博客文章。',
    masked: ['远山网独家稿件', '合作单位', '远山博客'],
    kept: ['青禾科技在长沙发布了新手机。'],
  },
  {
    label: "a site's adverts: the sentences asking to try, download or follow, up to the account's id the scrape ran on",
    text: '　　新品第一时间免费试玩，快来远山众测，体验最好玩的产品吧~！下载客户端还能获得专享福利哦！\n欢迎关注“远山”的微信订阅号：yuanshankeji文/林小禾　青禾科技在长沙发布了新手机。',
    masked: ['新品第一时间', '远山众测', '专享福利', '订阅号', 'yuanshankeji', '文/'],
    kept: ['林小禾　青禾科技在长沙发布了新手机。'],
  },
  {
    label: 'prose that only looks like code stays prose',
    text: 'He said: "We will (again) grow; the plan holds."\nNote: 3 of them agreed\n　　青禾科技（深圳）有限公司；北辰银行。\n通讯员李明说，资讯很多。',
    masked: [],
    kept: ['Note: 3 of them agreed', 'We will (again) grow; the plan holds.', '青禾科技（深圳）有限公司；北辰银行。', '通讯员李明说，资讯很多。'],
  },
  {
    label: "a writer's credit mark opening a bracket or a line",
    text: '青禾科技发布了新手机。（文/林小禾）\n文/周一鸣\n',
    masked: ['文/'],
    kept: ['青禾科技发布了新手机。', '林小禾）', '周一鸣'],
  },
  {
    label: "a firm's statement, a product coming soon and a forum's call to its readers stay prose",
    text: '青禾集团声明：公司将于明日复牌。\n新款游戏本也快来了，令人期待！林小禾《青禾传》的读者们，快来一起讨论吧~',
    masked: [],
    kept: ['青禾集团声明：公司将于明日复牌。', '新款游戏本也快来了', '林小禾《青禾传》的读者们，快来一起讨论吧~'],
  },
];

describe('boilerplate is blanked, prose is kept, offsets stay', () => {
  for (const c of cases) {
    test(c.label, () => {
      const masked = maskBoilerplate(c.text);
      assert.equal(masked.length, c.text.length, 'same length');
      for (const part of c.masked) assert.ok(!masked.includes(part), `${part} is blanked (spans: ${JSON.stringify(boilerplateSpans(c.text))})`);
      for (const part of c.kept) assert.ok(masked.includes(part), `${part} is kept`);
      if (c.masked.length === 0) assert.equal(masked, c.text, 'prose untouched');
    });
  }
});

describe('the extractor reads no name from boilerplate, and surfaces carry no edge spaces', () => {
  const extractor = createExtractor({ lang: 'zh' });
  const cases: Array<{ label: string; text: string; absent: string[] }> = [
    { label: 'script', text: '　　青禾科技在长沙发布了新手机。\n                            document.getElementsByTagName(\'head\')[0].appendChild(adScript);\n', absent: ['appendChild', 'adScript', 'document', 'head'] },
    { label: 'style sheet', text: '　　青禾科技在长沙发布了新手机。\n.side-box p a:visited{color: #4b729f !important;}\n.side-box p{margin-bottom:30px}', absent: ['margin', 'side-box', 'color'] },
    { label: 'dateline', text: '　　东方网长沙3月2日电 青禾科技在长沙发布了新手机。', absent: ['东方网'] },
    // A tagger span that starts in the blanked tag (its spaces) and runs into the place after it loses the tag.
    // A repost's zero-width space before a blanked tag is no name either, and no relation keeps it.
    { label: 'zero-width space before an agency tag', text: '好开心[偷笑] \u200b远山娱乐讯 3月2日，演员林小禾在长沙出席了青禾科技的活动。', absent: ['\u200b'] },
    { label: 'agency tag before a place and a date', text: '远山传媒将被并入青禾网：主编将离职\n远山科技讯 北京时间11月2日早间消息，本周四，美国一家媒体公司宣布将旗下网站并入另一家公司，主编随后离职。', absent: ['远山科技讯', '讯'] },
  ];
  for (const c of cases) {
    test(c.label, async () => {
      const { entities } = await extractor.extract({ text: c.text });
      for (const m of entities) {
        assert.equal(m.text, c.text.slice(m.start, m.end), 'surface is the text at its offsets');
        assert.equal(m.text, m.text.trim(), `${JSON.stringify(m.text)} has no edge spaces`);
        assert.ok(/[^\s\u200b]/u.test(m.text), `${JSON.stringify(m.text)} is not all space`);
        for (const word of c.absent) assert.ok(!m.text.includes(word), `${m.text} is not read from boilerplate`);
      }
      assert.ok(entities.length > 0, 'the prose still gives names');
    });
  }
});

describe('a mention running into blanked boilerplate keeps its part before it', () => {
  const cases: Array<{ label: string; text: string; mention: string; expected: string }> = [
    { label: "a site's section read across its bracketed tag", text: '导语：远山时尚[粉丝群]群创栏目上线。', mention: '远山时尚[粉丝群]群创', expected: '远山时尚' },
    { label: 'a name with its tag after it', text: '演员林小禾[微博]出席了活动。', mention: '林小禾[微博]', expected: '林小禾' },
    { label: 'a name with its site in brackets loses the bracket too', text: '记者联系了远山新闻（www.example.cn）的编辑。', mention: '远山新闻（www.example.cn）', expected: '远山新闻' },
    { label: 'a name with no boilerplate in it is untouched', text: '演员林小禾[微博]和青禾科技出席了活动。', mention: '青禾科技', expected: '青禾科技' },
  ];
  for (const c of cases) {
    test(c.label, () => {
      const start = c.text.indexOf(c.mention);
      const mention = { text: c.mention, type: 'Company' as const, start, end: start + c.mention.length };
      const [cut] = beforeBoilerplate({ entities: [mention], relations: [] }, c.text, maskBoilerplate(c.text)).entities;
      assert.equal(cut!.text, c.expected);
      assert.equal(c.text.slice(cut!.start, cut!.end), c.expected, 'offsets follow the cut');
    });
  }
});
