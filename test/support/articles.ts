import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const COMPANIES = ['湖南恒岳新材料有限公司', '株洲华锐电子科技有限公司', '湘潭永丰药业集团', '岳阳洞庭港务有限公司', '衡阳雁城轨道装备有限公司'];
const PLACES = ['湘潭县', '攸县', '汨罗市', '桃江县', '祁阳市'];

/** A short report in the genre of a Hunan county page, varied by `n` so each has its own content. */
export function countyReport(n: number): string {
  const company = COMPANIES[n % COMPANIES.length]!;
  const partner = COMPANIES[(n + 2) % COMPANIES.length]!;
  const place = PLACES[n % PLACES.length]!;
  return [
    `${place}经开区第${n + 1}批项目集中签约`,
    '',
    `11月${(n % 27) + 1}日，${place}经济开发区管理委员会与${company}签订投资协议，项目总投资${n + 3}亿元。`,
    `${company}负责人介绍，新工厂投产后将成为${partner}的一级供应商，年产值预计${n * 2 + 5}亿元。`,
    `${place}人民医院院长王建国表示，医院将与园区企业共建职工健康服务站。`,
    '',
    `（记者 李明 通讯员 周${'一二三四五六七八九'[n % 9]}）`,
  ].join('\n');
}

/** A temporary folder holding `count` report files. */
export function reportFolder(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-reports-'));
  mkdirSync(dir, { recursive: true });
  for (let n = 0; n < count; n++) writeFileSync(path.join(dir, `report-${String(n).padStart(3, '0')}.txt`), countyReport(n));
  return dir;
}

/** One article of about `chars` characters: a headline, then the body paragraphs of many county reports. */
export function longReport(chars: number): string {
  const lines = ['湘江两岸园区一年项目汇编', ''];
  let length = 0;
  for (let n = 0; length < chars; n++) {
    const paragraph = countyReport(n).split('\n').slice(2, 5).join('');
    lines.push(paragraph);
    length += paragraph.length + 1;
  }
  return lines.join('\n');
}

/** An HTML page whose only paragraph sits `depth` elements deep, under a headline at the top. */
export function deepPage(depth: number, paragraph: string): string {
  return `<html><head><title>深层嵌套的页面</title></head><body><h1>深层嵌套的页面</h1>${'<div>'.repeat(depth)}<p>${paragraph}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/**
 * Two articles of our own that name one firm by its registered name and by its group name, in
 * different articles: a duplicate the identity stage's finder suggests (one core name, 青禾).
 */
const DUPLICATE_ARTICLES: Record<string, string> = {
  'launch.txt': '无人机新品发布\n\n青禾科技股份有限公司昨天在长沙发布了新一代农业无人机，公司总经理周明远出席发布会。',
  'signing.txt': '共建示范基地\n\n青禾集团与湘潭市农业农村局签署战略合作协议，双方将共建智慧农业示范基地。',
};

/** A temporary folder holding the two articles of one firm under two names. */
export function duplicateFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-duplicates-'));
  for (const [name, text] of Object.entries(DUPLICATE_ARTICLES)) writeFileSync(path.join(dir, name), text);
  return dir;
}
