import neo4j, { type Integer } from 'neo4j-driver';

/** An entity node's name state as write-entities.cypher returns it, read under the node's write lock. */
export interface StoredNames {
  id: string;
  name: string;
  /** The node's type: a person's transliterated name is shown with its middle dot (dottedName). */
  type: string;
  aliases: string[] | null;
  articleCount: Integer | number;
  /** The tally of full names by links (null on a node written before tallies were kept). */
  forms: string[] | null;
  uses: (Integer | number)[] | null;
}

/** What a batch's new links add to one entity: new articles linked, their names (one per link) and surfaces. */
export interface NameGrowth {
  articles: number;
  names: string[];
  surfaces: string[];
}

/** The properties that change on the node: a key is left out when its value stays as stored. */
export type NameProps = Partial<{ name: string; aliases: string[]; articleCount: Integer; nameForms: string[]; nameUses: Integer[] }>;

/**
 * Strings in Cypher's order (by code point, as Neo4j compares them; JavaScript's `<` compares
 * UTF-16 units, which puts a name beyond the BMP before 'ｆ').
 */
export function cypherCompare(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** `x =~ '.*\p{IsHan}\s+\p{IsHan}.*'` as Java reads it: `.` stops at line ends, `\s` is ASCII space. */
const HAN_WITH_SPACE = /^[^\n\r\u0085\u2028\u2029]*\p{Script=Han}[ \t\n\v\f\r]+\p{Script=Han}[^\n\r\u0085\u2028\u2029]*$/u;

/**
 * The marks written between the parts of a transliterated name (as src/resolve/keys.ts keys a
 * person's name without them): middle dots in their several code points, hyphens and dashes.
 * refresh-entities.cypher lists the same characters.
 */
const NAME_PART_MARKS = /[·•・‧∙⋅\-－‐‑–—]/gu;
/** `x =~ '\p{IsHan}+(·\p{IsHan}+)+'`: Han parts joined by the middle dot U+00B7 alone. */
const DOTTED = /^\p{Script=Han}+(?:·\p{Script=Han}+)+$/u;

/**
 * A person's transliterated name is shown with the middle dot between its parts (埃里克·诺德, the
 * standard separator of Chinese writing) whenever the corpus writes it so at all, whatever mark
 * (a hyphen, a full-width hyphen, a bullet) or none most articles use: of `ranked` (the node's full
 * forms in the order of the display rule), the first made of Han parts joined by · alone that is
 * `chosen` but for the marks between its parts, with its dots where another form writes another mark
 * (埃里克-诺德): a dot written into a name the corpus otherwise runs together (诺·德兰 of 诺德兰) may
 * stand in the wrong place. `chosen` when there is none or the node is no person.
 */
export function dottedName(type: string, chosen: string, ranked: readonly string[]): string {
  if (type !== 'Person') return chosen;
  const bare = chosen.replace(NAME_PART_MARKS, '');
  const written = (form: string): boolean => ranked.some((other) => other !== form && other.replace(NAME_PART_MARKS, '·') === form);
  return ranked.find((form) => DOTTED.test(form) && form.replace(NAME_PART_MARKS, '') === bare && written(form)) ?? chosen;
}

/**
 * The display name of a node of this type from its tally of full forms (form → links using it), the
 * rule of refresh-entities.cypher: the form most links use (a Han name with a stray space inside
 * last; then the longer, then the first in code point order), a person's in its dotted form if the
 * tally holds one (dottedName). Undefined for an empty tally.
 */
export function displayName(type: string, tally: ReadonlyMap<string, number>): string | undefined {
  const ranked = [...tally.keys()].sort((a, b) => Number(HAN_WITH_SPACE.test(a)) - Number(HAN_WITH_SPACE.test(b))
    || tally.get(b)! - tally.get(a)! || [...b].length - [...a].length || cypherCompare(a, b));
  return ranked[0] === undefined ? undefined : dottedName(type, ranked[0], ranked);
}

const num = (value: Integer | number): number => (typeof value === 'number' ? value : value.toNumber());

/**
 * The name, aliases, article count and name tally of an entity whose links only grew, from its
 * stored state and the batch's new links: the rule of refresh-entities.cypher (the full form most
 * links use; a Han name with a stray space inside last; then the longer, then the first in code
 * point order; a person's name in its dotted form if the tally holds one, dottedName), worked out here rather than in Cypher, where rebuilding the tally lists took more of
 * Neo4j's time than writing the links (profiled: 7.1 s of a 38 s write of 2,000 news articles).
 */
export function extendNames(stored: StoredNames, growth: NameGrowth): NameProps {
  const count = num(stored.articleCount);
  // A node written before tallies were kept starts from its name, once per article it had.
  const tally = new Map<string, number>();
  if (stored.forms === null || stored.uses === null) {
    if (count > 0) tally.set(stored.name, count);
  } else {
    stored.forms.forEach((form, i) => tally.set(form, num(stored.uses![i]!)));
  }
  for (const name of growth.names) tally.set(name, (tally.get(name) ?? 0) + 1);
  const forms = [...tally.keys()].sort(cypherCompare);
  const name = displayName(stored.type, tally) ?? stored.name;
  const others = new Set([...(stored.aliases ?? []), stored.name, ...growth.names, ...growth.surfaces]);
  others.delete(name);
  const aliases = [...others].sort(cypherCompare);
  const props: NameProps = {
    articleCount: neo4j.int(count + growth.articles),
    nameForms: forms,
    nameUses: forms.map((form) => neo4j.int(tally.get(form)!)),
  };
  if (name !== stored.name) props.name = name;
  // Setting an unchanged list still costs an update of the fulltext index over names and aliases.
  if (stored.aliases === null || !sameList(aliases, stored.aliases)) props.aliases = aliases;
  return props;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
