import type { EntityType } from '../extract/types';
import { KNOWN_ALIASES, zh } from '../lexicon';
import { coreName, normaliseName } from '../resolve';

/** An entity as the finder weighs it. */
export interface Node {
  id: string;
  name: string;
  type: EntityType;
  articles: number;
}

/**
 * Why two nodes may be one, from their names alone; the corpus's evidence decides (see suggest.ts).
 * `sameName`: one name under two types (阿里 as Company and Person). `sameCore`: one organisation's
 * names without legal form, places and business words; `registeredName` when one of them ends in a
 * registered form (腾讯, 腾讯科技（深圳）有限公司, 华为集团) or the body's own site or team (某某网, 某某队),
 * which names the body itself, where a business
 * word alone often names a unit or a product (京东物流, 特斯拉汽车). `nameVariant`:
 * one person's name written with a middle dot, a hyphen or run together. `shortForm`: the short
 * form of an organisation (阿里 of 阿里巴巴), or a brand before a model (OPPO of OPPO R17).
 * `homePrefix`: a body's name after the corpus's own country (中国证监会) or 国家. `abbreviation`: two
 * characters of a longer name (北大). `surname`: the last part of a transliterated name (詹姆斯).
 * `knownAlias`: two names general knowledge says are one organisation or person (央行, 中国人民银行;
 * 谷歌, Google; a pen name and the author's own), which a corpus may never tie (known-aliases.json).
 */
export type CandidateKind = 'sameName' | 'knownAlias' | 'registeredName' | 'sameCore' | 'nameVariant' | 'shortForm' | 'homePrefix' | 'abbreviation' | 'surname';

export interface Candidate {
  kind: CandidateKind;
  /** The type the names themselves say the joined node is (a surname of a dotted person's name is a Person's). */
  type?: EntityType;
  /** The longer or more used form: the node kept unless the other is named in more articles. */
  long: Node;
  short: Node;
}

const ORGANISATION: ReadonlySet<EntityType> = new Set(['Company', 'Institution']);
/** Endings that make a name a firm's full registered name (…有限公司, …集团). */
const REGISTERED_ENDINGS = zh('financeLegalForms');
const SERVICE_WORDS = zh('serviceWords');
const STATE_PREFIXES = zh('statePrefixes');
const OWN_ENDINGS = zh('ownEndings');
const HAN = /[\u4e00-\u9fff]/u;
const MIDDLE_DOTS = /[·•・‧∙⋅]/u;
const NAME_PARTS = /[·•・‧∙⋅\-－‐‑–—\s]+/u;
/** A short form has at least this many characters: one (马, 华) names too many things. */
const MIN_SHORT = 2;
/** At most this many characters follow a short form in its long form. */
const MAX_TAIL = 2;

/**
 * What a name is under any type: an organisation's core, a place without the optional 市/省 of its
 * division (上海市, 上海), a person's name without the marks between its parts. A division's name the
 * tagger called a firm (上海市 as a Company) keys as the place does.
 */
function nameKey(n: Node, core: ReadonlyMap<string, string>): string {
  const name = normaliseName(n.name).toLowerCase();
  // A Han name with a middle dot is a person's, whatever type the tagger gave it (埃隆·马斯克 as a Company).
  if (n.type === 'Person' || (HAN.test(name) && MIDDLE_DOTS.test(name))) return name.split(NAME_PARTS).join('');
  const key = n.type === 'Place' ? name : (core.get(n.id) ?? name);
  return key.length > 2 ? key.replace(/[市省]$/u, '') : key;
}

/** Whether a name ends in a registered form (…集团, …有限公司): a firm's formal name, not the one it goes by. */
export function isRegisteredName(name: string): boolean {
  return REGISTERED_ENDINGS.endsText(normaliseName(name), MIN_SHORT);
}

/** The group of known aliases a node's name stands in, among its kind's (people's for a person, organisations' for a body). */
function knownGroup(n: Node): string | undefined {
  if (n.type === 'Person') return KNOWN_ALIASES.groupOf(n.name, 'people');
  return ORGANISATION.has(n.type) ? KNOWN_ALIASES.organisation(n.name) : undefined;
}

/**
 * An organisation's core (coreName), with a service that follows it kept: the core drops business
 * words (京东物流 would be 京东), but a service after a firm's name names that service, a unit of the
 * firm (SERVICE_WORDS), so its names share no core with the firm's, as 腾讯视频 shares none with 腾讯.
 */
function serviceCore(name: string): string {
  const core = coreName(name);
  const rest = normaliseName(name).slice(core.length);
  const service = core === normaliseName(name).slice(0, core.length) ? SERVICE_WORDS.prefixOf(rest) : undefined;
  return service === undefined ? core : core + service;
}

/** Groups of nodes by a key, each group's most named node first. */
function groupBy(nodes: readonly Node[], key: (n: Node) => string | undefined): Node[][] {
  const groups = new Map<string, Node[]>();
  for (const n of nodes) {
    const k = key(n);
    if (k === undefined || k.length < MIN_SHORT) continue;
    const group = groups.get(k) ?? [];
    group.push(n);
    groups.set(k, group);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => [...g].sort(byArticles));
}

