import { longestFirst } from '../../lexicon';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EntityType } from '../types';
import { seededRandom } from '../../tagger/index';
import { getLexicon, suffixOf } from './lexicon';

/** A gold sentence; span types are corpus labels already mapped to ours (MSRA ORG kept as 'ORG'). */
export interface GoldSentence {
  text: string;
  spans: Array<{ start: number; end: number; type: EntityType | 'ORG' }>;
}

const MSRA_TYPES: Readonly<Record<string, 'Person' | 'Place' | 'ORG'>> = { PER: 'Person', LOC: 'Place', ORG: 'ORG' };
const CLUENER_TYPES: Record<string, EntityType> = {
  name: 'Person',
  company: 'Company',
  government: 'Institution',
  organization: 'Institution',
  address: 'Place',
};

/** MSRA: one `char<TAB>tag` a line, BIO, a blank line after each sentence. */
export function readMsra(path: string): GoldSentence[] {
  return readCharTagged(path, MSRA_TYPES).map(({ text, spans }) => ({ text, spans }));
}

/** One CLUENER line: label type → surface → [start, end] ranges. */
const cluenerLine = z.object({ text: z.string(), label: z.record(z.string(), z.record(z.string(), z.array(z.tuple([z.number(), z.number()])))).optional() });

/** CLUENER: JSON lines whose label offsets are end-inclusive; unscored labels are dropped. */
export function readCluener(path: string): GoldSentence[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
    const { text, label } = cluenerLine.parse(JSON.parse(line));
    const spans: GoldSentence['spans'] = [];
    for (const [name, surfaces] of Object.entries(label ?? {})) {
      const type = CLUENER_TYPES[name];
      if (!type) continue;
      for (const ranges of Object.values(surfaces)) for (const [s, e] of ranges) spans.push({ start: s, end: e + 1, type });
    }
    return { text, spans: spans.sort((a, b) => a.start - b.start) };
  });
}

/**
 * MSRA does not tell companies from institutions: an ORG is a Company when it ends in a company
 * suffix or is known as a company from elsewhere (brand names learned from CLUENER).
 */
export function orgType(surface: string, knownCompanies: ReadonlySet<string>): 'Company' | 'Institution' {
  if (knownCompanies.has(surface)) return 'Company';
  const hit = getLexicon().suffixes.find(({ suffix }) => surface.endsWith(suffix));
  return hit?.type === 'Company' ? 'Company' : 'Institution';
}

/** One FinRE row: a pair of names in a sentence with one of its relation labels. */
export interface FinreRow {
  head: string;
  tail: string;
  label: string;
  sentence: string;
}

/** FinRE: `head<TAB>tail<TAB>label<TAB>sentence` a line, a blank line after each pair. */
export function readFinreRows(path: string): FinreRow[] {
  const rows: FinreRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [head, tail, label, sentence] = line.split('\t');
    if (head !== undefined && tail !== undefined && label !== undefined && sentence !== undefined) rows.push({ head, tail, label, sentence });
  }
  return rows;
}

/** A sentence whose spans are only part of its names: the rest of it is unlabelled, not O. */
export interface PartialSentence {
  text: string;
  spans: Array<{ start: number; end: number; type: EntityType }>;
}

/**
 * FinRE: every occurrence of a labelled head or tail, a
 * Company unless its suffix names an institution (证监会, 交易所). Finance news names companies by
 * short forms (腾讯, 万科A) that neither NER corpus teaches.
 */
