import { namesNaturalFeature } from '../extract/en';
import type { EntityType } from '../extract/types';
import { VILLAGE_ENDING } from './gazetteer';
import { canonicalKey, isGazetteerId, leadingPlace } from './keys';
import { KNOWN_ALIASES, zh } from '../lexicon';

const INDUSTRY_WORDS = zh('industryWords');
const SERVICE_WORDS = zh('serviceWords');
/** The deepest division that may open an institution's short form: a town's health centre (马迹塘镇中心卫生院). */
const TOWN = 4;

/** A mention as resolution holds it: its id (from its canonical key), type and surface. */
export interface Named {
  id: string;
  type: EntityType;
  surface: string;
}

/** Whether rest is nothing but industry words (新材料, 科技实业). */
function onlyIndustryWords(rest: string): boolean {
  let left = rest;
  for (let changed = true; changed && left.length > 0; ) {
    changed = false;
    for (const w of INDUSTRY_WORDS) if (left.startsWith(w)) ((left = left.slice(w.length)), (changed = true));
  }
  return left.length === 0;
}

/** Whether rest is nothing but place names (广州湖南) down to the `deepest` level. */
function onlyPlaces(rest: string, deepest = 3): boolean {
  let left = rest;
  while (left.length > 0) {
    // leadingPlace keeps a character after the place it finds; the sentinel lets a place end the string.
    const place = leadingPlace(`${left}\u0000`, deepest);
    if (place === undefined) return false;
    left = left.slice(place.length);
  }
  return true;
}

/**
 * Within one article a name written in full is then shortened: a company drops its industry words
 * (优铂斯新材料 → 优铂斯), unless they open with a service (优铂斯物流 is the firm's logistics, and 优铂斯
 * after it the firm), a hometown association its host places (广州市湖南郴州商会 → 郴州商会). The
 * short form takes the full name's id there, as does a body named without its county (桃江县马迹塘镇中心卫生院 →
 * 马迹塘镇中心卫生院), and a village the gazetteer does not know named without its street (联星街道花桥村 →
 * 花桥村). A short form must still be a name of its own: 人民医院 (湖南省人民医院 less its
 * province) opens with no place and stays apart.
 */
export function shortFormIds(mentions: readonly Named[]): Map<number, string> {
  const keys = mentions.map((m) => canonicalKey(m.surface, m.type));
  const longer = new LongerNames(mentions, keys);
  const latin = new LatinNames(mentions, keys);
  const out = new Map<number, string>();
  mentions.forEach((short, i) => {
    const full = latin.fullForm(short, keys[i]!);
    if (full !== undefined) out.set(i, full);
    const k = keys[i]!;
    // A village the gazetteer does not list, named once with its street or town (联星街道花桥村) and then alone.
    const village = short.type === 'Place' && VILLAGE_ENDING.test(k) && !isGazetteerId(short.id);
    if (short.type !== 'Company' && short.type !== 'Institution' && !village) return;
    const first = longer.first(short, k);
    if (first !== undefined) out.set(i, mentions[first]!.id);
  });
  return out;
}

/**
 * The longer names of an article by the short forms they could have: a company's by the openings
 * of its key, an institution's and a place's by the endings. Each distinct name is listed once per
 * short form, at its first mention, so a short form reads the few names it could stand for rather
 * than every mention of the article.
 */
class LongerNames {
  private readonly byAffix = new Map<string, number[]>();
  private readonly answers = new Map<string, number | undefined>();

  constructor(
    private readonly mentions: readonly Named[],
    private readonly keys: readonly string[],
  ) {
    const listed = new Set<string>();
    mentions.forEach((long, j) => {
      if (long.type !== 'Company' && long.type !== 'Institution' && long.type !== 'Place') return;
      const l = keys[j]!;
      for (let length = 2; length < l.length; length++) {
        const affix = long.type === 'Company' ? l.slice(0, length) : l.slice(l.length - length);
        const key = `${long.type}\u0000${affix}`;
        const name = `${key}\u0000${long.id}\u0000${l}`;
        if (listed.has(name)) continue;
        listed.add(name);
        const names = this.byAffix.get(key);
        if (names === undefined) this.byAffix.set(key, [j]);
        else names.push(j);
      }
    });
  }

