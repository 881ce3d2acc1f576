import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, UsageError } from './args';

const cases: { label: string; argv: string[]; positionals: string[]; flags: Record<string, string[] | true> }[] = [
  { label: 'positionals only', argv: ['a', 'b'], positionals: ['a', 'b'], flags: {} },
  { label: 'value flag, separate', argv: ['--param', 'name=郴州', 'q'], positionals: ['q'], flags: { param: ['name=郴州'] } },
  { label: 'value flag with =', argv: ['--lang=en'], positionals: [], flags: { lang: ['en'] } },
  { label: 'repeated value flag collects', argv: ['--param', 'a=1', '--param', 'b=2'], positionals: [], flags: { param: ['a=1', 'b=2'] } },
  { label: 'boolean flag', argv: ['--json', 'MATCH (n) RETURN n'], positionals: ['MATCH (n) RETURN n'], flags: { json: true } },
  { label: '-h is help', argv: ['-h'], positionals: [], flags: { help: true } },
  { label: '-- ends flags', argv: ['--', '--json'], positionals: ['--json'], flags: {} },
];

for (const c of cases) {
  test(`parseArgs: ${c.label}`, () => {
    const parsed = parseArgs(c.argv, ['param', 'lang'], ['json']);
    assert.deepEqual(parsed.positionals, c.positionals);
    assert.deepEqual(Object.fromEntries(parsed.flags), c.flags);
  });
}

const errors: { label: string; argv: string[]; message: RegExp }[] = [
  { label: 'unknown flag', argv: ['--nope'], message: /unknown option --nope/ },
  { label: 'value flag without value', argv: ['--lang'], message: /--lang needs a value/ },
  { label: 'boolean flag given a value', argv: ['--json=1'], message: /--json takes no value/ },
];

for (const c of errors) {
  test(`parseArgs rejects: ${c.label}`, () => {
    assert.throws(() => parseArgs(c.argv, ['param', 'lang'], ['json']), (e: unknown) => e instanceof UsageError && c.message.test(e.message));
  });
}
