import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (two levels above this file), where neo4j/ and .wutong/ live. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const LAUNCHER_POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
export const LAUNCHER_CLASSES = path.join(PROJECT_ROOT, 'neo4j', 'target', 'classes');
export const LAUNCHER_JARS = path.join(PROJECT_ROOT, 'neo4j', 'target', 'lib');

/** Default home of the bundled instance's data, pid and log; WUTONG_NEO4J_HOME overrides it. */
export function defaultNeo4jHome(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.WUTONG_NEO4J_HOME || path.join(PROJECT_ROOT, '.wutong', 'neo4j'));
}
