import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MultiDirectedGraph } from 'graphology';
import { computeLayout, computeMetrics, seedPosition } from './layout';
import { formatFromPath, readGraph, writeGraph } from './files';
import { graphFromValues } from './subgraph';
import { GRAPH_FORMATS, type EdgeAttrs, type NodeAttrs, type WutongGraph } from './types';

function sample(): WutongGraph {
  const graph: WutongGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const node = (label: string, type: string, aliases: string[] = []): NodeAttrs => ({
    label, type, aliases, articleCount: 2, dates: ['2024-11-20'], degree: 0, pagerank: 0, community: 0, x: 0, y: 0,
  });
  graph.addNode('czjkq', node('郴州经开区', 'Institution', ['郴州经济开发区', 'A&B <x>']));
  graph.addNode('huayu', node('湖南华宇新材料有限公司', 'Company'));
  graph.addNode('li', node('李建国', 'Person'));
  graph.addNode('beihu', node('北湖区', 'Place'));
  graph.addNode('chenzhou', node('郴州市', 'Place'));
  graph.addEdgeWithKey('r1', 'czjkq', 'huayu', { type: 'SIGNED_WITH', weight: 2 });
  graph.addEdgeWithKey('r2', 'czjkq', 'huayu', { type: 'CO_MENTIONED', weight: 1 });
  graph.addEdgeWithKey('r3', 'li', 'czjkq', { type: 'WORKS_AT', weight: 1 });
  graph.addEdgeWithKey('r4', 'beihu', 'chenzhou', { type: 'PART_OF', weight: 1 });
  return graph;
}

test('formatFromPath reads the extension', () => {
  const cases: [string, string][] = [['g.json', 'json'], ['dir/G.GEXF', 'gexf'], ['a.graphml', 'graphml'], ['a.xml', 'graphml']];
  for (const [path, format] of cases) assert.equal(formatFromPath(path), format, path);
  assert.throws(() => formatFromPath('graph.csv'), /cannot tell the format/);
});

test('every format keeps nodes, lists, positions, metrics and parallel relationships', () => {
  const graph = sample();
  computeMetrics(graph);
  computeLayout(graph);
  for (const format of GRAPH_FORMATS) {
    const back = readGraph(writeGraph(graph, format), format);
    assert.equal(back.order, graph.order, `${format}: nodes`);
    assert.equal(back.size, graph.size, `${format}: relationships`);
    const a = graph.getNodeAttributes('czjkq');
    const b = back.getNodeAttributes('czjkq');
    assert.deepEqual(b.aliases, a.aliases, `${format}: aliases`);
    assert.equal(b.label, a.label, `${format}: label`);
    assert.equal(b.community, a.community, `${format}: community`);
    assert.ok(Math.abs(b.x - a.x) < 1e-3 && Math.abs(b.y - a.y) < 1e-3, `${format}: position`);
    assert.ok(Math.abs(b.pagerank - a.pagerank) < 1e-9, `${format}: pagerank`);
    const types = back.edges('czjkq', 'huayu').map((e) => back.getEdgeAttribute(e, 'type')).sort();
    assert.deepEqual(types, ['CO_MENTIONED', 'SIGNED_WITH'], `${format}: parallel relationships`);
  }
});

test('a file from another tool gets our attributes with defaults', () => {
  const graphml = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>';
  const graph = readGraph(graphml, 'graphml');
  assert.deepEqual(graph.getNodeAttributes('a'), { label: 'a', type: 'Entity', aliases: [], articleCount: 0, dates: [], degree: 0, pagerank: 0, community: 0, x: 0, y: 0 });
  assert.throws(() => readGraph('<gexf', 'gexf'), /cannot read this gexf file/);
});

