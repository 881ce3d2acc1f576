export { GraphStore } from './graph-store';
export type { GraphCounts, WriteBatch, StoredArticleRef } from './graph-store';
export { neo4jConfigFromEnv, bundledPort, BUNDLED_PASSWORD } from './config';
export type { Neo4jConfig } from './config';
export { openDriver, storeError } from './driver';
export { cypherStatements, splitStatements } from './cypher-files';
export { EVIDENCE_KEYS } from './facts';