  /** The first mention of the article whose name this one shortens, if any. */
  first(short: Named, k: string): number | undefined {
    const asked = `${short.type}\u0000${short.id}\u0000${k}`;
    if (this.answers.has(asked)) return this.answers.get(asked);
    const found = (this.byAffix.get(`${short.type}\u0000${k}`) ?? []).find((j) => {
      const long = this.mentions[j]!;
      if (long.id === short.id) return false;
      const l = this.keys[j]!;
      // A service after the firm's name (…物流) names a unit of the firm: the firm's name is the firm still.
      // A firm's place alone (上海 of 上海某某科技) is the place the tagger mistyped, never the firm's short
      // name: a firm named for its place is shortened by dropping the place, not the rest.
      if (short.type === 'Company') return onlyIndustryWords(l.slice(k.length)) && SERVICE_WORDS.prefixOf(l.slice(k.length)) === undefined && !onlyPlaces(k);
      if (short.type === 'Place') return !isGazetteerId(long.id) && onlyPlaces(l.slice(0, -k.length), TOWN);
      return leadingPlace(k, TOWN) !== undefined && onlyPlaces(l.slice(0, -k.length));
    });
    this.answers.set(asked, found);
    return found;
  }
}

/**
 * An English article names a firm or a person in full once and then by one word of it: Tianyi for
 * Hunan Tianyi Robotics Co., Ltd., Zhou for Zhou Wenbin, Kessler for Kessler Antriebstechnik GmbH
 * (and not for Markus Kessler, a person), Yangtze for the Yangtze River. The word must name exactly one longer name of the article.
 * Places are left to the gazetteer (Yueyang is the city, not Yueyang County), but for a river, a
 * lake or a mountain named again by its first word (the Yangtze River, then the Yangtze). A known
 * firm's name stands for itself (Google after Google Play, in any language's article).
 */
class LatinNames {
  /** By type, the ids of the names of two words or more that a word may stand for. */
  private readonly byWord = new Map<string, Set<string>>();
  /** Each such name's surface, by id, as first written. */
  private readonly surfaceOf = new Map<string, string>();

  constructor(mentions: readonly Named[], keys: readonly string[]) {
    mentions.forEach((long, j) => {
      if (!this.surfaceOf.has(long.id)) this.surfaceOf.set(long.id, long.surface);
      const words = keys[j]!.toLowerCase().split(/[\s,.]+/).filter((w) => w.length > 0);
      if (words.length < 2) return;
      const standFor =
        long.type === 'Person' ? [words[0]!, words[words.length - 1]!] : long.type === 'Place' ? (namesNaturalFeature(long.surface) ? [words[0]!] : []) : long.type === 'Company' ? words : [];
      for (const word of standFor) {
        const key = `${long.type}\u0000${word}`;
        this.byWord.set(key, (this.byWord.get(key) ?? new Set<string>()).add(long.id));
      }
    });
  }

  /** The id of the one longer name a Latin one-word name stands for, if exactly one. */
  fullForm(short: Named, key: string): string | undefined {
    const k = key.toLowerCase();
    if ((short.type !== 'Company' && short.type !== 'Person' && short.type !== 'Place') || /[\u4e00-\u9fff\s]/.test(k) || k.length < 2) return undefined;
    const ids = [...(this.byWord.get(`${short.type}\u0000${k}`) ?? [])].filter((id) => id !== short.id);
    if (ids.length !== 1) return undefined;
    // A known firm's name (Google, OPPO) is that firm, not a product or unit named after it (Google
    // Play, OPPO R17), unless the longer name is the firm's too (src/lexicon/known-aliases.json).
    const known = short.type === 'Company' ? KNOWN_ALIASES.organisation(short.surface) : undefined;
    return known === undefined || KNOWN_ALIASES.organisation(this.surfaceOf.get(ids[0]!)!) === known ? ids[0] : undefined;
  }
}
