import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import {
  ensureViewerBuilt, launchChromium, openNeo4jSource, startServer, type Curator, type GraphSource, type Neo4jSourceOptions, type RunningServer,
} from '../../src/server';
import type { Neo4jConfig } from '../../src/store';

/** Where the end-to-end tests leave their screenshots. */
export const SHOTS = fileURLToPath(new URL('../../screenshots/e2e/', import.meta.url));

export interface ViewerSession {
  source: GraphSource;
  server: RunningServer;
  browser: Awaited<ReturnType<typeof launchChromium>>;
  page: Page;
  close(): Promise<void>;
}

/** The viewer served from a Neo4j on a free port, and a page of headless Chromium to use it with. */
export async function openViewer(config: Neo4jConfig, options: Neo4jSourceOptions, curator?: Curator): Promise<ViewerSession> {
  mkdirSync(SHOTS, { recursive: true });
  await ensureViewerBuilt(() => undefined);
  const source = openNeo4jSource(config, options);
  const opened: { close(): Promise<void> }[] = [source];
  const close = async (): Promise<void> => {
    for (const part of opened.reverse()) await part.close();
  };
  try {
    const server = await startServer(source, '127.0.0.1', 0, curator === undefined ? {} : { curator });
    opened.push(server);
    const browser = await launchChromium();
    opened.push(browser);
    return { source, server, browser, page: await browser.context.newPage(), close };
  } catch (error) {
    await close();
    throw error;
  }
}
