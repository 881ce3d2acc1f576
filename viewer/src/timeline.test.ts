import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastDay, sliderEnds, sliderWindow } from './timeline';

const MONTHS = ['2018-09', '2018-10', '2018-11', '2019-02'];

test('lastDay knows month lengths and leap years', () => {
  const cases: [string, string][] = [['2018-02', '2018-02-28'], ['2020-02', '2020-02-29'], ['2018-10', '2018-10-31'], ['2018-11', '2018-11-30'], ['2018-12', '2018-12-31']];
  for (const [month, day] of cases) assert.equal(lastDay(month), day, month);
});

test('sliderWindow turns the slider ends into dates', () => {
  const cases: [string, number, number, { from: string; to: string }][] = [
    ['both ends out is no window', 0, 3, { from: '', to: '' }],
    ['one month', 1, 1, { from: '2018-10-01', to: '2018-10-31' }],
    ['ends crossed read the same', 2, 1, { from: '2018-10-01', to: '2018-11-30' }],
    ['from the start up to a month', 0, 2, { from: '2018-09-01', to: '2018-11-30' }],
  ];
  for (const [label, lo, hi, window] of cases) assert.deepEqual(sliderWindow(MONTHS, lo, hi), window, label);
});

test('sliderEnds puts the slider back where a window (from a link) says', () => {
  const cases: [string, { from: string; to: string }, [number, number]][] = [
    ['no window', { from: '', to: '' }, [0, 3]],
    ['one month', { from: '2018-10-01', to: '2018-10-31' }, [1, 1]],
    ['as of a day inside a month', { from: '', to: '2018-11-15' }, [0, 2]],
    ['a window between months with data', { from: '2018-12-01', to: '2019-01-31' }, [3, 2]],
  ];
  for (const [label, window, ends] of cases) assert.deepEqual(sliderEnds(MONTHS, window), ends, label);
});
