import { speaksForItself, type SentenceContext } from './context';

/** An argument pair a shape found: a and b in the shape's order, and how much to trust the reading. */
export interface Candidate {
  a: number;
  b: number;
  scale: number;
}

export interface Span {
  start: number;
  end: number;
}

// A subject carried over from an earlier clause is a weaker reading than one beside the verb.
const CARRIED_SUBJECT = 0.85;
const CARRIED_TOPIC = 0.75;
// 同时与 / 目前还与: the few adverbs a subject-less clause may open with before 与.
const ADVERBS_BEFORE_WITH = 3;

function cross(as: number[], bs: number[], scale = 1): Candidate[] {
  return as.flatMap((a) => bs.map((b) => ({ a, b, scale })));
}

/** Whether mention i stands right after 在 or 于: a place where something happens. */
function isLocative(ctx: SentenceContext, i: number): boolean {
  return /[在于]$/.test(ctx.text.slice(Math.max(0, ctx.m(i).start - 1), ctx.m(i).start));
}

/** subject TRIGGER object; B被A TRIGGER; A向B TRIGGER; A与B TRIGGER; (S …，) TRIGGER object. */
export function svo(ctx: SentenceContext, t: Span, carry = false, hostObject = false): Candidate[] {
  const g = ctx.grammar;
  const left = ctx.nearestLeft(t.start);
  const firstRight = ctx.nearestRight(t.end);
  const right = firstRight === undefined ? [] : ctx.chainStartingAt(firstRight);
  const projects = carry && right.length === 0 ? listedProjects(ctx, t) : [];
  const host = ctx.host ?? ctx.topic;
  if (projects.length > 0) return host === undefined || projects.includes(host) ? [] : cross(projects, [host], CARRIED_TOPIC);
  if (left === undefined) {
    if (right.length === 0) return [];
    const subject = ctx.opener ?? ctx.subjectBefore(t.start, right);
    if (subject !== undefined) return cross([subject], right, CARRIED_SUBJECT);
    return !carry || ctx.topic === undefined || right.includes(ctx.topic) || !opensClause(ctx, t) ? [] : cross([ctx.topic], right, CARRIED_TOPIC);
  }
  const { members, joins } = ctx.chainEndingAt(left);
  const first = ctx.m(members[0]!);
  const prev = ctx.before(first.start)[0];
  if (prev !== undefined && right.length === 0 && ctx.gapIs(ctx.m(prev).end, first.start, g.passive, 1)) {
    return cross(members, ctx.chainEndingAt(prev).members);
  }
  if (right.length > 0) return cross(members, right);
  if (carry && hostObject) return host === undefined || members.includes(host) ? [] : cross(members, [host], CARRIED_TOPIC);
  const benefactive = prev !== undefined && g.benefactives !== undefined && ctx.gapIs(ctx.m(prev).end, first.start, g.benefactives, g.maxAdverbialGap ?? 0);
  if (prev !== undefined && (benefactive || ctx.gapIs(ctx.m(prev).end, first.start, g.prepositions, 2))) {
    // A在P与B签约: P is where A acts with B, not a party.
    const parties = members.length === 2 && joins[0] === 'pair' && isLocative(ctx, members[0]!) ? members.slice(1) : members;
    return cross(ctx.chainEndingAt(prev).members, parties);
  }
  if (members.length === 2 && joins[0] === 'pair' && isLocative(ctx, members[0]!)) {
    const subject = ctx.subjectBefore(first.start, members);
    return subject === undefined ? [] : cross([subject], members.slice(1));
  }
  if (members.length >= 2 && joins[joins.length - 1] === 'pair' && !ctx.actApart(left, t.start)) {
    return cross(members.slice(0, -1), members.slice(-1));
  }
  return genericActor(ctx, members, first.start);
}

/**
 * 集团计划在邵东经济开发区投资…: a clause that opens with the bare noun of an organisation named
 * before (集团, 医院, 公司) and puts the place or partner after a preposition (在, 向) acts on it.
 */
function genericActor(ctx: SentenceContext, members: number[], start: number): Candidate[] {
  const clause = ctx.clauseBefore(start);
  const lead = clause.trim();
  const preposition = ctx.grammar.prepositions.find((p) => lead.endsWith(p));
  const named = preposition === undefined ? undefined : headedSubject(ctx, lead.slice(0, -preposition.length), start - clause.length);
  return named === undefined || members.includes(named) ? [] : cross([named], members, CARRIED_TOPIC);
}

/**
 * The organisation a clause's lead (what stands before its 与 or 在) names by a bare noun and a
 * few adverbs (医院还将, 集团计划): the first one named before `before` with that head.
 */
