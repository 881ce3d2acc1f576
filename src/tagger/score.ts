/** A typed span for scoring; end exclusive. */
export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Strict span scoring: a prediction counts only with exactly the gold start, end and type. */
export class SpanScorer {
  readonly byType = new Map<string, Counts>();

  add(gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): void {
    const key = (s: ScoredSpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predictedKeys = new Set(predicted.map(key));
    for (const s of gold) this.counts(s.type).gold++;
    for (const s of predictedKeys) {
      const type = s.slice(s.lastIndexOf(':') + 1);
      const counts = this.counts(type);
      counts.predicted++;
      if (goldKeys.has(s)) counts.truePositives++;
    }
  }

  micro(): Counts {
    const total: Counts = { truePositives: 0, predicted: 0, gold: 0 };
    for (const c of this.byType.values()) {
      total.truePositives += c.truePositives;
      total.predicted += c.predicted;
      total.gold += c.gold;
    }
    return total;
  }

  private counts(type: string): Counts {
    let c = this.byType.get(type);
    if (!c) {
      c = { truePositives: 0, predicted: 0, gold: 0 };
      this.byType.set(type, c);
    }
    return c;
  }
}

export function scores({ truePositives, predicted, gold }: Counts): Scores {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
