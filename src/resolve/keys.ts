import { createHash } from 'node:crypto';
import type { EntityType } from '../extract/types';
import { gazetteer } from './gazetteer';
import { z } from 'zod';
import { WordList, zh } from '../lexicon';
import { readJson } from '../shared/data';
import { normaliseName } from '../shared/names';

const nameData = readJson(new URL('./names.json', import.meta.url), z.object({
  comment: z.string(),
  aliases: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
  hospitalOrdinal: z.object({ pattern: z.string(), replacement: z.string() }),
}), 'resolve');
const SHORT_FORM = new Map(nameData.aliases);
// The longest long form first, so 高新技术产业开发区 is rewritten before 开发区 could be.
const LONG_FORMS = new WordList('resolve/aliases', [...SHORT_FORM.keys()]);
const HOSPITAL_ORDINAL = new RegExp(nameData.hospitalOrdinal.pattern, 'g');
const LEGAL_FORMS = zh('companyKeyEndings');
const INDUSTRY_WORDS = zh('industryWords');
const ZONE_ENDINGS = zh('zoneEndings');
// Middle dots (in their several code points), hyphens and dashes between the parts of a transliterated name.
const NAME_PART_MARKS = /[·•・‧∙⋅\-－‐‑–—]/gu;

export { normaliseName };

/** Development zones are places whatever tagger named them, so zone and committee never share a node. */
export function canonicalType(name: string, type: EntityType): EntityType {
  return type !== 'Person' && isZone(name) ? 'Place' : type;
}

/** The key two surfaces share exactly when they name the same thing. */
export function canonicalKey(name: string, type: EntityType): string {
  const n = normaliseName(name);
  // 勒布朗·詹姆斯, 勒布朗-詹姆斯 and 勒布朗詹姆斯 are one transliterated name: the marks between its parts are style.
  if (type === 'Person') return /[\u4e00-\u9fff]/.test(n) ? n.replace(NAME_PART_MARKS, '') : n;
  if (!/[\u4e00-\u9fff]/.test(n)) return stripLegalForm(n.toLowerCase()).replace(/[,.\s]+$/, '');
  if (type === 'Company') return stripLeadingPlaces(stripLegalForm(n.replace(/[（(][^）)]*[）)]/g, '')));
  return shortenLeadingPlace(applyAliases(n));
}

/**
 * What is left of an organisation's name without its legal form, bracketed place and trailing
 * business words (腾讯科技（深圳）有限公司, 腾讯公司 and 腾讯 are all 腾讯): two names with one
 * core are candidates for one organisation, for the identity stage to weigh with the corpus's evidence.
 */
export function coreName(name: string): string {
  const g = gazetteer();
  const n = normaliseName(name);
  if (!/[\u4e00-\u9fff]/.test(n)) return canonicalKey(n, 'Company');
  // Leading places stay: 江城大学 and 岭南某城大学, 甲省卫视 and 乙省卫视 are not one body.
  let core = stripLegalForm(n.replace(/[（(][^）)]*[）)]/g, ''));
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of INDUSTRY_WORDS) {
      const rest = core.slice(0, -w.length);
      // 北京银行 keeps its bank: a place alone is not the core of a firm.
      if (core.endsWith(w) && rest.length >= 2 && !g.byName.has(rest) && !g.byShortName.has(rest)) ((core = rest), (changed = true));
    }
  }
  return core;
}

export function entityId(type: EntityType, key: string): string {
  return `${type.toLowerCase()}:${createHash('sha1').update(`${type}\n${key}`).digest('hex').slice(0, 16)}`;
}

export function placeId(code: string): string {
  return `place:gb${code}`;
}

/** Whether an id is a gazetteer division's (placeId), not a name's. */
export function isGazetteerId(id: string): boolean {
  return id.startsWith('place:gb');
}

function applyAliases(n: string): string {
  let out = n;
  for (const long of LONG_FORMS) out = out.split(long).join(SHORT_FORM.get(long)!);
  return out.replace(HOSPITAL_ORDINAL, nameData.hospitalOrdinal.replacement);
}

function stripLegalForm(n: string): string {
  let out = n;
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (out.toLowerCase().endsWith(form) && out.length - form.length >= 2) {
        out = out.slice(0, -form.length).trim().replace(/,$/, '');
        changed = true;
      }
    }
  }
  return out;
}

/** 湖南鑫能实业 → 鑫能实业, but 长沙银行 stays: what is left must be a name, not just an industry word. */
function stripLeadingPlaces(n: string): string {
  let out = n;
  for (let place = leadingPlace(out); place !== undefined; place = leadingPlace(out)) {
    const rest = out.slice(place.length);
    let core = rest;
    for (let changed = true; changed; ) {
      changed = false;
      for (const w of INDUSTRY_WORDS) if (core.endsWith(w) && core.length > w.length) ((core = core.slice(0, -w.length)), (changed = true));
    }
    if (core.length < 2 || INDUSTRY_WORDS.has(core)) break;
    out = rest;
  }
  return out;
}

/** 郴州市经开区 → 郴州经开区: the 市/省 after a city or province name is optional in names. */
function shortenLeadingPlace(n: string): string {
  const place = leadingPlace(n);
  if (place === undefined || place.length === n.length) return n;
  const short = gazetteer().byName.has(place) && /[省市]$/.test(place) ? place.slice(0, -1) : place;
  return n.length - place.length >= 2 ? short + n.slice(place.length) : n;
}

/** The longest division name (full or short) down to `deepest` level that starts the name. */
export function leadingPlace(n: string, deepest = 2): string | undefined {
  const g = gazetteer();
  for (let length = Math.min(n.length - 1, 10); length >= 2; length -= 1) {
    const part = n.slice(0, length);
    const found = [...(g.byName.get(part) ?? []), ...(g.byShortName.get(part) ?? [])];
    if (found.some((d) => d.level <= deepest)) return part;
  }
  return undefined;
}

export function isZone(name: string): boolean {
  return ZONE_ENDINGS.endsText(normaliseName(name));
}
