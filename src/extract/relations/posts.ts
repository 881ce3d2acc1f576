import type { RelationProps } from '../types';
import type { SentenceContext } from './context';
import { zh } from '../../lexicon';
import { POSTS, type Lang } from './table';

export interface PostCandidate {
  /** The person and the organisation they hold the post at. */
  a: number;
  b: number;
  scale: number;
  props: RelationProps;
}

function postSequence(lang: Lang): string {
  const { prefixes, posts } = POSTS[lang];
  if (lang === 'zh') {
    const one = `(?:${prefixes.alternation()})*(?:${posts.alternation()})`;
    return `${one}(?:[、兼和及]${one})*`;
  }
  const one = `(?:(?:${prefixes.alternation()})\\s+)*(?:${posts.alternation()})`;
  return `${one}(?:\\s+and\\s+${one})?`;
}

/** One post or several joined (副院长, 党委书记、院长): what a roll writes before each name. */
export const SEQUENCE = { zh: postSequence('zh'), en: postSequence('en') };
/**
 * A post held in a department or a field of the organisation (保健部主任, 运营总监, 董事局秘书): up to six
 * characters with no function word before the post.
 */
export const HELD_POST = `(?:(?![的了在和与及是为到等])[\\u4e00-\\u9fff]){0,6}?(?:${SEQUENCE.zh})`;
/** Endings of a firm, a body or a government: a department or field before a post that ends so names another organisation. */
const OTHER_BODIES = [zh('companyParentEndings'), zh('parentEndings'), zh('governmentBodies')];

/** Whether a held post's department names an organisation of its own (蓝湾公司总经理), not a part of the one before. */
export function namesOtherBody(post: string): boolean {
  return OTHER_BODIES.some((endings) => endings.occursIn(post));
}

