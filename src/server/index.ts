export { startServer, VIEWER_DIST, type RunningServer, type ServerOptions } from './server';
export { isLoopbackHost, TOKEN_HEADER } from './access';
export { openNeo4jSource, type Neo4jSourceOptions } from './neo4j-source';
export { openFileSource } from './file-source';
export { launchChromium } from './chromium';
export { ensureViewerBuilt } from './viewer-build';
export { PANEL_LIMITS, type PanelLimits } from './panel';
export { MAX_HOPS, PATH_LIMITS, type PathAnswer, type PathRequest, type EntityPath, type PathHop, type PathLink } from './paths';
export type { Curator, SuggestionDecision, GraphSource, EntityDetail, RelationDetail, Evidence, LinkRef, Status, CypherAnswer, SerializedGraph } from './source';
