import { CO_MENTIONED, zh } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { isOfficialPost } from './official-posts';
import { HELD_POST, namesOtherBody, SEQUENCE, unitPost } from './posts';
import { sentenceHolding, type SentenceSpan } from './sentences';
import { isOrganisation, withStatedLinks } from './stated-links';

export const ROLL_POST_RULE = 'roll-post';

/** The body, its post and the person opening a roll: 某学院院长张三. */
const BODY_POST = new RegExp(`^的?(${SEQUENCE.zh})$`, 'u');
const HONORIFICS = zh('honorifics');
/**
 * A later item of the roll, its post alone before the name (、副院长李四, ，总经理王五), the one before
 * maybe closed by a word of address (张三先生、); the post maybe held in a department or a field of the
 * body (、保健部主任李四, 、运营总监王五, 、业务处处长赵六).
 */
const POST_ONLY = new RegExp(`^(?:${HONORIFICS.alternation()})?[、，,](${HELD_POST})$`, 'u');
/** A later item of a roll of names with the first's word of address and no post (某学会副理事长甲教授、乙教授): it holds the first's post. */
const SAME_ADDRESS = new RegExp(`^(${HONORIFICS.alternation()})、$`, 'u');
const CONFIDENCE = 0.75;

/**
 * In a roll of people at one body (某学院院长张三、党委书记李四、副院长王五; 某集团董事长张三，总经理
 * 李四，乙公司总裁赵六) each item that writes a post alone before its name holds that post at the body
 * of the item before: WORKS_AT that body, and not at a body a later item names. The roll opens with
 * a link already typed WORKS_AT from its first person to the body right before them, so the reading is
 * the sentence's, not a guess; a level's official post (县长) is left to the official-posts pass.
 */
export function withRollPosts(text: string, mentions: readonly Mention[], relations: Relation[], sentences: readonly SentenceSpan[]): Relation[] {
  const order = mentions.map((_m, k) => k).filter((k) => !mentions[k]!.nested).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const opened = new Set(
    relations
      .filter((r) => r.type === 'WORKS_AT' && mentions[r.source]!.type === 'Person' && isOrganisation(mentions[r.target]))
      .map((r) => `${r.source}\n${r.target}`),
  );
  const bodyOf = new Map<number, number>();
  const postOf = new Map<number, string>();
  const stated: Relation[] = [];
  for (let i = 1; i < order.length; i++) {
    const k = order[i]!;
    const person = mentions[k]!;
    const before = order[i - 1]!;
    if (person.type !== 'Person') continue;
    const gap = text.slice(mentions[before]!.end, person.start);
    const opening = isOrganisation(mentions[before]) && opened.has(`${k}\n${before}`) ? BODY_POST.exec(gap)?.[1] : undefined;
    if (opening !== undefined) {
      bodyOf.set(k, before);
      postOf.set(k, opening);
      continue;
    }
    const body = bodyOf.get(before);
    if (body === undefined) continue;
    const address = SAME_ADDRESS.exec(gap)?.[1];
    const post = POST_ONLY.exec(gap)?.[1] ?? (address !== undefined && text.startsWith(address, person.end) ? postOf.get(before) : undefined);
    // A department's post (、骨科主任乙) is the department pass's, which keeps the department on the link.
    if (post === undefined || isOfficialPost(post) || namesOtherBody(post) || unitPost(gap) !== undefined) continue;
    bodyOf.set(k, body);
    postOf.set(k, post);
    const span = sentenceHolding(sentences, person.start);
    stated.push({ source: k, target: body, type: 'WORKS_AT', start: span.start, end: span.end, confidence: CONFIDENCE, rule: ROLL_POST_RULE, props: { post } });
  }
  if (stated.length === 0) return relations;
  // The item's body is the one before it: a WORKS_AT to a body named later in the sentence crossed items.
  const heldAt = new Map(stated.map((r) => [r.source, r.target]));
  const uncrossed = relations.map((r) => {
    const body = heldAt.get(r.source);
    if (r.type !== 'WORKS_AT' || body === undefined || r.target === body || mentions[r.target]!.start < mentions[r.source]!.start) return r;
    const { props: _props, ...rest } = r;
    return { ...rest, type: CO_MENTIONED, rule: `${ROLL_POST_RULE}(${r.rule ?? ''})` };
  });
  return withStatedLinks(mentions, uncrossed, stated);
}
