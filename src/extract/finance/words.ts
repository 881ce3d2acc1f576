import type { Word } from '../zh/segment';
import { zh } from '../../lexicon';

/** jieba parts of speech of words (two characters or more) that never open a company name (要求, 当前, 哪家 …). */
const NOT_A_NAME_START = zh('nonNameTags');

/**
 * Where jieba's words start and end in a text. A name the lexicon or a shape finds must start and
 * end on word edges: 中行 inside 集中行动 or 国新 inside 英国新政府 is no company. The tagger has
 * segmented the same text already, so this costs no second jieba run.
 */
export interface WordEdges {
  /** Whether [start, end) starts and ends where jieba's words do. */
  aligned(start: number, end: number): boolean;
  /** Whether the word starting at `start` is of a kind that opens no name (a verb, a time word). */
  opensNoName(start: number): boolean;
}

export function wordEdges(text: string, words: readonly Word[]): WordEdges {
  const edge = new Uint8Array(text.length + 1);
  const noName = new Uint8Array(text.length);
  for (const { start, end, tag } of words) {
    edge[start] = 1;
    edge[end] = 1;
    // A name jieba does not know falls apart into single characters of any tag (九/m 星 科技).
    if (end - start >= 2 && NOT_A_NAME_START.has(tag)) noName[start] = 1;
  }
  return {
    aligned: (start, end) => edge[start] === 1 && edge[end] === 1,
    opensNoName: (start) => noName[start] === 1,
  };
}
