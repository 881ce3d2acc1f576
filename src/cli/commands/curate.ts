import { createExtractorFromFlags, EXTRACTOR_FLAGS, EXTRACTOR_USAGE } from '../extractor-flags';
import { EXIT_OK, EXIT_USAGE, type Command, type CommandIO, type ParsedArgs } from '../command';
import { flagValue, positiveFlag, UsageError } from '../args';
import { connectStore } from '../connect';
import type { CurationFile, IdentityMap, NodeRef } from '../../identity';
import type { GraphStore } from '../../store';
import { DEFAULT_WORKERS } from '../../pipeline/limits';
import { ENTITY_TYPES, type EntityType } from '../../extract/types';


const COMMON_USAGE = `The decision is written to the curation file (--curation PATH, else WUTONG_CURATION, else
curation.yaml in the working directory; kept as plain YAML, comments and order kept), and the graph
follows at once: the articles it moves are extracted again from their stored text and landed anew.
Every later build applies the file too, so a rebuild never undoes a decision. A node is named by its
id or by a name or alias that names one node only; an ambiguous name lists the candidates and
nothing is changed. A curation file that does not parse names its line, and nothing is changed.

  --curation PATH         the curation file (default ./curation.yaml, or WUTONG_CURATION)
  --workers N             extraction threads for the articles landed again (default ${DEFAULT_WORKERS})
${EXTRACTOR_USAGE}`;

interface Curate {
  name: string;
  summary: string;
  args: string;
  about: string;
  /** Edits the file; returns what was decided, in one line, or undefined when there is nothing to do. */
  edit(file: CurationFile, store: GraphStore, map: IdentityMap, positionals: string[], say: (line: string) => void): Promise<string | undefined>;
}

function curateCommand(spec: Curate): Command {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: `wutong ${spec.name} ${spec.args} [--curation PATH]\n\n${spec.about}\n\n${COMMON_USAGE}`,
    valueFlags: ['curation', 'workers', ...EXTRACTOR_FLAGS],
    booleanFlags: [],
    run: (args, io) => runCurate(spec, args, io),
  };
}

