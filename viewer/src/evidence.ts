import type { Evidence } from './api';

export interface EvidenceField {
  /** `fact_post`, `rule` …: the message key of its label when there is one. */
  name: string;
  value: string;
}

/**
 * What the panel says of one evidence item besides its sentence and article: the facts the sentence
 * states (an amount with its currency as one), then the extractor, its confidence and the rule that
 * made the link, so "why is this link here" is answered next to the sentence.
 */
export function evidenceFields(evidence: Pick<Evidence, 'facts' | 'extractor' | 'confidence' | 'rule'>, formatNumber: (n: number) => string): EvidenceField[] {
  const { amount, currency, ...others } = evidence.facts;
  const fields: EvidenceField[] = [];
  if (amount !== undefined) {
    const shown = typeof amount === 'number' ? formatNumber(amount) : String(amount);
    fields.push({ name: 'fact_amount', value: currency === undefined ? shown : `${shown} ${String(currency)}` });
  } else if (currency !== undefined) fields.push({ name: 'fact_currency', value: String(currency) });
  for (const [name, value] of Object.entries(others).sort(([a], [b]) => a.localeCompare(b))) {
    fields.push({ name: `fact_${name}`, value: typeof value === 'number' ? formatNumber(value) : String(value) });
  }
  if (evidence.extractor !== null) fields.push({ name: 'extractor', value: evidence.extractor });
  if (evidence.confidence !== null) fields.push({ name: 'confidence', value: evidence.confidence.toFixed(2) });
  if (evidence.rule !== null) fields.push({ name: 'rule', value: evidence.rule });
  return fields;
}
