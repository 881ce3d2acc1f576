import type { EntityType } from '../extract/types';
import type { Evidence, ResolvedEntity, ResolvedRelation } from './types';
import { CO_MENTIONED, isSymmetric } from '../lexicon';

/** The entities of one article, one per id, gathering every surface and offset that names it. */
export class EntityTable {
  private readonly byId = new Map<string, ResolvedEntity>();
  /** Names fixed by an authority (the gazetteer) rather than by the longest surface. */
  private readonly fixedName = new Set<string>();

  /** Records a mention (or, without a span, a thing the article implies, such as a parent division). */
  add(id: string, type: EntityType, surface: string, span?: { start: number; end: number }, canonical?: string, props?: Record<string, string | number>): void {
    let e = this.byId.get(id);
    if (e === undefined) {
      e = { id, type, name: canonical ?? surface, surfaces: [], starts: [], ends: [] };
      if (props !== undefined) e.props = props;
      this.byId.set(id, e);
    }
    if (canonical !== undefined && !this.fixedName.has(id)) {
      e.name = canonical;
      this.fixedName.add(id);
    } else if (!this.fixedName.has(id) && surface.length > e.name.length) {
      e.name = surface;
    }
    if (span === undefined) return;
    if (!e.surfaces.includes(surface)) e.surfaces.push(surface);
    if (!e.starts.some((s, k) => s === span.start && e.ends[k] === span.end)) {
      e.starts.push(span.start);
      e.ends.push(span.end);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  list(): ResolvedEntity[] {
    for (const e of this.byId.values()) if (!e.surfaces.includes(e.name) && e.surfaces.length > 0) e.surfaces.unshift(e.name);
    return [...this.byId.values()];
  }
}

/** The relations of one article: one per (pair, type, sentence), the surest reading kept. */
export class RelationSet {
  private readonly byKey = new Map<string, ResolvedRelation>();
  /** Keys by source, type and sentence, in the order byKey first took them: what find reads. */
  private readonly bySentence = new Map<string, string[]>();

  add(source: string, target: string, type: string, evidence: Evidence, props?: ResolvedRelation['props']): void {
    if (source === target) return;
    const [s, t] = isSymmetric(type) && target < source ? [target, source] : [source, target];
    const key = `${type}\n${s}\n${t}\n${evidence.start}`;
    const held = this.byKey.get(key);
    if (held !== undefined && held.evidence.confidence >= evidence.confidence) {
      if (props !== undefined) held.props = { ...props, ...held.props };
      return;
    }
    const relation: ResolvedRelation = { source: s, target: t, type, evidence };
    const merged = { ...held?.props, ...props };
    if (Object.keys(merged).length > 0) relation.props = merged;
    if (held === undefined) {
      const sentence = `${s}\n${type}\n${evidence.start}`;
      this.bySentence.set(sentence, [...(this.bySentence.get(sentence) ?? []), key]);
    }
    this.byKey.set(key, relation);
  }

  /** Relations from `source` of this type in the sentence starting at `start`. */
  find(source: string, type: string, start: number): ResolvedRelation[] {
    return (this.bySentence.get(`${source}\n${type}\n${start}`) ?? []).map((key) => this.byKey.get(key)!);
  }

  /** Co-mentions are dropped where a typed relation links the same pair in the same sentence. */
  list(): ResolvedRelation[] {
    const typed = new Set<string>();
    for (const r of this.byKey.values()) if (r.type !== CO_MENTIONED) typed.add(pairKey(r));
    return [...this.byKey.values()].filter((r) => r.type !== CO_MENTIONED || !typed.has(pairKey(r)));
  }
}

function pairKey(r: ResolvedRelation): string {
  return `${[r.source, r.target].sort().join('\n')}\n${r.evidence.start}`;
}
