import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readCharTagged } from './corpora';

const dir = mkdtempSync(join(tmpdir(), 'corpora-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const RESUME_TYPES = { NAME: 'Person', ORG: 'ORG', LOC: 'Place' } as const;
const WEIBO_TYPES = { 'PER.NAM': 'Person', 'ORG.NAM': 'ORG', 'GPE.NAM': 'Place' } as const;

/** One file per case, written the way the corpus writes its lines. */
function read(name: string, lines: string[], types: Readonly<Record<string, 'Person' | 'Place' | 'ORG'>>): Array<[string, string[], string[]]> {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return readCharTagged(path, types).map((s) => [
    s.text,
    s.spans.map(({ start, end, type }) => `${s.text.slice(start, end)}/${type}`),
    s.unlabelled.map(({ start, end }) => s.text.slice(start, end)),
  ]);
}

describe('readCharTagged', () => {
  const cases: Array<[string, string[], Readonly<Record<string, 'Person' | 'Place' | 'ORG'>>, Array<[string, string[], string[]]>]> = [
    ['BMES names and an unscored title', ['李 B-NAME', '明 E-NAME', '任 O', '经 B-TITLE', '理 E-TITLE'], RESUME_TYPES, [['李明任经理', ['李明/Person'], ['经理']]]],
    ['a single-character mention', ['湘 S-LOC', '菜 O'], RESUME_TYPES, [['湘菜', ['湘/Place'], []]]],
    ['a three-character organisation', ['长 B-ORG', '沙 M-ORG', '银 M-ORG', '行 E-ORG'], RESUME_TYPES, [['长沙银行', ['长沙银行/ORG'], []]]],
    ['blank lines split sentences', ['王 B-NAME', '五 E-NAME', '', '好 O'], RESUME_TYPES, [['王五', ['王五/Person'], []], ['好', [], []]]],
    ['Weibo segment digits and BIO with nominals', ['在0\tO', '郴0\tB-GPE.NAM', '州1\tI-GPE.NAM', '的0\tO', '老0\tB-PER.NOM', '师1\tI-PER.NOM'], WEIBO_TYPES, [['在郴州的老师', ['郴州/Place'], ['老师']]]],
    ['an inside tag with no begin opens a mention', ['张0\tI-PER.NAM', '三1\tI-PER.NAM', '来0\tO'], WEIBO_TYPES, [['张三来', ['张三/Person'], []]]],
  ];
  for (const [label, lines, types, expected] of cases) {
    it(label, () => assert.deepEqual(read(`${label}.txt`, lines, types), expected));
  }
});
