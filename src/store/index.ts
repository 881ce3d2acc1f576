export { GraphStore } from './graph-store';
export type { GraphCounts, WriteBatch, WriteOptions, StoredArticleRef } from './graph-store';
export { neo4jConfigFromEnv, bundledPort, BUNDLED_PASSWORD } from './config';
export type { Neo4jConfig } from './config';
export { Neo4jConnection, type RetryListener } from './connection';
export { openDriver, type DriverOptions } from './driver';
export { neo4jFailure, storeError, type Neo4jFailure } from './errors';
export { cypherFolder, cypherStatement, cypherStatements, cypherText, splitStatements } from './cypher-files';
export { displayName } from './entity-names';
