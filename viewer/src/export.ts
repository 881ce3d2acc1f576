import type Sigma from 'sigma';
import { api, type SerializedGraph } from './api';
import type { ViewGraph } from './canvas';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Sigma draws on stacked canvases; they are composed right after a synchronous render, while WebGL buffers still hold the frame. */
export function exportPng(sigma: Sigma): void {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = width * ratio;
  output.height = height * ratio;
  const context = output.getContext('2d');
  if (!context) return;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  sigma.refresh();
  for (const layer of Object.values(sigma.getCanvases())) context.drawImage(layer, 0, 0, output.width, output.height);
  output.toBlob((blob) => { if (blob) download('wutong.png', blob); }, 'image/png');
}

/** The visible part of the graph, written by the server's writer so Gephi gets the same files as `wutong export`. */
export async function exportGraph(
  graph: ViewGraph, visibleNode: (node: string) => boolean, visibleEdge: (edge: string) => boolean, format: 'gexf' | 'graphml',
): Promise<void> {
  const sub = graph.nullCopy();
  graph.forEachNode((key, attrs) => { if (visibleNode(key)) sub.addNode(key, attrs); });
  graph.forEachEdge((key, attrs, source, target) => { if (visibleEdge(key) && sub.hasNode(source) && sub.hasNode(target)) sub.addEdgeWithKey(key, source, target, attrs); });
  download(`wutong.${format}`, await api.exportFile(sub.export() as SerializedGraph, format));
}
