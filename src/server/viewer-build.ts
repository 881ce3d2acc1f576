import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VIEWER_DIST } from './server';

const VIEWER_ROOT = fileURLToPath(new URL('../../viewer/', import.meta.url));

/** The newest change among the files the build reads, so a checkout that changed the page rebuilds it. */
function newestSource(): number {
  const src = join(VIEWER_ROOT, 'src');
  const files = [join(VIEWER_ROOT, 'index.html'), join(VIEWER_ROOT, 'vite.config.ts'), ...(existsSync(src) ? readdirSync(src).map((name) => join(src, name)) : [])];
  return Math.max(0, ...files.filter((file) => existsSync(file)).map((file) => statSync(file).mtimeMs));
}

/** A fresh clone has no viewer/dist, and an update may leave it stale: it is built with Vite (a dev dependency) before serving. */
export async function ensureViewerBuilt(log: (line: string) => void): Promise<void> {
  const page = `${VIEWER_DIST}index.html`;
  const built = existsSync(page) ? statSync(page).mtimeMs : 0;
  // Equal times count as fresh: a package tarball stamps every file with the same time.
  if (built !== 0 && built >= newestSource()) return;
  log(built === 0 ? 'view: building the web app (first run)…' : 'view: rebuilding the web app (its sources changed)…');
  const { build } = await import('vite');
  await build({ root: VIEWER_ROOT, configFile: `${VIEWER_ROOT}vite.config.ts`, logLevel: 'warn' });
}
