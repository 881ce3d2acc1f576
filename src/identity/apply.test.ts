import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolvedArticle, ResolvedEntity, ResolvedRelation } from '../resolve';
import { applyIdentity } from './apply';
import { EMPTY_CURATION, identityChange, identityMap, type Curation, type MergeEntry } from './map';

const entity = (id: string, type: ResolvedEntity['type'], name: string, starts: number[]): ResolvedEntity => ({
  id, type, name, surfaces: [name], starts, ends: starts.map((s) => s + name.length),
});
const relation = (source: string, target: string, type: string, start: number, confidence = 0.8): ResolvedRelation => ({
  source, target, type, evidence: { articleId: 'a1', sentence: '…', start, end: start + 10, extractor: 'rules', confidence },
});
const article = (entities: ResolvedEntity[], relations: ResolvedRelation[], authors: string[] = []): ResolvedArticle => ({
  article: { id: 'a1', title: 't', authors: [], source: 'x.txt', index: 0, lang: 'zh', text: '…' }, entities, relations, authors,
});
const merge = (into: string, from: string, extra: Partial<MergeEntry> = {}): MergeEntry => ({ into, from, intoName: `name of ${into}`, fromName: `name of ${from}`, source: 'curation', evidence: ['merged by hand'], ...extra });
const curation = (c: Partial<Curation>): Curation => ({ ...EMPTY_CURATION, nodes: new Map(), ...c });

const longForm = entity('company:long', 'Company', '星河动力科技有限公司', [0, 40]);
const shortForm = entity('institution:short', 'Institution', '星河动力', [20]);
const town = entity('place:town', 'Place', '青竹镇', [30]);

const cases: { label: string; map: Curation; auto?: MergeEntry[]; input: ResolvedArticle; expect: (out: ResolvedArticle) => void }[] = [
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
];

for (const c of cases) {
  test(`applyIdentity: ${c.label}`, () => c.expect(applyIdentity(identityMap(c.map, c.auto), c.input)));
}

test('identityMap: a merge and a distinct entry for one pair in the file contradict each other', () => {
  assert.throws(() => identityMap(curation({ merges: [merge('a:1', 'a:2')], distinct: [['a:2', 'a:1']] })), /IDENTITY|merged and kept distinct/);
});

test('identityMap: the node remembers what it was merged from, and by which source', () => {
  const map = identityMap(curation({}), [merge('company:long', 'institution:short', { source: 'auto', evidence: ['3 articles name both'], score: 0.8 })]);
  assert.deepEqual(map.mergedFrom.get('company:long'), [{ id: 'institution:short', name: 'name of institution:short', source: 'auto', evidence: ['3 articles name both'] }]);
});

const changes: { label: string; before: Curation; after: Curation; nodes: string[]; surfaces: string[] }[] = [
  { label: 'no change, nothing lands again', before: curation({}), after: curation({}), nodes: [], surfaces: [] },
  { label: 'a merge moves the node merged away and the node it joins', before: curation({}), after: curation({ merges: [merge('a:1', 'a:2')] }), nodes: ['a:1', 'a:2'], surfaces: [] },
  { label: 'its split moves the joined node (which holds both)', before: curation({ merges: [merge('a:1', 'a:2')] }), after: curation({}), nodes: ['a:1'], surfaces: [] },
  { label: 'a rename moves its node', before: curation({}), after: curation({ nodes: new Map([['a:1', { name: 'x' }]]) }), nodes: ['a:1'], surfaces: [] },
  { label: 'an alias moves the mentions of its surface', before: curation({}), after: curation({ nodes: new Map([['a:1', { aliases: ['x'] }]]) }), nodes: [], surfaces: ['x'] },
];
for (const c of changes) {
  test(`identityChange: ${c.label}`, () => {
    assert.deepEqual(identityChange(identityMap(c.before), identityMap(c.after)), { nodes: c.nodes, surfaces: c.surfaces });
  });
}

test('identityMap: a hand-written merge without names renames nothing, and its node takes the type its id was made for', () => {
  const map = identityMap(curation({ merges: [{ into: 'institution:kept', from: 'company:joined', source: 'curation', evidence: ['merged by hand'] }] }));
  assert.deepEqual(map.nodes.get('institution:kept'), { type: 'Institution' });
  assert.equal(map.mergedFrom.get('institution:kept')![0]!.name, 'company:joined');
});
