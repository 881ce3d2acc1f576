import { readFile } from 'node:fs/promises';
import { pinyin } from 'pinyin-pro';
import { buildSearchIndex, formatFromPath, readGraph, search, type SearchIndex, type WutongGraph } from '../graph';
import { isSymmetric } from '../lexicon';
import { WutongError } from '../shared/errors';
import type { EntityDetail, GraphSource, SerializedGraph } from './source';

/** `wutong view --file`: an exported graph, no database; details come from the file's attributes (links, no evidence). */
export async function openFileSource(path: string): Promise<GraphSource> {
  const graph: WutongGraph = readGraph(await readFile(path, 'utf8'), formatFromPath(path));
  let index: SearchIndex | undefined;
  const searchIndex = (): SearchIndex => {
    index ??= buildSearchIndex(graph.mapNodes((id, a) => ({ id, name: a.label, type: a.type, aliases: a.aliases, articleCount: a.articleCount })));
    return index;
  };
  const serialized = graph.export() as SerializedGraph;
  return {
    async status() {
      return { mode: 'file', entities: graph.order, articles: 0, loaded: graph.order, label: path };
    },
    async graph() {
      return serialized;
    },
    async timeline() {
      return { months: [], undated: 0 };
    },
    async entity(id) {
      if (!graph.hasNode(id)) return null;
      const a = graph.getNodeAttributes(id);
      const relations: EntityDetail['relations'] = graph.mapEdges(id, (edge, attrs, source, target) => {
        const otherId = source === id ? target : source;
        const other = graph.getNodeAttributes(otherId);
        return {
          id: edge, type: attrs.type, outgoing: source === id, symmetric: isSymmetric(attrs.type), weight: attrs.weight, evidence: [],
          other: { id: otherId, name: other.label, type: other.type },
        };
      });
      relations.sort((x, y) => y.weight - x.weight);
      return {
        id, name: a.label, type: a.type, aliases: a.aliases, pinyin: pinyin(a.label, { toneType: 'none' }),
        articleCount: a.articleCount, mergedFrom: [], articles: [], relations, relationTotal: relations.length, months: [],
      };
    },
    async evidence() {
      return [];
    },
    async neighbours() {
      return { attributes: {}, options: serialized.options, nodes: [], edges: [] } as SerializedGraph;
    },
    async search(query, limit) {
      return search(searchIndex(), query, limit);
    },
    async path() {
      throw new WutongError('server', 'SERVER_NO_DATABASE', 'this view shows a file; paths with evidence need a database (run wutong view without --file)');
    },
    async ask() {
      throw new WutongError('server', 'SERVER_NO_DATABASE', 'this view shows a file; questions in words become Cypher, which needs a database (run wutong view without --file)');
    },
    async cypher() {
      throw new WutongError('server', 'SERVER_NO_DATABASE', 'this view shows a file; Cypher needs a database (run wutong view without --file)');
    },
    async close() {},
  };
}
