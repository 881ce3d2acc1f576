import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolvedArticle, ResolvedEntity, ResolvedRelation } from '../resolve';
import { applyIdentity } from './apply';
import { EMPTY_CURATION, identityChange, identityMap, nodeOf, parseMap, serialiseMap, type Curation, type MergeEntry, type WordEntry } from './map';

const entity = (id: string, type: ResolvedEntity['type'], name: string, starts: number[]): ResolvedEntity => ({
  id, type, name, surfaces: [name], starts, ends: starts.map((s) => s + name.length),
});
const relation = (source: string, target: string, type: string, start: number, confidence = 0.8): ResolvedRelation => ({
  source, target, type, evidence: { articleId: 'a1', sentence: '…', start, end: start + 10, extractor: 'rules', confidence },
});
const article = (entities: ResolvedEntity[], relations: ResolvedRelation[], authors: string[] = [], text = '…'): ResolvedArticle => ({
  article: { id: 'a1', title: 't', authors: [], source: 'x.txt', index: 0, lang: 'zh', text }, entities, relations, authors,
});
const merge = (into: string, from: string, extra: Partial<MergeEntry> = {}): MergeEntry => ({ into, from, intoName: `name of ${into}`, fromName: `name of ${from}`, source: 'curation', evidence: ['merged by hand'], ...extra });
const curation = (c: Partial<Curation>): Curation => ({ ...EMPTY_CURATION, nodes: new Map(), ...c });

const longForm = entity('company:long', 'Company', '星河动力科技有限公司', [0, 40]);
const shortForm = entity('institution:short', 'Institution', '星河动力', [20]);
const town = entity('place:town', 'Place', '青竹镇', [30]);

// An article of our own where the tagger took a word (颜值) for a person, and a firm's name once for its short form.
const wordText = '青禾科技发布新机，颜值很高。青禾的颜值团队说，颜值是卖点。';
const word = entity('person:word', 'Person', '颜值', [9, 17, 23]);
const firm: ResolvedEntity = { id: 'company:qinghe', type: 'Company', name: '青禾科技', surfaces: ['青禾科技', '青禾'], starts: [0, 14], ends: [4, 16] };
const wordLink = relation('company:qinghe', 'person:word', 'WORKS_AT', 14);
const auto = (surface: string): WordEntry => ({ surface, source: 'auto', evidence: ['the corpus writes it as a word'] });

