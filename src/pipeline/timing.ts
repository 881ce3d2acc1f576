import type { GraphStore } from '../store';
import type { Spent } from './extract-article';

/**
 * Where a build's time went, in seconds. Reading and writing are wall time on this thread;
 * extraction and resolution are summed over the articles, on whichever thread (worker) ran them,
 * so with several workers they can add up to more than the wall time. The stages overlap: writing
 * one batch runs while the next is extracted.
 */
export interface BuildTiming {
  wall: number;
  read: number;
  extract: number;
  resolve: number;
  write: number;
}

/** Cheap timers for one build: a clock read around each read, extraction and write. */
export function startTiming() {
  const began = performance.now();
  const ms = { read: 0, extract: 0, resolve: 0, write: 0 };
  const seconds = (value: number) => Math.round(value) / 1000;
  return {
    read(spent: number): void {
      ms.read += spent;
    },
    extracted(spent: Spent | undefined): void {
      ms.extract += spent?.extractMs ?? 0;
      ms.resolve += spent?.resolveMs ?? 0;
    },
    /** The store with its writes timed; everything else is the store itself. */
    timeWrites(store: GraphStore): GraphStore {
      const timed = Object.create(store) as GraphStore;
      timed.write = async (batch, options) => {
        const start = performance.now();
        try {
          await store.write(batch, options);
        } finally {
          ms.write += performance.now() - start;
        }
      };
      return timed;
    },
    seconds: (): number => seconds(performance.now() - began),
    summary: (): BuildTiming => ({ wall: seconds(performance.now() - began), read: seconds(ms.read), extract: seconds(ms.extract), resolve: seconds(ms.resolve), write: seconds(ms.write) }),
  };
}