async function runCurate(spec: Curate, args: ParsedArgs, io: CommandIO): Promise<number> {
  if (args.positionals.length !== 2) {
    io.stderr.write(`wutong ${spec.name}: expected ${spec.args}\n`);
    return EXIT_USAGE;
  }
  const workers = positiveFlag(args, 'workers', DEFAULT_WORKERS, true);
  const { CurationFile, curationPath, identityMap, autoDecisions } = await import('../../identity');
  // A bad file fails here, before the graph is touched or the file written.
  const file = CurationFile.read(curationPath(flagValue(args, 'curation'), io.env));
  const store = await connectStore(io);
  try {
    const auto = await autoDecisions(store);
    const out = (line: string) => io.stdout.write(line + '\n');
    const decided = await spec.edit(file, store, identityMap(file.curation, auto.merges, auto.words), args.positionals, out);
    if (decided === undefined) return EXIT_OK;
    // The map is checked (a merge that contradicts a distinct entry) before the file is written.
    const map = identityMap(file.decisions(), auto.merges, auto.words);
    file.save();
    out(`${decided} (written to ${file.file})`);
    const { extractor } = await createExtractorFromFlags(args, io.env);
    const { syncIdentity } = await import('../../pipeline');
    const summary = await syncIdentity(store, map, { extractor, workers });
    const counts = await store.counts();
    out(`Landed ${summary.relanded} article(s) again. Graph now: ${counts.articles} articles, ${counts.entities} entities, ${counts.relationships} relationships`);
    for (const f of summary.failed) io.stderr.write(`wutong ${spec.name}: article ${f.id} kept as it was: ${f.reason}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

async function node(store: GraphStore, query: string, map: IdentityMap): Promise<NodeRef> {
  const { findNode } = await import('../../identity');
  return findNode(store, query, map);
}

const label = (n: NodeRef) => `${n.name} (${n.id})`;

export const mergeCommand = curateCommand({
  name: 'merge',
  summary: 'make two nodes one: B joins A (written to curation.yaml)',
  args: '<A> <B>',
  about: 'B joins A: one node with A\'s id, name and type, holding every mention, link and alias of both.\nThe node remembers it (mergedFrom), and `wutong split A B` undoes it.',
  async edit(file, store, map, [a, b], say) {
    const { nodeOf } = await import('../../identity');
    const into = await node(store, a!, map);
    const from = await node(store, b!, map);
    const [intoId, fromId] = [nodeOf(map, into.id), nodeOf(map, from.id)];
    if (intoId === fromId) {
      say(`${label(into)} and ${label(from)} are one node already`);
      return undefined;
    }
    const type = ENTITY_TYPES.find((t) => t === into.type);
    file.addMerge({ into: intoId, from: fromId, intoName: into.name, fromName: from.name, ...(type === undefined ? {} : { type }) });
    return `Merged ${label(from)} into ${label(into)}`;
  },
});

export const splitCommand = curateCommand({
  name: 'split',
  summary: 'keep two nodes apart: undoes a merge, and no automatic merge joins them',
  args: '<A> <B>',
  about: 'Undoes a merge of B into A (B may be named by the id or name it had), and records that the two\nare distinct, so no automatic merge joins them again.',
  async edit(file, store, map, [a, b]) {
    const one = await node(store, a!, map);
    const other = await node(store, b!, map);
    if (one.id === other.id) throw new UsageError(`${label(one)} is one node: name the node it was merged from by its former id or name`);
    const { nodeOf } = await import('../../identity');
    const joined = nodeOf(map, one.id) === nodeOf(map, other.id);
    file.removeMerges(one.id, other.id);
    file.addDistinct(one.id, one.name, other.id, other.name);
    return joined ? `Split ${label(other)} from ${label(one)}; kept distinct` : `Kept ${label(one)} and ${label(other)} distinct`;
  },
});

/**
 * A command that sets one thing on a node in the file (an alias, a name, a type): the node is found
 * by id or name, and the setting goes on the node it lands on now (after merges).
 */
function nodeCommand(spec: Omit<Curate, 'edit'> & {
  setting(value: string): { alias?: string; name?: string; type?: EntityType };
  said(target: string, value: string): string;
}): Command {
  return curateCommand({
    ...spec,
    async edit(file, store, map, [a, raw]) {
      const value = raw!.trim();
      const setting = spec.setting(value);
      const { nodeOf } = await import('../../identity');
      const target = await node(store, a!, map);
      file.setNode(nodeOf(map, target.id), setting);
      return spec.said(label(target), value);
    },
  });
}

export const aliasCommand = nodeCommand({
  name: 'alias',
  summary: 'a surface that names a node: its mentions land on it',
  args: '<A> <surface>',
  about: 'Every mention written exactly as <surface>, in any article, lands on A.',
  setting: (alias) => ({ alias }),
  said: (target, alias) => `Mentions written '${alias}' land on ${target}`,
});

export const renameCommand = nodeCommand({
  name: 'rename',
  summary: 'the name a node shows',
  args: '<A> <name>',
  about: 'A shows <name> as its name, whatever its mentions say; the old name stays an alias.',
  setting: (name) => ({ name }),
  said: (target, name) => `Renamed ${target} to ${name}`,
});

export const typeCommand = nodeCommand({
  name: 'type',
  summary: 'the type of a node (Company, Institution, Person, Place)',
  args: '<A> <Type>',
  about: `A takes the type <Type> (${ENTITY_TYPES.join(', ')}), whatever its mentions say.`,
  setting: (type) => {
    const decided = ENTITY_TYPES.find((t) => t === type);
    if (decided === undefined) throw new UsageError(`the type must be one of ${ENTITY_TYPES.join(', ')}, not ${type}`);
    return { type: decided };
  },
  said: (target, type) => `${target} is a ${type}`,
});

export const CURATION_COMMANDS: readonly Command[] = [mergeCommand, splitCommand, aliasCommand, renameCommand, typeCommand];
