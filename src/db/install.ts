import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LAUNCHER_CLASSES, LAUNCHER_JARS, LAUNCHER_POM } from './paths';
import { WutongError } from '../shared/errors';

const LAUNCHER_SOURCES = path.join(path.dirname(LAUNCHER_POM), 'src', 'main', 'java', 'wutong');

/** The jars are there and the compiled launcher is newer than its sources and the pom. */
export function isInstalled(): boolean {
  const compiled = path.join(LAUNCHER_CLASSES, 'wutong', 'Launcher.class');
  if (!existsSync(LAUNCHER_JARS) || !existsSync(compiled)) return false;
  const sources = [LAUNCHER_POM, ...readdirSync(LAUNCHER_SOURCES).map((name) => path.join(LAUNCHER_SOURCES, name))];
  const builtAt = statSync(compiled).mtimeMs;
  return sources.every((source) => statSync(source).mtimeMs <= builtAt);
}

/**
 * Fetches the Neo4j Community jars from Maven Central and compiles the launcher, once.
 * Maven does the fetching so the versions are pinned in neo4j/pom.xml and cached in ~/.m2.
 */
export async function ensureInstalled(log: (line: string) => void): Promise<void> {
  if (isInstalled()) return;
  log('db: fetching Neo4j Community 5.26 from Maven Central and compiling the launcher (once)…');
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('mvn', ['-q', '-B', '-f', LAUNCHER_POM, 'package'], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) =>
      reject(new WutongError('db', 'DB_NO_MAVEN', 'cannot run mvn (Apache Maven is needed to fetch Neo4j): ' + error.message)),
    );
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0 || !isInstalled()) {
    throw new WutongError('db', 'DB_INSTALL_FAILED', `mvn package for neo4j/pom.xml failed (exit ${code})`);
  }
}
