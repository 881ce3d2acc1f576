import { existsSync } from 'node:fs';
import path from 'node:path';
import type { GraphStore } from '../store';

export interface RemoveSummary {
  removed: number;
  /** Arguments that matched no stored article (by source path or by id). */
  unmatched: string[];
}

/**
 * `wutong remove <path|id>…`: a file or folder path (existing or already deleted from disk)
 * removes every article built from it; anything else is taken as an article id.
 */
export async function removeTargets(targets: string[], store: GraphStore): Promise<RemoveSummary> {
  const ids = new Set<string>();
  const unmatched: string[] = [];
  for (const target of targets) {
    const absolute = path.resolve(target);
    const looksLikePath = existsSync(target) || target.includes('/') || target.includes(path.sep) || /\.\w+$/.test(target);
    const found = looksLikePath
      ? await store.articlesUnder(absolute)
      : await store.findArticles([target], []);
    if (found.length === 0) unmatched.push(target);
    found.forEach((a) => ids.add(a.id));
  }
  if (ids.size > 0) await store.removeArticles([...ids]);
  return { removed: ids.size, unmatched };
}