export function readFinreNames(path: string): PartialSentence[] {
  const names = new Map<string, Set<string>>();
  for (const { head, tail, sentence } of readFinreRows(path)) {
    const set = names.get(sentence) ?? new Set<string>();
    for (const name of [head, tail]) if (name.trim().length >= 2 && !name.includes('<N>')) set.add(name.trim());
    names.set(sentence, set);
  }
  const lex = getLexicon();
  return [...names].map(([text, set]) => {
    const spans: PartialSentence['spans'] = [];
    for (const name of longestFirst(set, (n) => n)) {
      const type: EntityType = suffixOf(name, lex)?.type === 'Institution' ? 'Institution' : 'Company';
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (!spans.some((x) => x.start < at + name.length && at < x.end)) spans.push({ start: at, end: at + name.length, type });
      }
    }
    return { text, spans: spans.sort((a, b) => a.start - b.start) };
  });
}

/** A gold sentence whose `unlabelled` stretches hold mentions of types we do not score (titles, nominals). */
export interface CharTaggedSentence extends GoldSentence {
  unlabelled: Array<{ start: number; end: number }>;
}

/**
 * One `char TAG` a line (MSRA: BIO; Resume: BMES) or `char<segment digit><TAB>TAG` (Weibo: BIO with
 * .NAM and .NOM), a blank line after each sentence. `types` maps corpus types to ours; every other typed
 * span is returned as unlabelled, so training neither teaches it as a name nor as O.
 */
export function readCharTagged(path: string, types: Readonly<Record<string, 'Person' | 'Place' | 'ORG'>>): CharTaggedSentence[] {
  const sentences: CharTaggedSentence[] = [];
  let text = '';
  let spans: GoldSentence['spans'] = [];
  let unlabelled: CharTaggedSentence['unlabelled'] = [];
  let open: { start: number; type: string } | undefined;
  const close = (): void => {
    if (open) {
      const type = types[open.type];
      if (type) spans.push({ start: open.start, end: text.length, type });
      else unlabelled.push({ start: open.start, end: text.length });
    }
    open = undefined;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^(\S)\d?\s+(\S+)\s*$/u.exec(line);
    if (!match) {
      close();
      if (text) sentences.push({ text, spans, unlabelled });
      text = '';
      spans = [];
      unlabelled = [];
      continue;
    }
    const [, ch, tag] = match as unknown as [string, string, string];
    const [mark, type] = [tag[0], tag.slice(2)];
    if (mark === 'B' || mark === 'S' || tag === 'O' || (open && open.type !== type)) close();
    if (mark === 'B' || mark === 'S' || ((mark === 'I' || mark === 'M' || mark === 'E') && !open && type)) open = { start: text.length, type };
    text += ch;
    if (mark === 'E' || mark === 'S') close();
  }
  close();
  if (text) sentences.push({ text, spans, unlabelled });
  return sentences;
}

export interface NerSplits {
  msra: { train: GoldSentence[]; dev: GoldSentence[] };
  cluener: { train: GoldSentence[]; dev: GoldSentence[] };
}

/** Seeded hold-out: the same sentences are dev for training and evaluation, run after run. */
export function nerSplits(dataDir: string, devFraction = 0.1, seed = 20260101): NerSplits {
  const split = (sentences: GoldSentence[], salt: number) => {
    const random = seededRandom(seed + salt);
    const train: GoldSentence[] = [];
    const dev: GoldSentence[] = [];
    for (const s of sentences) (random() < devFraction ? dev : train).push(s);
    return { train, dev };
  };
  return {
    msra: split(readMsra(`${dataDir}/msra/train.bio`), 1),
    cluener: split(readCluener(`${dataDir}/cluener/train.json`), 2),
  };
}

/** Surfaces CLUENER labels as companies more often than as government or organisation. */
export function knownCompanies(sentences: GoldSentence[]): Set<string> {
  const votes = new Map<string, number>();
  for (const { text, spans } of sentences) {
    for (const { start, end, type } of spans) {
      const surface = text.slice(start, end);
      if (type === 'Company') votes.set(surface, (votes.get(surface) ?? 0) + 1);
      if (type === 'Institution') votes.set(surface, (votes.get(surface) ?? 0) - 1);
    }
  }
  return new Set([...votes].filter(([, v]) => v > 0).map(([s]) => s));
}
