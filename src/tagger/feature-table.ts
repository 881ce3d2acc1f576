import { WutongError } from '../shared/errors';

/**
 * Open-addressing map from 32-bit feature hashes to non-negative integers (row numbers); keys are hashes already, so their
 * low bits pick the slot. Key and row sit side by side in
 * one typed array, so a probe costs one cache line: lookups are most of the tagger's run time.
 */
export class FeatureTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * A two-probe Bloom filter, about 8 bits per key: a quarter of the features a tagger looks up
   * are unknown (most character trigrams), and the filter answers those from cache instead of
   * taking a miss in the larger slot array.
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;
  size = 0;

  constructor(capacity: number) {
    let count = 16;
    while (count * 0.75 < capacity) count *= 2;
    this.slots = new Int32Array(count * 2).fill(-1);
    this.mask = count - 1;
    let bits = 10;
    while (1 << bits < capacity * 8 && bits < 30) bits++;
    this.filter = new Int32Array(1 << (bits - 5));
    this.filterShift = 32 - bits;
  }

  /** The value of key, or -1. */
  get(key: number): number {
    const filter = this.filter;
    const a = Math.imul(key, 0x9e3779b1) >>> this.filterShift;
    const b = Math.imul(key, 0x85ebca6b) >>> this.filterShift;
    if ((filter[a >>> 5] & (1 << (a & 31))) === 0 || (filter[b >>> 5] & (1 << (b & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    const k = key | 0;
    let slot = key & mask;
    for (;;) {
      const row = slots[slot * 2 + 1];
      if (row < 0 || slots[slot * 2] === k) return row;
      slot = (slot + 1) & mask;
    }
  }

  /** Adds key with the next row number unless present; returns its row. */
  add(key: number): number {
    return this.set(key, this.size);
  }

  /** Stores a non-negative value under key unless present; returns the stored value. */
  set(key: number, value: number): number {
    const k = key | 0;
    let slot = key & this.mask;
    for (;;) {
      const row = this.slots[slot * 2 + 1];
      if (row < 0) {
        if (this.size + 1 > (this.mask + 1) * 0.75) throw new WutongError('tagger', 'TABLE_FULL', 'feature table is full');
        this.slots[slot * 2] = k;
        this.slots[slot * 2 + 1] = value;
        const a = Math.imul(key, 0x9e3779b1) >>> this.filterShift;
        const b = Math.imul(key, 0x85ebca6b) >>> this.filterShift;
        this.filter[a >>> 5] |= 1 << (a & 31);
        this.filter[b >>> 5] |= 1 << (b & 31);
        this.size++;
        return value;
      }
      if (this.slots[slot * 2] === k) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** 32-bit mix of a template number and up to three values: three multiply-xorshift rounds. */
export function featureHash(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(a ^ Math.imul(template + 1, 0x27d4eb2f), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15) ^ b, 0xcc9e2d51);
  h = Math.imul(h ^ (h >>> 13) ^ c, 0x1b873593);
  h ^= h >>> 16;
  return h >>> 0;
}
