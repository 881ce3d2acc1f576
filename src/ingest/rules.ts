import { readFileSync } from 'node:fs';

/** Page typography and name lexicons, loaded once from the data files next to this module. */
interface PageRules {
  sentenceFinal: string;
  sentenceInternal: string;
  clausePunctuation: string;
  bylineRoles: string[];
  photoCreditEndings: string[];
}

const dataUrl = (name: string): URL => new URL(`./data/${name}`, import.meta.url);

const raw = JSON.parse(readFileSync(dataUrl('page-rules.json'), 'utf8')) as PageRules;

export const rules = {
  sentenceFinal: new Set([...raw.sentenceFinal]),
  sentenceInternal: new Set([...raw.sentenceInternal]),
  clausePunctuation: new Set([...raw.clausePunctuation]),
  // Longest first, so 本报记者 is stripped before 记者.
  bylineRoles: [...raw.bylineRoles].sort((a, b) => b.length - a.length),
  photoCreditEndings: raw.photoCreditEndings,
};

const surnameLines = readFileSync(dataUrl('surnames.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

export const singleSurnames = new Set(surnameLines.filter((s) => s.length === 1));
export const compoundSurnames = new Set(surnameLines.filter((s) => s.length === 2));

/** Display width: CJK and full-width characters take two columns, as on the printed page. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2018-\u201d\u2026]|\p{Script=Han}/u.test(ch) ? 2 : 1;
  return width;
}
