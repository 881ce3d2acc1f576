import { flagValue } from './args';
import type { CommandIO, ParsedArgs } from './command';
import type { IdentityMap } from '../identity';
import type { GraphStore } from '../store';

/**
 * The curation file a build or a load lands under (--curation, WUTONG_CURATION, ./curation.yaml),
 * read before the graph is touched so a bad file stops the command first; the identity map follows
 * once the store is open (it adds the automatic merges and words accepted, kept in Neo4j).
 */
export async function readCurationFlag(args: ParsedArgs, io: CommandIO): Promise<(store: GraphStore) => Promise<IdentityMap>> {
  const { CurationFile, curationPath, identityMap, autoDecisions } = await import('../identity');
  const curation = CurationFile.read(curationPath(flagValue(args, 'curation'), io.env)).curation;
  return async (store) => {
    const auto = await autoDecisions(store);
    return identityMap(curation, auto.merges, auto.words);
  };
}
