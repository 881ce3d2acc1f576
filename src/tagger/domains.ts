import { FeatureTable, featureHash } from './feature-table';
import type { TrainedWeights } from './trainer';

/**
 * Domain adaptation by feature copies (Daumé 2007, "frustratingly easy"): while training, every
 * feature fires twice, once shared and once as its domain's own copy, so the shared weights learn
 * what the domains agree on and the copies learn each domain's conventions. At save time the two
 * are summed into one table per domain: running a domain costs what one plain model costs.
 */
export function domainKey(key: number, domain: number): number {
  return featureHash(200 + domain, key) || 1;
}

/** The training features of one sentence with its domain copies: perPosition·2 hashes per position. */
export function withDomainCopies(features: Uint32Array, perPosition: number, domain: number): Uint32Array {
  const n = features.length / perPosition;
  const out = new Uint32Array(features.length * 2);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < perPosition; k++) {
      const key = features[i * perPosition + k];
      out[i * 2 * perPosition + k] = key;
      out[i * 2 * perPosition + perPosition + k] = key === 0 ? 0 : domainKey(key, domain);
    }
  }
  return out;
}

/**
 * One weight table per domain over the plain features: w_shared + w_domain. `isPlain` tells the
 * plain keys from the copies (the caller saw which were which); transitions stay shared.
 */
export function foldDomains(trained: TrainedWeights, domain: number, isPlain: (key: number) => boolean): TrainedWeights {
  const { keys, weights, labels, transitions } = trained;
  const L = labels.size;
  const rowOf = new FeatureTable(keys.length);
  for (let r = 0; r < keys.length; r++) rowOf.set(keys[r], r);
  const plainRows: number[] = [];
  for (let r = 0; r < keys.length; r++) if (isPlain(keys[r])) plainRows.push(r);
  const outKeys = new Uint32Array(plainRows.length);
  const outWeights = new Float32Array(plainRows.length * L);
  for (let p = 0; p < plainRows.length; p++) {
    const r = plainRows[p];
    outKeys[p] = keys[r];
    const copy = rowOf.get(domainKey(keys[r], domain));
    for (let l = 0; l < L; l++) outWeights[p * L + l] = weights[r * L + l] + (copy >= 0 ? weights[copy * L + l] : 0);
  }
  return { labels, keys: outKeys, weights: outWeights, transitions };
}