// Organisation, post, person: 湘潭市第二人民医院副主任医师李鑫 / Acme chief executive Jane Doe.
const ORG_POST_PERSON = {
  zh: new RegExp(`^的?(${HELD_POST})$`),
  en: new RegExp(`^(?:'s)?\\s*(${SEQUENCE.en})\\s*,?$`, 'i'),
};
// Person, (appointed to) organisation + post: 李鑫，湘潭市二医院副主任医师 / 张三任郴州经开区管委会主任.
// The person may come back as 她/他 after a short clause: 刘丽华，今年3月起，她被派驻到X担任第一书记.
const PERSON_LEAD = {
  zh: /^(?:[，,]?(?:[^，,。；;！？“”]{1,10}[，,])?[她他](?:被|先后|还|也|又|曾|已)*)?(?:[，,（(]|现任|任|担任|出任|系|是|为|作为|调任|拟任|兼任|赴|到|前往|派驻到|派驻|下派到|调到|在)*$/,
  en: /^,?\s*(?:who\s+is\s+|is\s+)?(?:the\s+|a\s+)?$/i,
};
const POST_AFTER_ORG = { zh: new RegExp(`^(?:的|担任|任|挂职|出任)?[“"]?(${SEQUENCE.zh})`), en: /^$/ };
// A roll written organisation, name, post (乙大学张三教授、…), the post no body's name (理事会).
const POST_AFTER_NAME = new RegExp(`^(${SEQUENCE.zh})(?!会)`);
// The next member of a roll that leaves its organisation out (X医院院长张三、副院长李四): only a 、 joins it.
const ELIDED_ORG_POST = new RegExp(`^、(${SEQUENCE.zh})$`);
const PERSON_POST_OF = { en: new RegExp(`^,?\\s*(?:who\\s+is\\s+)?(?:the\\s+|a\\s+)?(${SEQUENCE.en})\\s+(?:of|at)\\s+(?:the\\s+)?$`, 'i') };

/** WORKS_AT readings around every person of the sentence, with the post as a property. */
export function postCandidates(ctx: SentenceContext): PostCandidate[] {
  const out: PostCandidate[] = [];
  // The organisation each person of a roll holds a post at, for the next member that leaves it out.
  const rollOrg = new Map<number, number>();
  for (const p of ctx.args) {
    const person = ctx.m(p);
    if (person.type !== 'Person') continue;
    const org = ctx.before(person.start)[0];
    if (org !== undefined && ctx.m(org).type !== 'Person') {
      const gap = ctx.text.slice(ctx.m(org).end, person.start).trim();
      const post = ORG_POST_PERSON[ctx.lang].exec(gap)?.[1] ?? (ctx.lang === 'zh' && gap === '' ? POST_AFTER_NAME.exec(ctx.text.slice(person.end, ctx.sentence.end))?.[1] : undefined);
      // A department's post (骨科主任) is the department pass's, which reads the department (employers.ts).
      if (post !== undefined && !namesOtherBody(post) && unitPost(gap) === undefined) {
        out.push({ a: p, b: org, scale: 1, props: { post } });
        rollOrg.set(p, org);
      }
    } else if (org !== undefined && ctx.lang === 'zh' && rollOrg.has(org)) {
      const post = ELIDED_ORG_POST.exec(ctx.text.slice(ctx.m(org).end, person.start))?.[1];
      if (post !== undefined) {
        out.push({ a: p, b: rollOrg.get(org)!, scale: 0.95, props: { post } });
        rollOrg.set(p, rollOrg.get(org)!);
      }
    }
    const next = ctx.after(person.end)[0];
    if (next === undefined || ctx.m(next).type === 'Person') continue;
    const lead = ctx.text.slice(person.end, ctx.m(next).start);
    if (ctx.lang === 'en') {
      const post = PERSON_POST_OF.en.exec(lead)?.[1];
      if (post !== undefined) out.push({ a: p, b: next, scale: 1, props: { post: post.toLowerCase() } });
      continue;
    }
    // In a roll (A单位主任张三，B大学院长李四) the organisation after the comma is the next person's.
    if (!PERSON_LEAD.zh.test(lead) || rollOrg.has(p)) continue;
    const found = POST_AFTER_ORG.zh.exec(ctx.text.slice(ctx.m(next).end, ctx.sentence.end));
    if (found === null) continue;
    const postEnd = ctx.m(next).end + found[0].length;
    const heldByNext = ctx.after(postEnd).some((k) => ctx.m(k).start === postEnd && ctx.m(k).type === 'Person');
    if (!heldByNext) out.push({ a: p, b: next, scale: 0.95, props: { post: found[1]! } });
  }
  return out;
}

// A department name holds no function word (…的全科医生 is no department).
const UNIT_CHAR = '(?![的了在和与及是为到份名个等这那其每])[\\u4e00-\\u9fff]';
const UNIT_POST = new RegExp(`((?:${UNIT_CHAR}){1,6}?(?:${POSTS.zh.unitSuffixes?.alternation()}))(${SEQUENCE.zh})$`);

/** Whether Chinese text ends with a department's name (神经内科, 放射室, 体检中心). */
export function endsWithUnit(text: string): boolean {
  return withoutUnit(text) !== text;
}

/** Chinese text less the unit word it ends with (…卫生院门诊 → …卫生院), or the text itself. */
export function withoutUnit(text: string): string {
  const suffix = POSTS.zh.unitSuffixes?.suffixOf(text, 1);
  return suffix === undefined ? text : text.slice(0, -suffix.length);
}

/**
 * The department and post written right before a name (内分泌科副主任医师李鑫), if any; `before` is
 * the text that ends where the name starts. `bare` is true for a department that names no
 * organisation (not 江门市福彩中心) and opens its clause, so that it can only be the article's own
 * (该院 and 本院 point there too).
 */
export function unitPost(before: string): { unit: string; post: string; bare: boolean } | undefined {
  const window = before.slice(-24);
  const m = UNIT_POST.exec(window);
  if (m === null) return undefined;
  const previous = window[m.index - 1];
  const opens = previous === undefined ? window.length === before.length : !/[\u4e00-\u9fff]/.test(previous) || /[的了在和与及是为到份名个等这那其每]/.test(previous);
  const own = m[1]!.replace(/^(?:该院|本院)/, '');
  return { unit: m[1]!, post: m[2]!, bare: opens && !/[省市县区镇乡村院所局厅委司行]/.test(own.slice(0, -1)) };
}

const ANAPHORIC_POST = Object.entries(POSTS.zh.anaphoricNouns ?? {}).map(([type, nouns]) => ({
  type: type as 'Company' | 'Institution',
  pattern: new RegExp(`(?:^|[^\\u4e00-\\u9fff]|[的了在和与及是为到])(?:${nouns.alternation()})(${SEQUENCE.zh})$`),
}));

/**
 * A post written after a word that names the article's own organisation (该公司总经理钟晓岚,
 * 公司负责人陈国华, 该院院长X): the post and the type of organisation meant, if any; `before` is the
 * text that ends where the name starts.
 */
export function anaphoricPost(before: string): { type: 'Company' | 'Institution'; post: string } | undefined {
  const window = before.slice(-16);
  for (const { type, pattern } of ANAPHORIC_POST) {
    const post = pattern.exec(window)?.[1];
    if (post !== undefined) return { type, post };
  }
  return undefined;
}

const TITLED_NAME = {
  zh: new RegExp(`^([\\u4e00-\\u9fff]{0,8}?(?:${SEQUENCE.zh}))([\\u4e00-\\u9fff·]{2,4})$`),
  en: new RegExp(`^(${SEQUENCE.en})\\s+([A-Z].+)$`, 'i'),
};

/** A person mention that carries its title (县委书记张三, Mayor Jane Doe) split into post and name. */
export function splitTitle(text: string, lang: Lang): { post: string; name: string } | undefined {
  const m = TITLED_NAME[lang].exec(text.trim());
  return m === null ? undefined : { post: m[1]!, name: m[2]! };
}
