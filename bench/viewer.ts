// The viewer on synthetic graphs in headless Chromium: page load → first drawn frame, frames per
// second while the user drags the camera, and how long search takes to answer on the big graph.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import type { Page } from 'playwright-core';
import { writeGraph, type EdgeAttrs, type NodeAttrs, type WutongGraph } from '../src/graph';
import { ensureViewerBuilt, launchChromium, openFileSource, startServer } from '../src/server';

const PLACES = '湘潭株洲长沙郴州岳阳常德益阳衡阳邵阳娄底怀化永州张家界湘西浏阳宁乡攸县桃江'.split('');
const KINDS: [string, string][] = [['经开区', 'Institution'], ['人民医院', 'Institution'], ['新材料有限公司', 'Company'], ['村委会', 'Institution'], ['街道', 'Place'], ['商会', 'Institution']];
const SURNAMES = '张王李刘陈杨黄赵周吴'.split('');
const TYPES_OF_RELATION = ['CO_MENTIONED', 'CO_MENTIONED', 'LOCATED_IN', 'PARTNERS_WITH', 'SIGNED_WITH', 'WORKS_AT'];

/** A seeded graph shaped like ours: clusters of places, bodies, companies and people, mostly linked within a cluster. */
function syntheticGraph(nodes: number, edges: number): WutongGraph {
  let seed = 7;
  const random = () => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return seed / 4294967296; };
  const clusters = Math.max(8, Math.round(nodes / 120));
  const graph: WutongGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  for (let i = 0; i < nodes; i++) {
    const cluster = i % clusters;
    const angle = (cluster / clusters) * 2 * Math.PI * 7;
    const radius = 40 + 400 * Math.sqrt(cluster / clusters);
    const person = i % 5 === 0;
    const [suffix, type] = person ? ['', 'Person'] : KINDS[i % KINDS.length]!;
    const label = person
      ? `${SURNAMES[i % SURNAMES.length]}${PLACES[(i * 3) % PLACES.length]}${PLACES[(i * 11) % PLACES.length]}`
      : `${PLACES[cluster % PLACES.length]}${PLACES[(cluster * 7 + 3) % PLACES.length]}${suffix}${Math.floor(i / clusters)}`;
    graph.addNode(`n${i}`, {
      label, type, aliases: [], articleCount: 1 + Math.floor(random() * 9), dates: [], degree: 0, pagerank: random() / nodes, community: cluster,
      x: radius * Math.cos(angle) + (random() - 0.5) * 40, y: radius * Math.sin(angle) + (random() - 0.5) * 40,
    });
  }
  for (let j = 0; j < edges; j++) {
    const a = Math.floor(random() * nodes);
    const b = random() < 0.9 ? (a + clusters * (1 + Math.floor(random() * 8))) % nodes : Math.floor(random() * nodes);
    if (a !== b) graph.addEdge(`n${a}`, `n${b}`, { type: TYPES_OF_RELATION[j % TYPES_OF_RELATION.length]!, weight: 1 + Math.floor(random() * 3) });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
  return graph;
}

/** Frames sigma drew while the mouse dragged the stage across the canvas for about three seconds. */
async function dragSweep(page: Page): Promise<number> {
  const box = (await page.locator('#graph').boundingBox())!;
  await page.evaluate(() => {
    const hooks = (window as unknown as { __wutong: { sigma: { on(e: string, f: () => void): void }; frames?: number } }).__wutong;
    hooks.frames = 0;
    hooks.sigma.on('afterRender', () => { hooks.frames = (hooks.frames ?? 0) + 1; });
  });
  const began = Date.now();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let step = 0; Date.now() - began < 3000; step++) {
    await page.mouse.move(cx + 200 * Math.cos(step / 5), cy + 150 * Math.sin(step / 5), { steps: 2 });
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => (window as unknown as { __wutong: { frames: number } }).__wutong.frames);
  return frames / ((Date.now() - began) / 1000);
}

async function searchTime(page: Page, text: string): Promise<number> {
  await page.fill('#search', '');
  const began = Date.now();
  await page.fill('#search', text);
  await page.waitForSelector('#search-results li[data-id]', { timeout: 60_000 });
  return Date.now() - began;
}

async function measure(nodes: number, edges: number, dir: string): Promise<string> {
  const file = path.join(dir, `synthetic-${nodes}.json`);
  writeFileSync(file, writeGraph(syntheticGraph(nodes, edges), 'json'));
  const server = await startServer(await openFileSource(file), '127.0.0.1', 0);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { __wutong?: { ready?: boolean } }).__wutong?.ready === true, null, { timeout: 300_000 });
    const firstFrame = await page.evaluate(() => (window as unknown as { __wutong: { firstFrameMs: number } }).__wutong.firstFrameMs);
    const fps = await dragSweep(page);
    const cold = await searchTime(page, '经开区');
    const pinyin = await searchTime(page, 'jingkaiqu');
    const name = `${nodes / 1000}k nodes / ${edges / 1000}k edges`;
    return `viewer ${name}: first frame ${(firstFrame / 1000).toFixed(1)} s after page load, ${fps.toFixed(1)} fps while dragging, `
      + `first search 经开区 answered in ${cold} ms, then jingkaiqu in ${pinyin} ms`;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchViewer(): Promise<string[]> {
  await ensureViewerBuilt(() => undefined);
  const dir = mkdtempSync(path.join(tmpdir(), 'wutong-bench-viewer-'));
  try {
    const lines: string[] = [];
    for (const [nodes, edges] of [[5000, 20000], [50000, 200000]] as const) lines.push(await measure(nodes, edges, dir));
    lines.push('viewer: headless Chromium with --disable-gpu draws WebGL in software (SwiftShader); a desktop GPU is far faster');
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
