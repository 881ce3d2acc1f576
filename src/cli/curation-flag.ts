import { flagValue } from './args';
import type { CommandIO, ParsedArgs } from './command';
import type { Curation, IdentityMap } from '../identity';
import type { GraphStore } from '../store';

export interface CurationFlag {
  /** The curation file's decisions. */
  curation: Curation;
  /** The identity map: the file's decisions with the automatic merges and words accepted, kept in Neo4j. */
  identityOf: (store: GraphStore) => Promise<IdentityMap>;
}

/**
 * The curation file a build or a load lands under (--curation, WUTONG_CURATION, ./curation.yaml),
 * read before the graph is touched so a bad file stops the command first; the identity map follows
 * once the store is open.
 */
export async function readCurationFlag(args: ParsedArgs, io: CommandIO): Promise<CurationFlag> {
  const { CurationFile, curationPath, identityMap, autoDecisions } = await import('../identity');
  const curation = CurationFile.read(curationPath(flagValue(args, 'curation'), io.env)).curation;
  return {
    curation,
    identityOf: async (store) => {
      const auto = await autoDecisions(store);
      return identityMap(curation, auto.merges, auto.words);
    },
  };
}
