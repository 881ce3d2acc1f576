/**
 * Sorts the kg dev set's entity errors into kinds, so rules are written for a kind and not for a name:
 * a wrong pair is either a gold surface given another type, a fragment of a gold surface, a gold surface
 * with text around it, or no gold surface at all; a missed gold entity is found under another type,
 * found only cut or overlong, or not found in any form.
 */
interface GoldEntity { name: string; type: string; variants?: string[] }
interface GoldArticle { entities?: GoldEntity[]; optional?: { name?: string; type?: string }[] }
interface Predicted { text: string; type: string }

export interface EntityError { kind: string; article: string; surface: string; type: string; note: string }

/** The kinds, in the order they are printed; each says what it means for a rule. */
export const ENTITY_ERROR_KINDS: Record<string, string> = {
  'wrong-type': 'a gold surface given another type',
  fragment: 'a piece of a gold surface, predicted alone',
  overlong: 'a gold surface with text around it',
  'not-gold': 'no gold or optional surface (product, generic word, idiom, …)',
  'missed-typed': 'gold entity predicted only under another type',
  'missed-cut': 'gold entity predicted only cut or overlong',
  'missed-absent': 'gold entity predicted in no form',
};

function surfacesOf(e: GoldEntity): string[] {
  return [e.name, ...(e.variants ?? [])];
}

/** The errors of one article: each wrong (surface, type) pair and each missed gold entity, with its kind. */
export function entityErrors(article: string, gold: GoldArticle, predicted: Predicted[]): EntityError[] {
  const entities = gold.entities ?? [];
  const typeOf = new Map<string, string>();
  for (const e of entities) for (const s of surfacesOf(e)) if (!typeOf.has(s)) typeOf.set(s, e.type);
  const optional = new Set((gold.optional ?? []).filter((o) => o.name !== undefined).map((o) => `${o.name}\u0000${o.type}`));
  const goldSurfaces = [...typeOf.keys()];
  const errors: EntityError[] = [];
  const pairs = new Map(predicted.map((p) => [`${p.text}\u0000${p.type}`, p]));
  for (const { text, type } of pairs.values()) {
    const goldType = typeOf.get(text);
    if (goldType === type || optional.has(`${text}\u0000${type}`)) continue;
    if (goldType !== undefined) { errors.push({ kind: 'wrong-type', article, surface: text, type, note: `gold ${goldType}` }); continue; }
    const whole = goldSurfaces.find((s) => s.includes(text));
    const inner = goldSurfaces.find((s) => text.includes(s));
    if (whole !== undefined) errors.push({ kind: 'fragment', article, surface: text, type, note: `of ${whole}` });
    else if (inner !== undefined) errors.push({ kind: 'overlong', article, surface: text, type, note: `holds ${inner}` });
    else errors.push({ kind: 'not-gold', article, surface: text, type, note: '' });
  }
  for (const e of entities) {
    const surfaces = surfacesOf(e);
    const found = [...pairs.values()].filter((p) => surfaces.includes(p.text));
    if (found.some((p) => p.type === e.type)) continue;
    if (found.length > 0) {
      errors.push({ kind: 'missed-typed', article, surface: e.name, type: e.type, note: `as ${found.map((p) => p.type).join('/')}` });
      continue;
    }
    const near = [...pairs.values()].find((p) => surfaces.some((s) => s.includes(p.text) || p.text.includes(s)));
    if (near !== undefined) errors.push({ kind: 'missed-cut', article, surface: e.name, type: e.type, note: `near ${near.text}/${near.type}` });
    else errors.push({ kind: 'missed-absent', article, surface: e.name, type: e.type, note: '' });
  }
  return errors;
}

/** The errors grouped by kind and type, with counts, as printed by `npm run eval:kg -- --entities`. */
export function entityErrorReport(errors: EntityError[]): string {
  const lines: string[] = [`entity errors by kind (${errors.length} in all):`];
  for (const [kind, meaning] of Object.entries(ENTITY_ERROR_KINDS)) {
    const ofKind = errors.filter((e) => e.kind === kind);
    lines.push(`\n  ${kind} (${ofKind.length}): ${meaning}`);
    for (const e of ofKind) lines.push(`    ${e.article.padEnd(28)} ${e.surface}/${e.type}${e.note ? `  (${e.note})` : ''}`);
  }
  return lines.join('\n');
}
