import { CO_MENTIONED, zh } from '../../lexicon';
import type { Mention, Relation } from '../types';
import { isOrganisation } from './stated-links';

export const BARE_BODY_RULE = 'bare-body';

/** Words an article calls a body by without its name (学院, 党支部): the body is the one it named in full. */
const BARE_WORDS = [zh('genericHeads'), zh('anaphoricNames')];

const isBare = (m: Mention): boolean => BARE_WORDS.some((list) => list.has(m.text));

/**
 * A typed link whose end is a body called by a bare word (学院院长张三 → 学院, 党支部书记李四 → 党支部)
 * goes to the one body of the article whose full name ends with that word (某某理工学院); with none
 * or several such bodies the bare word says not which, and the link falls back to a co-mention.
 */
export function withBareBodiesNamed(mentions: readonly Mention[], relations: Relation[]): Relation[] {
  const named = new Map<string, number | undefined>();
  const bodyFor = (word: string): number | undefined => {
    if (!named.has(word)) {
      const full = new Map<string, number>();
      mentions.forEach((m, k) => {
        if (isOrganisation(m) && m.text.length > word.length && m.text.endsWith(word) && !full.has(m.text)) full.set(m.text, k);
      });
      named.set(word, full.size === 1 ? [...full.values()][0] : undefined);
    }
    return named.get(word);
  };
  let changed = false;
  const out = relations.map((r) => {
    if (r.type === CO_MENTIONED) return r;
    const end = [r.source, r.target].find((k) => isOrganisation(mentions[k]!) && isBare(mentions[k]!));
    if (end === undefined) return r;
    changed = true;
    const body = bodyFor(mentions[end]!.text);
    const rule = `${BARE_BODY_RULE}(${r.rule ?? ''})`;
    if (body === undefined) {
      const { props: _props, ...rest } = r;
      return { ...rest, type: CO_MENTIONED, rule };
    }
    return { ...r, ...(end === r.source ? { source: body } : { target: body }), rule };
  });
  return changed ? out : relations;
}