function headedSubject(ctx: SentenceContext, lead: string, before: number): number | undefined {
  const head = (ctx.grammar.genericHeads ?? []).find((h) => lead.startsWith(h) && lead.length - h.length <= ADVERBS_BEFORE_WITH);
  return head === undefined ? undefined : ctx.article.namedWithHead(head, before);
}

const projectLists = new Map<string, RegExp>();

/** A clause lead that is a list of items closed by `end`, compiled once per ending. */
function projectList(end: string): RegExp {
  let re = projectLists.get(end);
  if (re === undefined) {
    re = new RegExp(`^\\s*(.+?)${end}$`);
    projectLists.set(end, re);
  }
  return re;
}

/**
 * A、B等6个重大项目集中签约 / 诺唯赞等前沿项目入驻: a list of projects makes up the clause before the
 * verb; the mentions that open an item are the projects (a 200兆瓦储能电站 item names no company),
 * and the place or body that was last a subject is where they went.
 */
function listedProjects(ctx: SentenceContext, t: Span): number[] {
  const end = ctx.grammar.projectListEnd;
  const lead = ctx.clauseBefore(t.start);
  const list = end === undefined ? null : projectList(end).exec(lead);
  if (list === null) return [];
  let at = t.start - lead.length + list[0].indexOf(list[1]!);
  const starts = new Set<number>();
  for (const item of list[1]!.split('、')) {
    starts.add(at);
    at += item.length + 1;
  }
  const listEnd = at - 1;
  return ctx.args.filter((i) => starts.has(ctx.m(i).start) && ctx.m(i).end <= listEnd);
}

/** The trigger stands near the start of its clause, with at most a few adverbs before it (便成功签约). */
function opensClause(ctx: SentenceContext, t: Span): boolean {
  return ctx.clauseBefore(t.start).trim().length <= 4;
}

/** A与B TRIGGER (each 与-pair of a 、-list on its own), A、B、C TRIGGER, or (S …) 与B TRIGGER. */
export function pair(ctx: SentenceContext, t: Span): Candidate[] {
  const left = ctx.nearestLeft(t.start, (i) => isLocative(ctx, i));
  if (left === undefined) return [];
  const { members, joins } = ctx.chainEndingAt(left);
  if (members.length === 2 && joins[0] === 'pair' && isLocative(ctx, members[0]!)) {
    // 甲集团在乙园与丙公司签约: the place after 在 is where it happened, not a party; the clause's subject is.
    const subject = ctx.subjectBefore(ctx.m(members[0]!).start, members);
    return subject === undefined ? [] : [{ a: subject, b: members[1]!, scale: 1 }];
  }
  if (members.length >= 2 && ctx.actApart(left, t.start)) return [];
  // X(、Y)分别与A(、B)签约: each of the list before 分别与 with each of the list after it.
  const actors = joins.every((j) => j === 'list') ? listActingApartBefore(ctx, members[0]!) : undefined;
  if (actors !== undefined) return cross(actors, members);
  if (members.length < 2) {
    // Only a clause that opens with 与B (its subject left out) borrows the sentence's subject, or
    // else the earlier sentence's (…签订协议；同时与B合作建设…). One that opens with the bare noun
    // of an organisation named before (医院还将与B共建…) has that organisation for subject.
    const clause = ctx.clauseBefore(ctx.m(left).start).trim();
    const joiner = ctx.grammar.pairJoiners.find((w) => clause.endsWith(w));
    if (joiner === undefined) return [];
    const lead = clause.slice(0, -joiner.length);
    const named = headedSubject(ctx, lead, ctx.sentence.start);
    if (named !== undefined && named !== left) return [{ a: named, b: left, scale: CARRIED_TOPIC }];
    if (lead.length > 2) return [];
    const subject = ctx.subjectBefore(ctx.m(left).start, [left]);
    if (subject !== undefined) return [{ a: subject, b: left, scale: CARRIED_SUBJECT }];
    return ctx.topic === undefined || ctx.topic === left ? [] : [{ a: ctx.topic, b: left, scale: CARRIED_TOPIC }];
  }
  // 同时与A、B等单位搭建平台: a list after 与 opening a clause pairs with the subject, not within itself.
  const opening = ctx.clauseBefore(ctx.m(members[0]!).start);
  const joiner = joins.every((j) => j === 'list') ? ctx.grammar.pairJoiners.find((w) => opening.endsWith(w)) : undefined;
  if (joiner !== undefined && opening.trim().length - joiner.length <= ADVERBS_BEFORE_WITH) {
    const subject = ctx.subjectBefore(ctx.m(members[0]!).start, members) ?? ctx.topic;
    return subject === undefined || members.includes(subject) ? [] : cross([subject], members, CARRIED_SUBJECT);
  }
  // A(就曾)与B、C、D签署: a list after 与 is the object of the one before it, with a few adverbs between; never pairs within itself.
  if (joiner !== undefined) {
    const withAt = ctx.m(members[0]!).start - joiner.length;
    const head = ctx.nearestLeft(withAt);
    return head === undefined || members.includes(head) || withAt - ctx.m(head).end > ADVERBS_BEFORE_WITH ? [] : cross([head], members);
  }
  // A与B、C签约: the one before 与 with each of the list after it (A、B和C签约 stays one group: 和 closes a list).
  if (members.length > 2 && joins[0] === 'pair' && joins.slice(1).every((j) => j === 'list')) return cross([members[0]!], members.slice(1));
  const groups: number[][] = [[members[0]!]];
  joins.forEach((j, k) => {
    if (j === 'pair') groups[groups.length - 1]!.push(members[k + 1]!);
    else groups.push([members[k + 1]!]);
  });
  const paired = groups.filter((grp) => grp.length >= 2);
  const cliqueOf = paired.length >= 2 ? paired : [members];
  return cliqueOf.flatMap((grp) => grp.flatMap((a, i) => grp.slice(i + 1).map((b) => ({ a, b, scale: 1 }))));
}

