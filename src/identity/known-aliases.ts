import { z } from 'zod';
import { normaliseName } from '../resolve';
import { readJson } from '../shared/data';
import { WutongError } from '../shared/errors';

/** Which groups a name is looked up in: an organisation's names or a person's. */
export type AliasKind = 'organisations' | 'people';

const groups = z.array(z.array(z.string().min(1)).min(2, 'a group names one thing at least two ways'));
const fileSchema = z.object({ comment: z.string().min(1), organisations: groups, people: groups });
export type KnownAliasData = z.output<typeof fileSchema>;

/** How a name is looked up: as resolve normalises it, Latin letters in any case (Nvidia, NVIDIA). */
const lookupKey = (name: string): string => normaliseName(name).toLowerCase();

/**
 * Names that knowledge says are one organisation or one person (央行, 中国人民银行; 谷歌, Google), as
 * the data gives them: each name points at its group. A name in two groups would tie them into one,
 * which no reader of either group meant: it is an error.
 */
export class KnownAliases {
  private readonly group = new Map<string, string>();

  constructor(data: KnownAliasData) {
    for (const kind of ['organisations', 'people'] as const) {
      data[kind].forEach((names, k) => {
        for (const name of names) {
          const key = lookupKey(name);
          const other = this.group.get(`${kind}\n${key}`);
          if (other !== undefined) throw new WutongError('identity', 'IDENTITY_KNOWN_ALIASES', `known aliases: "${name}" stands in two groups of ${kind} (${other} and ${k}); a name names one thing`);
          this.group.set(`${kind}\n${key}`, String(k));
        }
      });
    }
  }

  /** The group the name stands in among organisations or people (`organisations:12`), if any. */
  groupOf(name: string, kind: AliasKind): string | undefined {
    const k = this.group.get(`${kind}\n${lookupKey(name)}`);
    return k === undefined ? undefined : `${kind}:${k}`;
  }
}

/** The general list of src/identity/known-aliases.json, read once when the finder loads. */
export const KNOWN_ALIASES = new KnownAliases(readJson(new URL('./known-aliases.json', import.meta.url), fileSchema, 'identity', 'IDENTITY_KNOWN_ALIASES'));
