import { KNOWN_ALIASES } from '../lexicon';
import { ancestry, gazetteer, villagesNamed, VILLAGE_ENDING as VILLAGE, type Division } from './gazetteer';

/**
 * Resolves the place names of one article against the gazetteer. A name the gazetteer knows once
 * resolves at once; an ambiguous one (朝阳区, a short 湘潭) resolves only when the places the article
 * names elsewhere pick exactly one of its readings, else it stays unresolved. So does a short name
 * that is also a known organisation's (src/lexicon/known-aliases.json): business news writes 阿里 for
 * the firm far more often than for 阿里地区, which an article about the prefecture places in 西藏.
 */
export function resolvePlaces(names: Iterable<string>): Map<string, Division | undefined> {
  const readings = new Map<string, Division[]>();
  for (const name of new Set(names)) readings.set(name, candidates(name, new Set()));
  const resolved = new Map<string, Division | undefined>();
  const context = new Set<string>();
  const settle = (name: string, d: Division): void => {
    resolved.set(name, d);
    for (const a of ancestry(d)) context.add(a.code);
  };
  for (const [name, list] of readings) if (list.length === 1 && !firmsShortName(name)) settle(name, list[0]!);
  for (let round = 0; round < 2; round += 1) {
    for (const [name, list] of readings) {
      if (resolved.has(name)) continue;
      const pool = list.length > 0 ? list : VILLAGE.test(name) ? candidates(name, context) : [];
      const inContext = pool.filter((d) => ancestry(d).slice(1).some((a) => context.has(a.code)));
      if (inContext.length === 1) settle(name, inContext[0]!);
    }
  }
  for (const name of readings.keys()) if (!resolved.has(name)) resolved.set(name, undefined);
  return resolved;
}

/** Whether a division's short name (not its full name) is a known organisation's name too. */
function firmsShortName(name: string): boolean {
  return gazetteer().byName.get(name) === undefined && KNOWN_ALIASES.organisation(name) !== undefined;
}

/** Readings of one name: a compound (郴州市桂阳县黄沙坪街道) is read left to right, each part inside the last. */
function candidates(name: string, context: Set<string>): Division[] {
  const g = gazetteer();
  const whole = g.byName.get(name) ?? highestLevel(g.byShortName.get(name) ?? []);
  if (whole.length > 0) return whole;
  let parents: Division[] | undefined;
  let pos = 0;
  while (pos < name.length) {
    const rest = name.slice(pos);
    const step = longestPrefix(rest, parents);
    if (step === undefined) {
      if (!VILLAGE.test(rest)) return [];
      const under = parents === undefined ? context : new Set(parents.map((p) => p.code));
      // A hamlet may precede the village name (大溪沙坪村): try the name's tails, inside the context only.
      for (let k = 0; rest.length - k >= 3; k += 1) {
        const found = villagesNamed(rest.slice(k), under);
        if (found.length > 0) return found;
      }
      return [];
    }
    parents = step.found;
    pos += step.length;
  }
  return parents ?? [];
}

function longestPrefix(rest: string, parents: Division[] | undefined): { found: Division[]; length: number } | undefined {
  const g = gazetteer();
  for (let length = Math.min(rest.length, 12); length >= 2; length -= 1) {
    const part = rest.slice(0, length);
    let found = g.byName.get(part) ?? g.byShortName.get(part) ?? [];
    if (parents !== undefined) {
      const codes = new Set(parents.map((p) => p.code));
      found = found.filter((d) => ancestry(d).slice(1).some((a) => codes.has(a.code)));
    }
    if (found.length > 0) return { found: parents === undefined ? highestLevel(found) : found, length };
  }
  return undefined;
}

/** News writes a bare short name for the higher division (湘潭 is the city, not 湘潭县). */
function highestLevel(list: Division[]): Division[] {
  if (list.length === 0) return list;
  const top = Math.min(...list.map((d) => d.level));
  return list.filter((d) => d.level === top);
}
