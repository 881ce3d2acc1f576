import { namesNaturalFeature } from '../extract/en';
import type { EntityType } from '../extract/types';
import { VILLAGE_ENDING } from './gazetteer';
import { canonicalKey, isGazetteerId, leadingPlace } from './keys';
import nameData from './names.json';

const INDUSTRY_WORDS = [...nameData.industryWords].sort((a, b) => b.length - a.length);
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
 * (优铂斯新材料 → 优铂斯), a hometown association its host places (广州市湖南郴州商会 → 郴州商会). The
 * short form takes the full name's id there, as does a body named without its county (桃江县马迹塘镇中心卫生院 →
 * 马迹塘镇中心卫生院), and a village the gazetteer does not know named without its street (联星街道花桥村 →
 * 花桥村). A short form must still be a name of its own: 人民医院 (湖南省人民医院 less its
 * province) opens with no place and stays apart.
 */
export function shortFormIds(mentions: readonly Named[]): Map<number, string> {
  const keys = mentions.map((m) => canonicalKey(m.surface, m.type));
  const out = new Map<number, string>();
  mentions.forEach((short, i) => {
    const latin = latinFullForm(mentions, keys, i);
    if (latin !== undefined) out.set(i, latin);
    const k = keys[i]!;
    // A village the gazetteer does not list, named once with its street or town (联星街道花桥村) and then alone.
    const village = short.type === 'Place' && VILLAGE_ENDING.test(k) && !isGazetteerId(short.id);
    if (short.type !== 'Company' && short.type !== 'Institution' && !village) return;
    const full = mentions.findIndex((long, j) => {
      if (j === i || long.type !== short.type || long.id === short.id) return false;
      const l = keys[j]!;
      if (l.length <= k.length || k.length < 2) return false;
      if (short.type === 'Company') return l.startsWith(k) && onlyIndustryWords(l.slice(k.length));
      if (short.type === 'Place') return !isGazetteerId(long.id) && l.endsWith(k) && onlyPlaces(l.slice(0, -k.length), TOWN);
      return l.endsWith(k) && leadingPlace(k, TOWN) !== undefined && onlyPlaces(l.slice(0, -k.length));
    });
    if (full >= 0) out.set(i, mentions[full]!.id);
  });
  return out;
}

/**
 * An English article names a firm or a person in full once and then by one word of it: Tianyi for
 * Hunan Tianyi Robotics Co., Ltd., Zhou for Zhou Wenbin, Kessler for Kessler Antriebstechnik GmbH
 * (and not for Markus Kessler, a person), Yangtze for the Yangtze River. The word must name exactly one longer name of the article.
 */
function latinFullForm(mentions: readonly Named[], keys: readonly string[], i: number): string | undefined {
  const short = mentions[i]!;
  const k = keys[i]!.toLowerCase();
  // Places are left to the gazetteer (Yueyang is the city, not Yueyang County), but for a river, a
  // lake or a mountain named again by its first word (the Yangtze River, then the Yangtze).
  if ((short.type !== 'Company' && short.type !== 'Person' && short.type !== 'Place') || /[\u4e00-\u9fff\s]/.test(k) || k.length < 2) return undefined;
  const fulls = new Set<string>();
  mentions.forEach((long, j) => {
    if (j === i || long.type !== short.type || long.id === short.id) return;
    const words = keys[j]!.toLowerCase().split(/[\s,.]+/).filter((w) => w.length > 0);
    if (words.length < 2) return;
    const matches = short.type === 'Person' ? words[0] === k || words[words.length - 1] === k : short.type === 'Place' ? words[0] === k && namesNaturalFeature(long.surface) : words.includes(k);
    if (matches) fulls.add(long.id);
  });
  return fulls.size === 1 ? [...fulls][0] : undefined;
}