const cases: { label: string; map: Curation; auto?: MergeEntry[]; words?: WordEntry[]; input: ResolvedArticle; expect: (out: ResolvedArticle) => void }[] = [
  {
    label: 'an empty map leaves the article as it is (the same object)',
    map: EMPTY_CURATION,
    input: article([longForm, shortForm], [relation('company:long', 'institution:short', 'CO_MENTIONED', 0)]),
    expect: (out) => assert.equal(out.entities[0], longForm),
  },
  {
    label: 'two entities of one node fold into one, mentions in text order, the node\'s type and name',
    map: curation({ merges: [merge('company:long', 'institution:short', { intoName: '星河动力科技' })] }),
    input: article([shortForm, longForm, town], []),
    expect: (out) => {
      assert.deepEqual(out.entities.map((e) => e.id), ['company:long', 'place:town']);
      const joined = out.entities[0]!;
      assert.deepEqual([joined.starts, joined.ends], [[0, 20, 40], [10, 24, 50]]);
      assert.deepEqual([joined.type, joined.name, joined.retype], ['Company', '星河动力科技', true]);
      assert.deepEqual(joined.surfaces.sort(), ['星河动力', '星河动力科技有限公司']);
    },
  },
  {
    label: 'an entity alone in its article moves onto the node with the node\'s type',
    map: curation({ merges: [merge('company:long', 'institution:short')] }),
    input: article([shortForm, town], [relation('institution:short', 'place:town', 'LOCATED_IN', 5)]),
    expect: (out) => {
      assert.deepEqual(out.entities.map((e) => [e.id, e.type]), [['company:long', 'Company'], ['place:town', 'Place']]);
      assert.deepEqual(out.relations.map((r) => [r.source, r.type, r.target]), [['company:long', 'LOCATED_IN', 'place:town']]);
    },
  },
  {
    label: 'a link between the two merged entities goes (it would join the node to itself); others move',
    map: curation({ merges: [merge('company:long', 'institution:short')] }),
    input: article([longForm, shortForm, town], [
      relation('company:long', 'institution:short', 'PARTNERS_WITH', 0),
      relation('institution:short', 'place:town', 'CO_MENTIONED', 20),
    ]),
    expect: (out) => assert.deepEqual(out.relations.map((r) => `${r.source} ${r.type} ${r.target}`), ['company:long CO_MENTIONED place:town']),
  },
  {
    label: 'two readings of one sentence that now coincide keep the surer one',
    map: curation({ merges: [merge('company:long', 'institution:short')] }),
    input: article([longForm, shortForm, town], [relation('company:long', 'place:town', 'LOCATED_IN', 0, 0.6), relation('institution:short', 'place:town', 'LOCATED_IN', 0, 0.9)]),
    expect: (out) => assert.deepEqual(out.relations.map((r) => r.evidence.confidence), [0.9]),
  },
  {
    label: 'joins chain: B into A and A into C put B on C',
    map: curation({ merges: [merge('company:long', 'institution:short'), merge('place:town', 'company:long')] }),
    input: article([shortForm], []),
    expect: (out) => assert.deepEqual(out.entities.map((e) => [e.id, e.type]), [['place:town', 'Place']]),
  },
  {
    label: 'an alias pulls a mention written that way onto its node',
    map: curation({ nodes: new Map([['company:long', { aliases: ['星河动力'] }]]) }),
    input: article([shortForm, town], []),
    expect: (out) => assert.deepEqual(out.entities.map((e) => e.id), ['company:long', 'place:town']),
  },
  {
    label: 'a rename and a type change reach an unmerged node',
    map: curation({ nodes: new Map([['place:town', { name: '青竹', type: 'Institution' }]]) }),
    input: article([town], []),
    expect: (out) => assert.deepEqual([out.entities[0]!.name, out.entities[0]!.type, out.entities[0]!.retype], ['青竹', 'Institution', true]),
  },
  {
    label: 'bylines move too',
    map: curation({ merges: [merge('person:a', 'person:b')] }),
    input: article([entity('person:b', 'Person', '林一', [])], [], ['person:b']),
    expect: (out) => assert.deepEqual(out.authors, ['person:a']),
  },
  {
    label: 'a distinct pair vetoes an automatic merge, not one of the file',
    map: curation({ distinct: [['company:long', 'institution:short']] }),
    auto: [merge('company:long', 'institution:short', { source: 'auto', score: 0.9 })],
    input: article([shortForm], []),
    expect: (out) => assert.equal(out.entities[0]!.id, 'institution:short'),
  },
  {
    label: 'a word of the automatic stage takes its entity out, with the links and bylines it had',
    map: curation({}),
    words: [auto('颜值')],
    input: article([firm, word], [wordLink], ['person:word'], wordText),
    expect: (out) => assert.deepEqual([out.entities.map((e) => e.id), out.relations.length, out.authors], [['company:qinghe'], 0, []]),
  },
  {
    label: 'a word of the file does too',
    map: curation({ words: ['颜值'] }),
    input: article([firm, word], [wordLink], [], wordText),
    expect: (out) => assert.deepEqual(out.entities.map((e) => e.id), ['company:qinghe']),
  },
  {
    label: 'a name in the file overrules the automatic stage: the entity stays',
    map: curation({ names: ['颜值'] }),
    words: [auto('颜值')],
    input: article([firm, word], [wordLink], [], wordText),
    expect: (out) => assert.deepEqual([out.entities.map((e) => e.id), out.relations.length], [['company:qinghe', 'person:word'], 1]),
  },
  {
    label: 'an entity keeps its mentions written otherwise, and takes one of them for its name when its own was the word',
    map: curation({ words: ['青禾科技'] }),
    input: article([firm, word], [wordLink], [], wordText),
    expect: (out) => {
      const kept = out.entities.find((e) => e.id === 'company:qinghe')!;
      assert.deepEqual([kept.name, kept.surfaces, kept.starts, kept.ends, out.relations.length], ['青禾', ['青禾'], [14], [16], 1]);
    },
  },
  {
    label: 'a word the article does not use leaves it as it was (the same object)',
    map: curation({ words: ['科普'] }),
    input: article([firm, word], [wordLink], [], wordText),
    expect: (out) => assert.equal(out.entities[0], firm),
  },
];

for (const c of cases) {
  test(`applyIdentity: ${c.label}`, () => c.expect(applyIdentity(identityMap(c.map, c.auto, c.words), c.input)));
}

test('identityMap: a merge and a distinct entry for one pair in the file contradict each other', () => {
  assert.throws(() => identityMap(curation({ merges: [merge('a:1', 'a:2')], distinct: [['a:2', 'a:1']] })), /IDENTITY|merged and kept distinct/);
});

test('identityMap: the node remembers what it was merged from, and by which source', () => {
  const map = identityMap(curation({}), [merge('company:long', 'institution:short', { source: 'auto', evidence: ['3 articles name both'], score: 0.8 })]);
  assert.deepEqual(map.mergedFrom.get('company:long'), [{ id: 'institution:short', name: 'name of institution:short', source: 'auto', evidence: ['3 articles name both'] }]);
});

const autoMerge = (into: string, from: string, score: number, intoArticles: number, fromArticles: number): MergeEntry =>
  merge(into, from, { source: 'auto', evidence: ['suggested'], score, intoArticles, fromArticles });