test('metrics and layout are the same on every run', () => {
  const [first, second] = [sample(), sample()];
  for (const graph of [first, second]) { computeMetrics(graph); computeLayout(graph); }
  assert.deepEqual(first.export(), second.export());
  const ranks = first.mapNodes((_k, a) => a.pagerank);
  assert.ok(Math.abs(ranks.reduce((s, r) => s + r, 0) - 1) < 1e-6, 'pagerank sums to one');
  assert.equal(first.getNodeAttribute('czjkq', 'degree'), 2, 'parallel relationships count one neighbour');
  assert.notEqual(first.getNodeAttribute('czjkq', 'community'), first.getNodeAttribute('beihu', 'community'), 'disconnected parts differ');
  assert.deepEqual(seedPosition('czjkq'), seedPosition('czjkq'));
  assert.notDeepEqual(seedPosition('czjkq'), seedPosition('huayu'));
});

test('graphFromValues keys nodes by their id property and skips relationships with an absent end', () => {
  const graph = graphFromValues({
    nodes: [
      { elementId: '4:x:1', labels: ['Entity', 'Company'], properties: { id: 'huayu', name: '华宇', type: 'Company' } },
      { elementId: '4:x:2', labels: ['Article'], properties: { id: 'a1', title: '签约', published: '2024-11-20T00:00' } },
    ],
    relationships: [
      { elementId: '5:x:1', type: 'MENTIONED_IN', startNodeElementId: '4:x:1', endNodeElementId: '4:x:2', properties: { count: 1 } },
      { elementId: '5:x:2', type: 'SIGNED_WITH', startNodeElementId: '4:x:1', endNodeElementId: '4:x:9', properties: {} },
    ],
  });
  assert.deepEqual(graph.nodes(), ['huayu', 'a1']);
  assert.equal(graph.getNodeAttribute('a1', 'label'), '签约');
  assert.equal(graph.getNodeAttribute('a1', 'type'), 'Article');
  assert.deepEqual(graph.getNodeAttribute('a1', 'dates'), ['2024-11-20']);
  assert.deepEqual(graph.edges(), ['huayu-[MENTIONED_IN]->a1']);
});

test('graphFromValues draws one edge per source, target and type, weighted as the loaded graph is', () => {
  const node = (elementId: string, id: string) => ({ elementId, labels: ['Entity'], properties: { id, name: id } });
  const rel = (elementId: string, type: string, from: string, to: string, properties: Record<string, unknown> = {}) => ({
    elementId, type, startNodeElementId: from, endNodeElementId: to, properties,
  });
  const nodes = [node('n1', 'czjkq'), node('n2', 'huayu'), node('n3', 'yiyuan')];
  const cases: { label: string; relationships: ReturnType<typeof rel>[]; edges: string[] }[] = [
    { label: 'evidence items of one typed link add up', relationships: [rel('r1', 'SIGNED_WITH', 'n1', 'n2'), rel('r2', 'SIGNED_WITH', 'n1', 'n2'), rel('r3', 'SIGNED_WITH', 'n1', 'n2')], edges: ['czjkq-[SIGNED_WITH]->huayu ×3'] },
    { label: 'a relationship repeated across rows counts once', relationships: [rel('r1', 'SIGNED_WITH', 'n1', 'n2'), rel('r1', 'SIGNED_WITH', 'n1', 'n2')], edges: ['czjkq-[SIGNED_WITH]->huayu ×1'] },
    { label: 'a co-mention keeps its stored weight', relationships: [rel('c1', 'CO_MENTIONED', 'n1', 'n3', { weight: 5 })], edges: ['czjkq-[CO_MENTIONED]->yiyuan ×5'] },
    { label: 'types and directions stay apart', relationships: [rel('r1', 'SIGNED_WITH', 'n1', 'n2'), rel('r2', 'INVESTS_IN', 'n2', 'n1'), rel('c1', 'CO_MENTIONED', 'n1', 'n2', { weight: 2 })], edges: ['czjkq-[CO_MENTIONED]->huayu ×2', 'czjkq-[SIGNED_WITH]->huayu ×1', 'huayu-[INVESTS_IN]->czjkq ×1'] },
  ];
  for (const c of cases) {
    const graph = graphFromValues({ nodes, relationships: c.relationships });
    const edges = graph.mapEdges((key, attrs) => `${key} ×${attrs.weight}`).sort();
    assert.deepEqual(edges, c.edges, c.label);
  }
});
