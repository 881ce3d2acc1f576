import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Mention } from '../types';
import { withRegisteredNames } from './registered';

/** Mentions at the given surfaces, in order of the list (each found after the one before). */
function at(text: string, spans: Array<[string, EntityType]>): Mention[] {
  let from = 0;
  return spans.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { text: surface, type, start, end: start + surface.length };
  });
}

const cases: { label: string; text: string; tagged: Array<[string, EntityType]>; expected: string[] }[] = [
  {
    label: 'a bracketed place between a firm and its legal form makes one registered name',
    text: '南湾电子(长沙)有限公司总经理周明表示。',
    tagged: [['南湾电子', 'Company'], ['长沙', 'Place'], ['有限公司', 'Company'], ['周明', 'Person']],
    expected: ['南湾电子(长沙)有限公司/Company', '周明/Person'],
  },
  {
    label: 'full-width brackets and an English registration alike',
    text: '北岭集团全资子公司Beiling（HongKong）Limited与青禾科技签约。',
    tagged: [['北岭集团', 'Company'], ['Beiling', 'Company'], ['HongKong', 'Company'], ['Limited', 'Company'], ['青禾科技', 'Company']],
    expected: ['北岭集团/Company', 'Beiling（HongKong）Limited/Company', '青禾科技/Company'],
  },
  {
    label: 'a legal form right after a firm joins it',
    text: '青禾科技有限公司宣布扩产。',
    tagged: [['青禾科技', 'Company'], ['有限公司', 'Company']],
    expected: ['青禾科技有限公司/Company'],
  },
  {
    label: 'a legal form with no firm before it names nobody and goes',
    text: '该有限公司注册资本2亿元，周明任董事长。',
    tagged: [['有限公司', 'Company'], ['周明', 'Person']],
    expected: ['周明/Person'],
  },
  {
    label: 'a legal form after a person is no part of the person',
    text: '周明有限公司的说法有误。',
    tagged: [['周明', 'Person'], ['有限公司', 'Company']],
    expected: ['周明/Person'],
  },
  {
    label: 'mentions with no bare legal form stay as they are',
    text: '青禾科技与北岭集团签约。',
    tagged: [['青禾科技', 'Company'], ['北岭集团', 'Company']],
    expected: ['青禾科技/Company', '北岭集团/Company'],
  },
];

for (const c of cases) {
  test(`withRegisteredNames: ${c.label}`, () => {
    const out = withRegisteredNames(c.text, at(c.text, c.tagged));
    assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), c.expected);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}
