import { canonicalKey, entityId } from './keys';
import { zh } from '../lexicon';
import type { Named } from './short-forms';

const LEVELS = zh('genericLevels');
const ANAPHORIC = zh('anaphoricNames');
const GENERIC_NAMES = zh('genericNames');
const isGeneric = (key: string): boolean => ANAPHORIC.has(key) || GENERIC_NAMES.has(key);

/** The category word a canonical key is made of (县人民医院 → 人民医院), if it names no body of its own. */
function genericHead(key: string): string | undefined {
  if (isGeneric(key)) return key;
  const level = LEVELS.words.find((l) => key.startsWith(l) && isGeneric(key.slice(l.length)));
  return level === undefined ? undefined : key.slice(level.length);
}

/**
 * Ids for what an article calls a body without naming it. An anaphoric word (商会, 管委会) takes the
 * id of the one body of the article whose name ends with it (东莞市湖南浏阳商会); any other, or one
 * with no single such body, is the article's own node: every county has its 县人民医院, and a
 * node shared by all of them would tie unrelated articles together.
 */
export function genericIds(mentions: readonly Named[], articleId: string): Map<number, string> {
  const keys = mentions.map((m) => canonicalKey(m.surface, m.type));
  const heads = keys.map(genericHead);
  const out = new Map<number, string>();
  mentions.forEach((m, i) => {
    const head = heads[i];
    if (head === undefined || (m.type !== 'Company' && m.type !== 'Institution')) return;
    const bodies = new Set<string>();
    if (ANAPHORIC.has(head)) {
      mentions.forEach((o, j) => {
        if (o.type === m.type && heads[j] === undefined && keys[j]!.endsWith(head)) bodies.add(o.id);
      });
    }
    out.set(i, bodies.size === 1 ? [...bodies][0]! : entityId(m.type, `${articleId}\n${keys[i]}`));
  });
  return out;
}
