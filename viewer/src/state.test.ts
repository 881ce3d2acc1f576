import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FILTERS, DEFAULT_STATE, decodeState, encodeState, resolveCoMentions, toggle, type ViewState } from './state';

const full: ViewState = {
  selected: 'e-czjkq', search: '郴州', query: 'MATCH (n:Entity) RETURN n LIMIT 5',
  filters: { hiddenTypes: ['Person', 'Company'], hiddenRelations: ['SUPPLIES'], minDegree: 2, from: '2024-01-01', to: '2024-12-31', hideCoMentions: true },
  camera: { x: 0.25, y: 0.75, ratio: 0.5 }, colorBy: 'community', sizeBy: 'degree', lang: 'en',
};

test('encodeState then decodeState gives the same view back', () => {
  const cases: [string, ViewState][] = [
    ['default state', DEFAULT_STATE],
    ['every field set', { ...full, filters: { ...full.filters, hiddenTypes: ['Company', 'Person'] } }],
    ['only a selection with Chinese search', { ...DEFAULT_STATE, selected: 'e-1', search: '经开区 chenzhou' }],
    ['co-mentions shown on purpose', { ...DEFAULT_STATE, filters: { ...DEFAULT_FILTERS, hideCoMentions: false } }],
  ];
  for (const [label, state] of cases) assert.deepEqual(decodeState(encodeState(state)), state, label);
});

test('encodeState writes only what differs from the default', () => {
  const cases: [string, ViewState, string][] = [
    ['default is empty', DEFAULT_STATE, ''],
    ['selection only', { ...DEFAULT_STATE, selected: 'e-x' }, '?sel=e-x'],
    ['camera rounded to 4 decimals', { ...DEFAULT_STATE, camera: { x: 0.123456, y: 1, ratio: 2 } }, '?cam=0.1235%2C1%2C2'],
    ['co-mentions shown on purpose is written', { ...DEFAULT_STATE, filters: { ...DEFAULT_FILTERS, hideCoMentions: false } }, '?nocm=0'],
    ['a time window', { ...DEFAULT_STATE, filters: { ...DEFAULT_FILTERS, from: '2018-10-01', to: '2018-10-31' } }, '?from=2018-10-01&to=2018-10-31'],
    ['lists sorted so equal views give equal links', { ...DEFAULT_STATE, filters: { ...DEFAULT_FILTERS, hiddenTypes: ['Place', 'Company'] } }, '?types=Company%2CPlace'],
  ];
  for (const [label, state, expected] of cases) assert.equal(encodeState(state), expected, label);
});

test('decodeState falls back to defaults on malformed values', () => {
  const cases: [string, string, Partial<ViewState>][] = [
    ['bad camera', '?cam=1,2', { camera: null }],
    ['zero ratio', '?cam=1,2,0', { camera: null }],
    ['bad date', '?from=2024-1-1', { filters: DEFAULT_FILTERS }],
    ['negative degree', '?deg=-3', { filters: DEFAULT_FILTERS }],
    ['unknown colour mode', '?color=rainbow', { colorBy: 'type' }],
    ['unknown language', '?lang=fr', { lang: 'zh' }],
  ];
  for (const [label, search, expected] of cases) {
    const state = decodeState(search);
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(state[key as keyof ViewState], value, label);
  }
});

test('resolveCoMentions hides co-mentions by default only where typed links exist', () => {
  const cases: [string, boolean | null, boolean, boolean][] = [
    ['default, typed links present: hidden', null, true, true],
    ['default, co-mentions only: shown', null, false, false],
    ['shown on purpose beside typed links', false, true, false],
    ['hidden on purpose without typed links', true, false, true],
  ];
  for (const [label, chosen, typed, hidden] of cases) {
    assert.equal(resolveCoMentions({ ...DEFAULT_FILTERS, hideCoMentions: chosen }, typed).hideCoMentions, hidden, label);
  }
});

test('toggle adds a missing value and removes a present one', () => {
  assert.deepEqual(toggle(['A'], 'B'), ['A', 'B']);
  assert.deepEqual(toggle(['A', 'B'], 'A'), ['B']);
});
