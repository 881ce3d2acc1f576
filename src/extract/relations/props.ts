import type { RelationProps } from '../types';
import { z } from 'zod';
import { WordList } from '../../lexicon';
import { readJson } from '../../shared/data';

const amountData = readJson(new URL('./amounts.json', import.meta.url), z.object({
  comment: z.string(),
  units: z.record(z.string(), z.number().positive()),
  currencies: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/u)),
}), 'extract/relations');
const UNITS: Record<string, number> = amountData.units;
const CURRENCIES: Record<string, string> = amountData.currencies;
// Longest first, so 百万 is read before 万 and 元人民币 before 元.
const unitAlternation = new WordList('amounts/units', Object.keys(UNITS).filter((u) => u !== '')).alternation();
const currencyAlternation = new WordList('amounts/currencies', Object.keys(CURRENCIES)).alternation();
const ZH_AMOUNT = new RegExp(`(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(${unitAlternation})?\\s*(${currencyAlternation})`, 'g');
const EN_AMOUNT = /([$€£¥])\s?(\d+(?:,\d{3})*(?:\.\d+)?)\s*(billion|million|thousand|bn|m)?/gi;
const EN_SCALE: Record<string, number> = { billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, thousand: 1e3 };
const EN_SYMBOL: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY' };

/** The money amount written nearest to `near` in the span, normalised to a number and an ISO currency. */
export function findAmount(text: string, start: number, end: number, near: number, lang: 'zh' | 'en'): RelationProps | undefined {
  const span = text.slice(start, end);
  let best: { at: number; amount: number; currency: string } | undefined;
  const consider = (at: number, amount: number, currency: string): void => {
    if (!Number.isFinite(amount)) return;
    if (best === undefined || Math.abs(at - near) < Math.abs(best.at - near)) best = { at, amount, currency };
  };
  for (const m of span.matchAll(ZH_AMOUNT)) {
    consider(start + m.index, Number(m[1]!.replace(/,/g, '')) * (UNITS[m[2] ?? ''] ?? 1), CURRENCIES[m[3]!]!);
  }
  if (lang === 'en') {
    for (const m of span.matchAll(EN_AMOUNT)) {
      consider(start + m.index, Number(m[2]!.replace(/,/g, '')) * (EN_SCALE[(m[3] ?? '').toLowerCase()] ?? 1), EN_SYMBOL[m[1]!]!);
    }
  }
  return best === undefined ? undefined : { amount: Math.round(best.amount), currency: best.currency };
}

const ZH_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;

/** An event date written in the span (12月7日, 2024年12月7日), the year taken from `published` when missing. */
export function findDate(text: string, start: number, end: number, published: string | undefined): string | undefined {
  const m = ZH_DATE.exec(text.slice(start, end));
  if (m === null) return undefined;
  const year = m[1] ?? /^(\d{4})-/.exec(published ?? '')?.[1];
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
