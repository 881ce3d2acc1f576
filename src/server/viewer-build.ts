import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VIEWER_DIST } from './server';

const VIEWER_ROOT = fileURLToPath(new URL('../../viewer/', import.meta.url));

/** A fresh clone has no viewer/dist: it is built once with Vite (a dev dependency) before serving. */
export async function ensureViewerBuilt(log: (line: string) => void): Promise<void> {
  if (existsSync(`${VIEWER_DIST}index.html`)) return;
  log('view: building the web app (first run)…');
  const { build } = await import('vite');
  await build({ root: VIEWER_ROOT, configFile: `${VIEWER_ROOT}vite.config.ts`, logLevel: 'warn' });
}
