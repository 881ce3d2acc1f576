export type { NodeAttrs, EdgeAttrs, WutongGraph, GraphFormat } from './types';
export { GRAPH_FORMATS, edgeKey } from './types';
export { computeMetrics, computeLayout, seedPosition } from './layout';
export { readGraph, writeGraph, formatFromPath } from './files';
export { loadGraphFromNeo4j, readRows, runReadQuery, intParams, type Neo4jSource, type Row, type ReadQueryResult, type ReadQueryLimits } from './neo4j';
export { collectGraphValues, graphFromValues } from './subgraph';
export { buildSearchIndex, search, type SearchEntry, type SearchHit, type SearchIndex } from './search';
export { toPlain } from './values';