const byArticles = (a: Node, b: Node): number => b.articles - a.articles || a.id.localeCompare(b.id);

/** Each group as a star around its most named node: n − 1 pairs, not n². */
function stars(groups: Node[][], kind: CandidateKind, accept: (a: Node, b: Node) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const [head, ...rest] of groups) for (const other of rest) if (accept(head!, other)) out.push({ kind, long: head!, short: other });
  return out;
}

/** Every pair of nodes whose names say they may be one thing; each pair once, its strongest kind first. */
export function candidatePairs(nodes: readonly Node[]): Candidate[] {
  const orgs = nodes.filter((n) => ORGANISATION.has(n.type));
  const people = nodes.filter((n) => n.type === 'Person');
  const core = new Map(orgs.map((n) => [n.id, serviceCore(n.name)]));
  const lastParts = lastPartsOfPeople(people);
  const out: Candidate[] = [
    // A name that ends a dotted person's name, and that the tagger also called a person, is a person's.
    ...stars(groupBy(nodes, (n) => nameKey(n, core)), 'sameName', (a, b) => a.type !== b.type).map((c) =>
      (c.long.type === 'Person' || c.short.type === 'Person') && lastParts.has(c.long.name) ? { ...c, type: 'Person' as const } : c,
    ),
    // Knowledge before the name's shape: 苏宁云商 is 苏宁易购 renamed, not a short form needing the corpus's word.
    ...stars(groupBy(nodes, knownGroup), 'knownAlias', () => true),
    ...stars(groupBy(orgs, (n) => core.get(n.id)), 'sameCore', () => true).map((c) =>
      REGISTERED_ENDINGS.endsText(c.long.name, MIN_SHORT) || REGISTERED_ENDINGS.endsText(c.short.name, MIN_SHORT) ? { ...c, kind: 'registeredName' as const } : c,
    ),
    ...stars(groupBy(people, (n) => (HAN.test(n.name) ? n.name.split(NAME_PARTS).join('') : undefined)), 'nameVariant', () => true),
  ];
  // Each place's and person's name with the articles naming the place or person (a last part, its full name's),
  // so that a namesake weighs what it is worth: a one-article misreading (吧·····火箭) does not take a club's team away.
  const otherNames = new Map<string, number>();
  const namesake = (name: string, articles: number): void => void otherNames.set(name, Math.max(articles, otherNames.get(name) ?? 0));
  for (const n of nodes) if (n.type === 'Place') namesake(normaliseName(n.name).replace(/[市省]$/u, ''), n.articles);
  for (const n of people) namesake(normaliseName(n.name), n.articles);
  for (const [last, long] of lastParts) namesake(last, long.articles);
  // An organisation whose core starts with another's (阿里巴巴, 阿里): the longest such short form only.
  const orgByCore = new Map<string, Node>();
  const typed = (type: EntityType, name: string): string => `${type}\n${name}`;
  // Only a node named by its core alone is a short form (阿里), never one whose business word was cut (美国科技公司 is not 美国).
  for (const n of [...orgs].sort(byArticles)) if (core.get(n.id) === normaliseName(n.name) && !orgByCore.has(typed(n.type, n.name))) orgByCore.set(typed(n.type, n.name), n);
  for (const long of orgs) {
    const c = core.get(long.id)!;
    if (!HAN.test(c)) continue;
    // What follows the short form is short too (阿里 + 巴巴, 摩拜 + 单车): a longer tail names a part of it
    // (江城大学 + 人文学院, 某省农业厅 + 督导办公室), not the same body.
    for (let k = c.length - 1; k >= Math.max(MIN_SHORT, c.length - MAX_TAIL); k--) {
      // Across types a short form is too loose (特朗普 the person, 特朗普政府 the body); one name under two types is sameName.
      const short = orgByCore.get(typed(long.type, c.slice(0, k)));
      // A service after the name (腾讯视频, 阿里云) is the firm's service, not a longer form of its name.
      if (short !== undefined && SERVICE_WORDS.has(c.slice(k))) break;
      if (short !== undefined && short.id !== long.id) {
        // 阿里集团 of 阿里, where the place 阿里 kept 集团 in the core: the firm's registered form all the same.
        // A site or team after the name (某某网, 某某队) is the body itself too, unless the short name is also a
        // place's or a person's named at least as often (a city's team, a captain's team: not the city nor the
        // player the tagger called a body).
        const own = OWN_ENDINGS.has(c.slice(k)) && (otherNames.get(short.name) ?? 0) < short.articles;
        out.push({ kind: REGISTERED_ENDINGS.has(c.slice(k)) || own ? 'registeredName' : 'shortForm', long, short });
        break;
      }
    }
  }
  // A Latin name's leading words named alone (OPPO of OPPO R17, Google of Google Play): a model or a
  // product by its brand's name, which the graph has no type for; like any short form it needs evidence.
  const latinByName = new Map<string, Node>();
  for (const n of [...orgs].sort(byArticles)) {
    const key = typed(n.type, n.name.toLowerCase());
    if (!HAN.test(n.name) && !latinByName.has(key)) latinByName.set(key, n);
  }
  for (const long of orgs) {
    const words = long.name.split(/\s+/u).filter(Boolean);
    if (HAN.test(long.name) || words.length < 2) continue;
    for (let k = words.length - 1; k >= 1; k--) {
      const short = latinByName.get(typed(long.type, words.slice(0, k).join(' ').toLowerCase()));
      if (short !== undefined && short.id !== long.id && short.name.length >= MIN_SHORT) {
        out.push({ kind: 'shortForm', long, short });
        break;
      }
    }
  }
  // The corpus's own country before a body's name (中国证监会, 证监会): the place most articles name,
  // read from the graph, not from a list; or a word that says only that the body is the state's (国家某某委).
  const home = nodes.filter((n) => n.type === 'Place').sort(byArticles)[0];
  const prefixes = [...(home === undefined ? [] : [home.name]), ...STATE_PREFIXES.words];
  for (const long of orgs) {
    const name = normaliseName(long.name);
    const prefix = prefixes.find((p) => name.startsWith(p) && name.length - p.length >= MIN_SHORT);
    const short = prefix === undefined ? undefined : orgByCore.get(typed(long.type, name.slice(prefix.length)));
    if (short !== undefined && short.id !== long.id) out.push({ kind: 'homePrefix', long, short });
  }
  // Two characters taken from a longer name, its first among them (江大 of 江城大学, 湘师 of 湘江师范学院).
  const byFirst = new Map<string, Node[]>();
  // Up to six characters: a longer name is often a part (江城大学法律系), and 江大 is not that.
  for (const n of orgs) if (HAN.test(n.name) && n.name.length >= 4 && n.name.length <= 6) byFirst.set(n.name[0]!, [...(byFirst.get(n.name[0]!) ?? []), n]);
  for (const short of orgByCore.values()) {
    if (short.name.length !== 2 || !HAN.test(short.name)) continue;
    for (const long of byFirst.get(short.name[0]!) ?? []) {
      if (long.type === short.type && long.name.indexOf(short.name[1]!, 1) > 1) out.push({ kind: 'abbreviation', long, short });
    }
  }
  // A transliterated name's last part named alone (勒布朗·詹姆斯, 詹姆斯), under any type: the tagger often
  // calls a surname alone a firm, but the last part of a person's dotted name is a person's name.
  const byName = new Map<string, Node[]>();
  for (const n of nodes) byName.set(n.name, [...(byName.get(n.name) ?? []), n]);
  for (const [last, long] of lastParts) {
    for (const short of byName.get(last) ?? []) if (short.id !== long.id && short.type !== 'Place') out.push({ kind: 'surname', type: 'Person', long, short });
  }
  const seen = new Set<string>();
  return out.filter((c) => {
    if (knownApart(c)) return false;
    const key = [c.long.id, c.short.id].sort().join('\n');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether knowledge says two candidates are two things. Two known names of two groups are: a firm
 * whose name starts with another's is a firm of its own (京东方 is not 京东, 中国建设银行 not 中国银行),
 * whatever an article naming both suggests. And a known organisation is no place or person its names
 * do not name: the place 中国 is not 中国银行 keyed without its business word, nor the actor 哈里森·福特
 * the carmaker 福特 by his last part; a known name the tagger typed a place or a person (欧盟 as a Place,
 * 特斯拉 as a Person) still joins its organisation.
 */
function knownApart(c: Candidate): boolean {
  const [long, short] = [knownGroup(c.long), knownGroup(c.short)];
  if (long !== undefined && short !== undefined && long !== short) return true;
  if (c.kind !== 'sameName' && c.kind !== 'surname') return false;
  const [org, other] = ORGANISATION.has(c.long.type) ? [c.long, c.short] : [c.short, c.long];
  if (!ORGANISATION.has(org.type) || ORGANISATION.has(other.type)) return false;
  const group = KNOWN_ALIASES.organisation(org.name);
  return group !== undefined && KNOWN_ALIASES.organisation(other.name) !== group;
}

/**
 * The last parts of transliterated people's names (詹姆斯 of 勒布朗·詹姆斯), each with the full name it
 * ends. A last part that ends several full names goes to the most named of them only when it is
 * named at least twice as often as the next: which of two as-common people it means is not the
 * name's to say.
 */
function lastPartsOfPeople(people: readonly Node[]): Map<string, Node> {
  const fullNames = new Map<string, Node[]>();
  for (const long of people) {
    const parts = long.name.split(NAME_PARTS).filter(Boolean);
    const last = parts.at(-1);
    if (parts.length < 2 || last === undefined || last.length < MIN_SHORT || !HAN.test(last)) continue;
    fullNames.set(last, [...(fullNames.get(last) ?? []), long]);
  }
  const out = new Map<string, Node>();
  for (const [last, longs] of fullNames) {
    const [long, next] = [...longs].sort(byArticles);
    if (next === undefined || long!.articles >= 2 * next.articles) out.set(last, long!);
  }
  return out;
}
