import { zh } from '../../lexicon';
import { SHAPE_SETTINGS, type ShapeHit } from './shapes';

const TABLE = SHAPE_SETTINGS;
const alternation = (name: string): string => zh(name).alternation();
const ITEM = '[^、，。；：！？\\n]{2,20}';
// 签约A、B、C等6个项目: the verb, then a list of at least two items, then the closing count.
const PROJECT_LIST = new RegExp(`(?:${alternation('projectVerbs')})(${ITEM}(?:、${ITEM})+?)(?=${TABLE.projectListEnd})`, 'g');
// A、B等6个重大项目集中签约 / 诺唯赞等前沿项目入驻: a list (one item or more) opening a clause, the verb after it.
const PROJECT_LIST_BEFORE = new RegExp(
  `(?<=^|[，。；：！？\\s])(${ITEM}(?:、${ITEM})*?)(?=${TABLE.projectListEndBefore}(?:${alternation('projectListVerbsAfter')}))`,
  'g',
);
const PARTNER = '[\\u4e00-\\u9fffA-Za-z]{2,8}?';
const JOIN = `(?:${alternation('coordinators')})`;
// A与B、C与D协作: two or more joined pairs in a 、-list, closed by the cooperation they form.
const COORDINATION = new RegExp(
  `(?<=^|[，。；：！？\\s“”‘’])(${PARTNER}${JOIN}${PARTNER}(?:、${PARTNER}${JOIN}${PARTNER})+)(?=(?:${alternation('coordinationVerbs')}))`,
  'g',
);
const PARTNER_PAIR = new RegExp(`^(${PARTNER})${JOIN}(${PARTNER})$`);
// 在A、B间实现…: two firms between which goods or work flow.
const BETWEEN = new RegExp(`在(${PARTNER})(?:、|${JOIN})(${PARTNER})之?间(?=${alternation('betweenVerbs')})`, 'g');
const TAIL = new RegExp(`(?:${alternation('projectTails')})$`);
const BRACKETED = /[（(][^）)]*[）)]$/;
const NAME = /^[\u4e00-\u9fffA-Za-z]{2,12}$/;
// X跻身Y一级供应商 / X成为Y的核心配套商: both ends are companies, whatever their shape.
const MEMBER = new RegExp(
  `(?<=^|[，。；：、！？\\s“”‘’])([\\u4e00-\\u9fff]{2,6}?)(?:${alternation('memberVerbs')})([\\u4e00-\\u9fffA-Za-z]{2,6}?)的?(?:${alternation('memberModifiers')})?(?:${alternation('memberNouns')})`,
  'g',
);

/** A project's name without its phase or expansion words: 鑫能实业扩产 → 鑫能实业, 优铂斯新材料（二期） → 优铂斯新材料. */
function projectCompany(item: string): number {
  let end = item.length;
  for (let cut = true; cut; ) {
    const rest = item.slice(0, end);
    const drop = BRACKETED.exec(rest)?.[0] ?? TAIL.exec(rest)?.[0];
    cut = drop !== undefined && end - drop.length >= 2;
    if (drop !== undefined && cut) end -= drop.length;
  }
  return end;
}

/** The companies behind the projects of a signing list, and the two ends of a supplier ranking. */
export function framedCompanies(text: string): ShapeHit[] {
  return [...listedCompanies(text, PROJECT_LIST), ...memberCompanies(text)];
}

/** The companies behind the items of the project lists a pattern finds. */
function listedCompanies(text: string, list: RegExp): ShapeHit[] {
  const hits: ShapeHit[] = [];
  for (const m of text.matchAll(list)) {
    let at = m.index! + m[0].length - m[1]!.length;
    for (const item of m[1]!.split('、')) {
      const end = projectCompany(item);
      if (NAME.test(item.slice(0, end))) hits.push({ start: at, end: at + end });
      at += item.length + 1;
    }
  }
  return hits;
}

function memberCompanies(text: string): ShapeHit[] {
  const hits: ShapeHit[] = [];
  for (const m of text.matchAll(MEMBER)) {
    const start = m.index!;
    hits.push({ start, end: start + m[1]!.length });
    const other = start + m[0].indexOf(m[2]!, m[1]!.length);
    hits.push({ start: other, end: other + m[2]!.length });
  }
  return hits;
}

/**
 * Names that only companies fill, whatever the sentence talks about: the partners of a coordination
 * of pairs (晶盛与金宏、优铂斯与富创伟形成协作), two firms goods flow between (在A、B间实现), and the
 * projects listed before the verb that brings them in (诺唯赞等前沿项目入驻).
 */
export function companySlots(text: string): ShapeHit[] {
  const hits: ShapeHit[] = listedCompanies(text, PROJECT_LIST_BEFORE);
  for (const m of text.matchAll(BETWEEN)) {
    const first = m.index! + 1;
    hits.push({ start: first, end: first + m[1]!.length });
    const second = m.index! + m[0].length - m[2]!.length - (m[0].endsWith('之间') ? 2 : 1);
    hits.push({ start: second, end: second + m[2]!.length });
  }
  for (const m of text.matchAll(COORDINATION)) {
    let at = m.index!;
    for (const item of m[1]!.split('、')) {
      const pair = PARTNER_PAIR.exec(item);
      if (pair !== null) {
        hits.push({ start: at, end: at + pair[1]!.length });
        const second = at + item.length - pair[2]!.length;
        hits.push({ start: second, end: second + pair[2]!.length });
      }
      at += item.length + 1;
    }
  }
  return hits;
}
