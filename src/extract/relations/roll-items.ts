import { CO_MENTIONED } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { isOrganisation } from './stated-links';

export const ROLL_ITEM_RULE = 'roll-item';

/** What separates the items of a roll of officials (甲单位主任张三、乙大学院长李四). */
const ITEM_SEPARATOR = '、';
const CLAUSE_END = /[，。；！？\n]/u;


/** The bounds of the roll item around `at`: from the separator before it to the one after, within its clause. */
function itemAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && text[start - 1] !== ITEM_SEPARATOR && !CLAUSE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && text[end] !== ITEM_SEPARATOR && !CLAUSE_END.test(text[end]!)) end++;
  return [start, end];
}

/**
 * In a roll of officials each person works at the body written in their own item: a WORKS_AT that
 * crosses from one item of a 、-roll to another, where the person's item names a body of its own
 * and the body's item a person of its own, is the roll misread, and falls back to a co-mention
 * (A单位主任张三、B大学院长李四: 李四 is not at A). An item with no body of its own (、副院长王五)
 * still takes the one before.
 */
export function withinRollItems(text: string, mentions: readonly Mention[], relations: Relation[]): Relation[] {
  const within = (bounds: [number, number], m: Mention): boolean => m.start >= bounds[0] && m.end <= bounds[1];
  let changed = false;
  const out = relations.map((r) => {
    if (r.type !== 'WORKS_AT') return r;
    const person = mentions[r.source]!;
    const body = mentions[r.target]!;
    if (person.type !== 'Person' || !isOrganisation(body)) return r;
    const [from, to] = person.start < body.start ? [person.end, body.start] : [body.end, person.start];
    const between = text.slice(from, to);
    if (!between.includes(ITEM_SEPARATOR) || CLAUSE_END.test(between)) return r;
    const personItem = itemAround(text, person.start);
    const bodyItem = itemAround(text, body.start);
    const ownBody = mentions.some((m) => m !== body && isOrganisation(m) && within(personItem, m));
    const ownPerson = mentions.some((m) => m !== person && m.type === 'Person' && within(bodyItem, m));
    if (!ownBody || !ownPerson) return r;
    changed = true;
    const { props: _props, ...rest } = r;
    return { ...rest, type: CO_MENTIONED, rule: `${ROLL_ITEM_RULE}(${r.rule ?? ''})` };
  });
  return changed ? out : relations;
}
