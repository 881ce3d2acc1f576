/**
 * Mines the finance name lexicon (src/extract/finance/names.txt) from the heads and tails of FinRE
 * (train and valid by default; `--splits train` to score valid without its own names): only the names, one a line, minus artefacts (numbers written <N>, HTML entities, stray
 * brackets) and the everyday words listed in src/lexicon/zh/finance.json (financeGenericNames).
 * Usage: node --import tsx scripts/mine-finance-names.ts [--data DIR] [--splits train,valid]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readFinreRows } from '../src/extract/zh/index';
import { zh } from '../src/lexicon/index';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data/relations/finre' }, splits: { type: 'string', default: 'train,valid' } },
});
const files = values.splits.split(',').map((split) => `${values.data}/${split}.txt`);
const missing = files.filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.error(`mine-finance-names: FinRE data not found at ${missing.join(', ')}`);
  process.exit(1);
}
const folder = new URL('../src/extract/finance/', import.meta.url);
const generic = zh('financeGenericNames');
const MAX_LENGTH = 16;
const names = new Set<string>();
for (const { head, tail } of files.flatMap(readFinreRows)) {
  for (const name of [head, tail]) {
    const clean = name.trim();
    if (clean.length < 2 || clean.length > MAX_LENGTH || generic.has(clean)) continue;
    if (/<N>|&|[()（）“”"《》,，;；:：\s]/.test(clean) && !/^[A-Za-z][A-Za-z .&-]*[A-Za-z]$/.test(clean)) continue;
    // One Latin letter or two (PE, ME) are too ambiguous on their own.
    if (/^[A-Za-z]{1,2}$/.test(clean) && !/^[A-Z]{2}$/.test(clean)) continue;
    names.add(clean);
  }
}
const sorted = [...names].sort();
writeFileSync(new URL('names.txt', folder), `${sorted.join('\n')}\n`);
console.log(`mine-finance-names: ${sorted.length} names written to ${new URL('names.txt', folder).pathname}`);
