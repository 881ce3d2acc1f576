/**
 * English NER on CoNLL-2003 dev (eng.testa), strict spans over running text: PER→Person, LOC→Place,
 * ORG→Company or Institution, MISC not scored. Prints naive compromise beside the English extractor.
 * Run: node --import tsx scripts/eval-en.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { createEnglishExtractor } from '../src/extract/en/index';
import { parseConll } from '../src/extract/en/conll';
import type { EntityType, Mention } from '../src/extract/types';

type Scored = 'Person' | 'Place' | 'Org';
interface Span { type: Scored; start: number; end: number }

const DEV = new URL('../../shared/data/ner/conll2003/eng.testa', import.meta.url);
const GOLD_TYPES: Record<string, Scored> = { PER: 'Person', LOC: 'Place', ORG: 'Org' };
const scoredType = (type: EntityType): Scored => (type === 'Company' || type === 'Institution' ? 'Org' : type);

/** The dev split as running text (tokens joined by spaces, one sentence a line) with gold char spans. */
function devText(): { text: string; gold: Span[] } {
  let text = '';
  const gold: Span[] = [];
  for (const { words, spans } of parseConll(readFileSync(DEV, 'utf8'))) {
    const starts: number[] = [];
    words.forEach((word, i) => {
      starts.push(text.length);
      text += word + (i < words.length - 1 ? ' ' : '\n');
    });
    for (const { cls, start, end } of spans) {
      const type = GOLD_TYPES[cls];
      if (type) gold.push({ type, start: starts[start], end: starts[end - 1] + words[end - 1].length });
    }
  }
  return { text, gold };
}

/** compromise's people(), places() and organizations(), one sentence (line) at a time. */
function naiveCompromise(text: string): Span[] {
  const found: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const doc = nlp(line);
    const take = (type: Scored, view: { json(options: object): Array<{ offset: { start: number; length: number } }> }): void => {
      for (const { offset } of view.json({ offset: true })) {
        // compromise keeps a following punctuation token ("Kinkel ."): cut it so the span is fair.
        const surface = line.slice(offset.start, offset.start + offset.length).replace(/(?:\s+[^\p{L}\p{N}\s]+)+$/u, '');
        found.push({ type, start: lineStart + offset.start, end: lineStart + offset.start + surface.length });
      }
    };
    take('Person', doc.people());
    take('Place', doc.places());
    take('Org', doc.organizations());
    lineStart += line.length + 1;
  }
  return found;
}

function score(gold: Span[], predicted: Span[]): string[] {
  const key = (s: Span): string => `${s.type}:${s.start}:${s.end}`;
  const rows: string[] = [];
  const line = (label: string, g: Span[], p: Span[]): void => {
    const want = new Set(g.map(key));
    const tp = new Set(p.map(key).filter((k) => want.has(k))).size;
    const [precision, recall] = [p.length ? tp / p.length : 0, g.length ? tp / g.length : 0];
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const pct = (x: number): string => (100 * x).toFixed(2).padStart(7);
    rows.push(`  ${label.padEnd(7)}${pct(precision)}${pct(recall)}${pct(f1)}${String(g.length).padStart(7)}`);
  };
  for (const type of ['Person', 'Place', 'Org'] as const) line(type, gold.filter((s) => s.type === type), predicted.filter((s) => s.type === type));
  line('micro', gold, predicted);
  return rows;
}

if (!existsSync(DEV)) {
  console.error('eval-en: ../shared/data/ner/conll2003/eng.testa is missing; English NER not evaluated');
  process.exit(1);
}
const { text, gold } = devText();
const extracted = await createEnglishExtractor().extract({ text, lang: 'en' });
const ours = extracted.entities.map((m: Mention) => ({ type: scoredType(m.type), start: m.start, end: m.end }));
console.log('English NER, CoNLL-2003 dev (eng.testa), strict spans');
for (const [name, spans] of [['naive compromise', naiveCompromise(text)], ['wutong en', ours]] as const) {
  console.log(`${name}\n  type         P      R     F1   gold`);
  console.log(score(gold, spans).join('\n'));
}
