import { z } from 'zod';
import { readJson } from '../shared/data';
import { WutongError } from '../shared/errors';
import { normaliseName } from '../shared/names';
import { zh } from './lexicon';

/** Which groups a name is looked up in: an organisation's names or a person's. */
export type AliasKind = 'organisations' | 'people';

const groups = z.array(z.array(z.string().min(1)).min(2, 'a group names one thing at least two ways'));
const fileSchema = z.object({ comment: z.string().min(1), organisations: groups, people: groups });
export type KnownAliasData = z.output<typeof fileSchema>;

/** Endings of a firm's registered name (…有限公司, …集团), which the list need not write. */
const REGISTERED_ENDINGS = zh('financeLegalForms');

/** How a name is looked up: as resolution normalises it, Latin letters in any case (Nvidia, NVIDIA). */
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
          const key = `${kind}\n${lookupKey(name)}`;
          const other = this.group.get(key);
          if (other !== undefined) throw new WutongError('lexicon', 'LEXICON_KNOWN_ALIASES', `known aliases: "${name}" stands in two groups of ${kind} (${other} and ${k}); a name names one thing`);
          this.group.set(key, String(k));
        }
      });
    }
  }

  /** The group the name stands in among organisations or people (`organisations:12`), if any. */
  groupOf(name: string, kind: AliasKind): string | undefined {
    const k = this.group.get(`${kind}\n${lookupKey(name)}`);
    return k === undefined ? undefined : `${kind}:${k}`;
  }

  /**
   * The group of organisations a name stands in, also without its legal form and bracketed place
   * (腾讯科技（深圳）有限公司 as 腾讯科技), one form at a time (中国某某集团有限公司, 中国某某集团, 中国某某), never
   * without a business word, which often names a unit (清华控股 is not 清华, 中国移动投资 not 中国移动).
   */
  organisation(full: string): string | undefined {
    let name = normaliseName(full).replace(/\([^)]*\)/gu, '');
    for (;;) {
      const group = this.groupOf(name, 'organisations');
      const form = REGISTERED_ENDINGS.suffixOf(name, 2);
      if (group !== undefined || form === undefined) return group;
      name = name.slice(0, -form.length);
    }
  }
}

/** The general list of src/lexicon/known-aliases.json, read once when a module that weighs names loads. */
export const KNOWN_ALIASES = new KnownAliases(readJson(new URL('./known-aliases.json', import.meta.url), fileSchema, 'lexicon', 'LEXICON_KNOWN_ALIASES'));
