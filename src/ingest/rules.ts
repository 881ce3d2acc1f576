import { z } from 'zod';
import { zh } from '../lexicon';
import { readJson } from '../shared/data';

/** Page typography, from the data file next to this module; byline words and surnames are lists of src/lexicon/zh. */
const typography = readJson(new URL('./data/page-rules.json', import.meta.url), z.object({
  comment: z.string(),
  sentenceFinal: z.string().min(1),
  sentenceInternal: z.string().min(1),
  clausePunctuation: z.string().min(1),
}), 'ingest');

export const rules = {
  sentenceFinal: new Set([...typography.sentenceFinal]),
  sentenceInternal: new Set([...typography.sentenceInternal]),
  clausePunctuation: new Set([...typography.clausePunctuation]),
  // Longest first, so 本报记者 is stripped before 记者.
  bylineRoles: zh('bylineRoles').words,
  photoCreditEndings: zh('photoCreditEndings'),
};

const surnames = zh('surnames').words;
export const singleSurnames = new Set(surnames.filter((s) => s.length === 1));
export const compoundSurnames = new Set(surnames.filter((s) => s.length === 2));

/** Display width: CJK and full-width characters take two columns, as on the printed page. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2018-\u201d\u2026]|\p{Script=Han}/u.test(ch) ? 2 : 1;
  return width;
}
