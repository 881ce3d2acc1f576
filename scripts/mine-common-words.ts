/**
 * Mines the common words of general Chinese (models/zh-common-words.txt) from the labelled NER
 * corpora (MSRA, CLUENER, Weibo, Resume): jieba's words of two Han characters or more that those
 * corpora write at least MIN_SEEN times standing alone (not inside a labelled name) and label as a
 * name in under one of twenty. The identity stage reads it as one of two witnesses that a surface
 * the tagger took for a name is a word (src/identity/words.ts); the other is the user's own corpus.
 * Usage: node --import tsx scripts/mine-common-words.ts [--data DIR]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { nerSplits, readCharTagged, type CharTaggedSentence } from '../src/extract/zh/index';
import { segmentWords } from '../src/extract/zh/segment';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data/ner' } } });
const files = {
  msra: `${values.data}/msra/train.bio`,
  cluener: `${values.data}/cluener/train.json`,
  weibo: `${values.data}/weibo/train.conll`,
  resume: `${values.data}/resume/train.char.bmes`,
};
const missing = Object.values(files).filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.error(`mine-common-words: NER data not found at ${missing.join(', ')}`);
  process.exit(1);
}
/** A word seen fewer times says too little either way. */
const MIN_SEEN = 5;
/** Labelled as a name in under one of this many of its uses. */
const NAMED_ONE_IN = 20;

// nerSplits with no held-out share: every sentence of MSRA and CLUENER. Every typed span counts as a
// name here, those training leaves unlabelled (Weibo's nominal mentions) too.
const { msra, cluener } = nerSplits(values.data, 0);
const tagged: CharTaggedSentence[] = [
  ...readCharTagged(files.weibo, { 'PER.NAM': 'Person', 'LOC.NAM': 'Place', 'GPE.NAM': 'Place', 'ORG.NAM': 'ORG' }),
  ...readCharTagged(files.resume, { NAME: 'Person', LOC: 'Place', ORG: 'ORG' }),
];
const sentences = [
  ...[...msra.train, ...cluener.train].map((s) => ({ text: s.text, names: s.spans })),
  ...tagged.map((s) => ({ text: s.text, names: [...s.spans, ...s.unlabelled] })),
];

const seen = new Map<string, { alone: number; named: number }>();
for (const { text, names } of sentences) {
  for (const { word, start, end } of segmentWords(text)) {
    if (!/^[\u4e00-\u9fff]{2,}$/u.test(word)) continue;
    const named = names.some((n) => n.start === start && n.end === end);
    // Inside a longer name (大学 of 清华大学) the word says nothing about itself.
    if (!named && names.some((n) => n.start <= start && n.end >= end)) continue;
    const count = seen.get(word) ?? { alone: 0, named: 0 };
    if (named) count.named += 1;
    else count.alone += 1;
    seen.set(word, count);
  }
}
const common = [...seen]
  .filter(([, { alone, named }]) => alone + named >= MIN_SEEN && named * NAMED_ONE_IN < alone + named)
  .map(([word]) => word)
  .sort();
const header = [
  '# Common words of general Chinese: jieba words of two Han characters or more that the labelled NER corpora',
  `# (MSRA, CLUENER, Weibo, Resume train) write ${MIN_SEEN} times or more outside any longer name and label as a name`,
  `# in under one of ${NAMED_ONE_IN}. Mined by scripts/mine-common-words.ts; read by src/identity/words.ts.`,
];
writeFileSync(new URL('../models/zh-common-words.txt', import.meta.url), [...header, ...common].join('\n') + '\n');
console.log(`mine-common-words: ${sentences.length} sentences, ${seen.size} words, ${common.length} common`);
