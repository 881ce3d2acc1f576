import { WutongError } from '../shared/errors';

/**
 * Open-addressing map from 32-bit feature hashes to non-negative integers (row numbers); keys are hashes already, so their
 * low bits pick the slot. Key and row sit side by side in
 * one typed array, so a probe costs one cache line: lookups are most of the tagger's run time.
 */
export class FeatureTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let count = 16;
    while (count < capacity * 2) count *= 2;
    this.slots = new Int32Array(count * 2).fill(-1);
    this.mask = count - 1;
  }

  /** The value of key, or -1. */
  get(key: number): number {
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
        if (this.size * 2 >= this.mask + 1) throw new WutongError('tagger', 'TABLE_FULL', 'feature table is full');
        this.slots[slot * 2] = k;
        this.slots[slot * 2 + 1] = value;
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
