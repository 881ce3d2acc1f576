export { start, stop, status, freePort } from './instance';
export type { InstanceOptions, InstanceStatus } from './instance';
export { ensureInstalled, isInstalled } from './install';
export { defaultNeo4jHome, PROJECT_ROOT } from './paths';
