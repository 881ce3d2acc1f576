import type { Extractor } from '../extract';
import { ENTITY_TYPES } from '../extract/types';
import { autoDecisions, CurationFile, identityMap, suggestMerges } from '../identity';
import type { Curator, SuggestionDecision } from '../server';
import type { GraphStore } from '../store';
import { errorLine } from '../shared/errors';
import { syncIdentity } from './identity';

export interface CuratorOptions {
  curationFile: string;
  /** Made when the first decision needs it: the extractor loads its models then, not when the viewer starts. */
  extractor: () => Promise<Extractor>;
  log: (line: string) => void;
}

/**
 * The viewer's way to the curation file: an accepted suggestion is a merge, a rejected one a
 * distinct pair. Decisions are taken one at a time; each is written to the file at once (checked
 * first, as `wutong merge` does) and the graph follows in the background.
 */
export function createCurator(store: GraphStore, options: CuratorOptions): Curator {
  let landing: Promise<void> = Promise.resolve();
  const decide = async (edit: (file: CurationFile) => string): Promise<string> => {
    const file = CurationFile.read(options.curationFile);
    const decided = edit(file);
    const auto = await autoDecisions(store);
    const map = identityMap(file.decisions(), auto.merges, auto.words);
    file.save();
    landing = landing.then(async () => {
      const summary = await syncIdentity(store, map, { extractor: await options.extractor() });
      options.log(`curation: ${decided}; ${summary.relanded} article(s) landed again`);
    }).catch((error: unknown) => options.log(`curation: ${decided}, but the graph did not follow: ${errorLine(error)} (the next build applies it)`));
    return decided;
  };
  return {
    async suggestions(limit) {
      const { distinct, merges } = CurationFile.read(options.curationFile).decisions();
      const decided = new Set([...distinct, ...merges.map((m): [string, string] => [m.into, m.from])].flatMap(([a, b]) => [`${a} ${b}`, `${b} ${a}`]));
      return (await suggestMerges(store.connection)).filter((s) => !decided.has(`${s.into} ${s.from}`)).slice(0, limit);
    },
    accept: (d: SuggestionDecision) => decide((file) => {
      const type = ENTITY_TYPES.find((t) => t === d.type);
      file.addMerge({ into: d.into, from: d.from, intoName: d.intoName, fromName: d.fromName, ...(type === undefined ? {} : { type }) });
      return `merged ${d.fromName} (${d.from}) into ${d.intoName} (${d.into})`;
    }),
    reject: (d: SuggestionDecision) => decide((file) => {
      file.removeMerges(d.into, d.from);
      file.addDistinct(d.into, d.intoName, d.from, d.fromName);
      return `kept ${d.intoName} (${d.into}) and ${d.fromName} (${d.from}) distinct`;
    }),
    idle: () => landing,
  };
}