// Where automatic merges chain, the node more articles name stays the node they join: a brand's
// group reached through a product's short form is not renamed after the product.
const chains: { label: string; file: Curation; auto: MergeEntry[]; node: string; name: string; absorbed: string[] }[] = [
  {
    label: 'a big group joined by a small node through a shared member stays the node',
    file: curation({}),
    auto: [autoMerge('c:brand', 'c:brand-inst', 0.7, 114, 1), autoMerge('c:brand', 'c:latin', 0.6, 114, 1), autoMerge('c:product', 'c:latin', 0.58, 2, 1)],
    node: 'c:brand', name: 'name of c:brand', absorbed: ['c:brand-inst', 'c:latin', 'c:product'],
  },
  {
    label: 'a registered name joining a small node first and a much-named one after ends on the much-named one',
    file: curation({}),
    auto: [autoMerge('c:small', 'c:registered', 0.6, 4, 1), autoMerge('c:large', 'c:registered', 0.6, 57, 1)],
    node: 'c:large', name: 'name of c:large', absorbed: ['c:registered', 'c:small'],
  },
  {
    label: 'a surname more articles write alone joins the full name, which stays the node, as its suggestion chose',
    file: curation({}),
    auto: [autoMerge('p:full', 'p:dotless', 0.9, 30, 2), autoMerge('p:full', 'p:surname', 0.6, 30, 300)],
    node: 'p:full', name: 'name of p:full', absorbed: ['p:dotless', 'p:surname'],
  },
  {
    label: 'a node the file joined into stays the node, however many articles name the other group',
    file: curation({ merges: [merge('c:kept', 'c:joined')] }),
    auto: [autoMerge('c:other', 'c:joined', 0.9, 100, 3)],
    node: 'c:kept', name: 'name of c:kept', absorbed: ['c:joined', 'c:other'],
  },
];

for (const c of chains) {
  test(`identityMap: ${c.label}`, () => {
    const map = identityMap(c.file, c.auto);
    const ids = [...new Set(c.auto.flatMap((m) => [m.into, m.from]).concat(c.file.merges.flatMap((m) => [m.into, m.from])))];
    assert.deepEqual([...new Set(ids.map((id) => nodeOf(map, id)))], [c.node]);
    assert.equal(map.nodes.get(c.node)?.name, c.name);
    assert.deepEqual(map.mergedFrom.get(c.node)!.map((m) => m.id).sort(), c.absorbed);
  });
}

const changes: { label: string; before: Curation; after: Curation; nodes: string[]; surfaces: string[]; wordsUndone?: string[] }[] = [
  { label: 'no change, nothing lands again', before: curation({}), after: curation({}), nodes: [], surfaces: [] },
  { label: 'a merge moves the node merged away and the node it joins', before: curation({}), after: curation({ merges: [merge('a:1', 'a:2')] }), nodes: ['a:1', 'a:2'], surfaces: [] },
  { label: 'its split moves the joined node (which holds both)', before: curation({ merges: [merge('a:1', 'a:2')] }), after: curation({}), nodes: ['a:1'], surfaces: [] },
  { label: 'a rename moves its node', before: curation({}), after: curation({ nodes: new Map([['a:1', { name: 'x' }]]) }), nodes: ['a:1'], surfaces: [] },
  { label: 'an alias moves the mentions of its surface', before: curation({}), after: curation({ nodes: new Map([['a:1', { aliases: ['x'] }]]) }), nodes: [], surfaces: ['x'] },
  { label: 'a word decided moves the articles that mention it', before: curation({}), after: curation({ words: ['颜值'] }), nodes: [], surfaces: ['颜值'] },
  { label: 'a word undone moves the articles whose text holds it', before: curation({ words: ['颜值', '科普'] }), after: curation({ words: ['科普'] }), nodes: [], surfaces: [], wordsUndone: ['颜值'] },
];
for (const c of changes) {
  test(`identityChange: ${c.label}`, () => {
    assert.deepEqual(identityChange(identityMap(c.before), identityMap(c.after)), { nodes: c.nodes, surfaces: c.surfaces, wordsUndone: c.wordsUndone ?? [] });
  });
}

test('serialiseMap and parseMap: the words come back, and a map recorded before words has none', () => {
  const map = identityMap(curation({ words: ['颜值'], merges: [merge('a:1', 'a:2')] }));
  assert.deepEqual([...parseMap(serialiseMap(map)).words], ['颜值']);
  const older = JSON.parse(serialiseMap(map)) as Record<string, unknown>;
  delete older.words;
  assert.deepEqual([...parseMap(JSON.stringify(older)).words], []);
});

test('identityMap: a hand-written merge without names renames nothing, and its node takes the type its id was made for', () => {
  const map = identityMap(curation({ merges: [{ into: 'institution:kept', from: 'company:joined', source: 'curation', evidence: ['merged by hand'] }] }));
  assert.deepEqual(map.nodes.get('institution:kept'), { type: 'Institution' });
  assert.equal(map.mergedFrom.get('institution:kept')![0]!.name, 'company:joined');
});
