import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LAUNCHER_CLASSES, LAUNCHER_JARS, LAUNCHER_POM } from './paths';
import { WutongError } from '../shared/errors';

export function isInstalled(): boolean {
  return existsSync(LAUNCHER_JARS) && existsSync(`${LAUNCHER_CLASSES}/wutong/Launcher.class`);
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