/** The list that stands before 分别与 (or 均与 …) right ahead of mention `first`, if one does. */
function listActingApartBefore(ctx: SentenceContext, first: number): number[] | undefined {
  const start = ctx.m(first).start;
  const withWord = ctx.grammar.pairJoiners.find((w) => ctx.clauseBefore(start).endsWith(w));
  const last = ctx.before(start)[0];
  if (withWord === undefined || last === undefined || !ctx.actApart(last, start - withWord.length)) return undefined;
  return ctx.chainEndingAt(last).members;
}

/** holder(的) TRIGGER member; member 是 holder的 TRIGGER; English: member, a TRIGGER of holder. */
export function attr(ctx: SentenceContext, t: Span, carry = false): Candidate[] {
  if (ctx.lang === 'en') return attrEnglish(ctx, t);
  const holder = ctx.nearestLeft(t.start);
  if (holder === undefined) {
    // 我们的配套企业X, said for the speaker's organisation: the holder is the topic.
    const member = ctx.nearestRight(t.end, 3);
    if (!carry || ctx.topic === undefined || member === undefined || !speaksForItself(ctx)) return [];
    return cross([ctx.topic], ctx.chainStartingAt(member), CARRIED_TOPIC);
  }
  const h = ctx.m(holder);
  const lead = ctx.gap(h.end, t.start);
  const bare = ctx.grammar.attributeModifiers.reduce((rest, w) => rest.replace(w, ''), lead).replace(/^的|的$/g, '');
  const possessive = bare === '' || ctx.grammar.possessive.includes(bare) || (lead.length <= 4 && (lead.includes('的') || lead.startsWith('旗下')));
  if (!possessive) return [];
  const next = ctx.nearestRight(t.end, 3);
  if (next !== undefined) return cross([holder], ctx.chainStartingAt(next));
  const prev = ctx.before(h.start)[0];
  if (prev !== undefined && ctx.gapIs(ctx.m(prev).end, h.start, ctx.grammar.copulas, 3)) {
    return cross([holder], ctx.chainEndingAt(prev).members);
  }
  const before = ctx.text.slice(Math.max(ctx.sentence.start, h.start - 4), h.start);
  if (!ctx.grammar.copulas.some((w) => before.endsWith(w))) return [];
  const subject = ctx.subjectBefore(h.start, [holder]) ?? ctx.opener;
  return subject === undefined || subject === holder ? [] : [{ a: holder, b: subject, scale: CARRIED_SUBJECT }];
}

function attrEnglish(ctx: SentenceContext, t: Span): Candidate[] {
  const after = ctx.text.slice(t.end, t.end + 6).toLowerCase();
  const trigger = ctx.text.slice(t.start, t.end).toLowerCase();
  if (/^\s+of\s/.test(after) || /\s(of|by|to)$/.test(trigger)) {
    const holder = ctx.after(t.end)[0];
    const member = ctx.before(t.start)[0];
    if (holder === undefined || member === undefined) return [];
    if (ctx.m(holder).start - t.end > 10 || t.start - ctx.m(member).end > 16) return [];
    return [{ a: holder, b: member, scale: 1 }];
  }
  const holder = ctx.before(t.start)[0];
  if (holder === undefined || !/^'s(\s+\w+)?$/.test(ctx.gap(ctx.m(holder).end, t.start))) return [];
  const member = ctx.nearestRight(t.end, 4);
  return member === undefined ? [] : [{ a: holder, b: member, scale: 1 }];
}

/** Two mentions written back to back (桂阳县黄沙坪街道): the first names where the second is. */
export function adjacent(ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.args.forEach((a, k) => {
    const b = ctx.args[k + 1];
    if (b !== undefined && ctx.m(a).end === ctx.m(b).start) out.push({ a, b, scale: 1 });
  });
  return out;
}
