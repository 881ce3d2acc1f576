import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** Answers on disk by content hash, so an unchanged rebuild makes no request. */
export interface AnswerCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** A cache file; the answer in it is checked by the asker against its schema, as a fresh answer is. A file of another shape is a miss. */
const cachedAnswer = z.object({ value: z.unknown() });

export function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export function diskCache(dir: string | null): AnswerCache {
  if (dir === null) return { get: async () => undefined, set: async () => undefined };
  const file = (key: string): string => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        return cachedAnswer.parse(JSON.parse(await readFile(file(key), 'utf8'))).value;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      const path = file(key);
      await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({ value }));
      await rename(temporary, path);
    },
  };
}
