import { isAbbreviatedPlace, sentenceHolding, splitSentences, splitTitle } from '../extract/relations';
import { keepMentions } from '../extract/kept';
import type { EntityType, Mention } from '../extract/types';
import { ancestry, type Division } from './gazetteer';
import { canonicalKey, canonicalType, entityId, isZone, leadingPlace, normaliseName, placeId } from './keys';
import { resolvePlaces } from './places';
import { zh } from '../lexicon';
import { genericIds } from './generic';
import { shortFormIds } from './short-forms';
import { EntityTable, RelationSet } from './table';
import type { Evidence, ResolveInput, ResolvedArticle } from './types';

export { RelationSet } from './table';
export type { Evidence, ResolveInput, ResolvedArticle, ResolvedEntity, ResolvedRelation } from './types';
export { coreName, normaliseName } from './keys';

const STRUCTURE = 'resolve';
const HOMETOWN_ASSOCIATIONS = zh('hometownAssociations');
const GAZETTEER = 'gazetteer';

interface Resolved {
  id: string;
  type: EntityType;
  surface: string;
  start: number;
  end: number;
  /** How the article writes it (the surface is its simplified reading in a traditional article). */
  shown: string;
  division?: Division;
}

/**
 * Turns one article's mentions into entities with ids that depend only on what each thing is (its
 * canonical key and type), so any build order gives the same graph; maps relations onto them with
 * their evidence; adds where a name and the gazetteer place a thing (zone in the division its name
 * starts with, village inside town inside county …); and lists the byline authors. A nested mention
 * (a parent extraction read inside a unit's name) is a node and an end of links, and nothing else:
 * it places nothing and is no context for other names.
 */
export function resolveArticle(input: ResolveInput): ResolvedArticle {
  const { article, extractor } = input;
  const text = article.text;
  const extraction = keepMentions(input.extraction, (m) => !isAbbreviatedPlace(m));
  const sentences = splitSentences(text, article.lang);
  const sentenceOf = (at: number): { start: number; end: number } => sentenceHolding(sentences, at);
  const evidence = (span: { start: number; end: number }, by: string, confidence: number, rule: string | undefined): Evidence => ({
    articleId: article.id, sentence: text.slice(span.start, span.end), start: span.start, end: span.end, extractor: by, confidence,
    ...(rule === undefined ? {} : { rule }),
  });
  const isNested = (i: number): boolean => extraction.entities[i]!.nested === true;
  const own = extraction.entities.filter((m) => m.nested !== true);
  const placeNames = own.filter((m) => canonicalType(readName(m), m.type) === 'Place').map((m) => normaliseName(readName(m)));
  // A development zone lies in the division its name starts with (郴州经开区 in 郴州市, 桂阳工业园 in 桂阳县).
  const zoneHome = (name: string): string | undefined => (isZone(name) ? leadingPlace(normaliseName(name), 3) : undefined);
  // A public body lies in the division its name starts with (湘阴县委 in 湘阴县, 湘潭市第二人民医院 in 湘潭市).
  const organHome = (r: Resolved): string | undefined => {
    if (r.type !== 'Institution') return undefined;
    const name = normaliseName(r.surface);
    const lead = leadingPlace(name, 3);
    if (lead === undefined || lead === name) return undefined;
    // A hometown association is named after home (郴州商会 meets in Guangzhou): only a host place
    // written before the home place (广州市湖南郴州商会) says where it is.
    if (HOMETOWN_ASSOCIATIONS.endsText(name) && leadingPlace(name.slice(lead.length), 3) === undefined) return undefined;
    return lead;
  };
  const homes = placeNames.map(zoneHome).filter((h): h is string => h !== undefined);
  // Places that open organisation names (湘潭市第二人民医院) are context for ambiguous short names too.
  const orgPlaces = own.filter((m) => m.type === 'Company' || m.type === 'Institution').map((m) => leadingPlace(normaliseName(readName(m)), 3));
  const context = orgPlaces.filter((h): h is string => h !== undefined);
  const places = article.lang === 'zh' ? resolvePlaces([...placeNames, ...homes, ...context]) : new Map<string, Division | undefined>();
  const table = new EntityTable();
  const relations = new RelationSet();

  const resolved = extraction.entities.map((m, i) => (isNested(i) ? resolveNested(m) : resolveMention(m, article.lang, places)));
  // Short forms and generic names are told apart among the names the text writes.
  const ownIndex = resolved.flatMap((_, i) => (isNested(i) ? [] : [i]));
  const ownResolved = ownIndex.map((i) => resolved[i]!);
  for (const [k, id] of shortFormIds(ownResolved)) resolved[ownIndex[k]!] = { ...resolved[ownIndex[k]!]!, id };
  for (const [k, id] of genericIds(ownResolved, article.id)) resolved[ownIndex[k]!] = { ...resolved[ownIndex[k]!]!, id };
  resolved.forEach((r, i) => {
    if (isNested(i)) return;
    table.add(r.id, r.type, r.shown, r, r.division?.name, r.division === undefined ? undefined : divisionProps(r.division));
  });
  for (const rel of extraction.relations) {
    const s = resolved[rel.source];
    const t = resolved[rel.target];
    if (s === undefined || t === undefined) continue;
    relations.add(s.id, t.id, rel.type, evidence(rel, extractor, rel.confidence, rel.rule), rel.props);
  }
  // A unit linked to a parent its own name spells (a nested mention) is placed through that parent, not by its name.
  const withParent = new Set(extraction.relations.filter((rel) => isNested(rel.target)).map((rel) => rel.source));
  // The hierarchy is stated once per article, by the first sentence naming the child.
  const placed = new Set<string>();
  resolved.forEach((r, i) => {
    // A nested mention's node comes after the names holding it, and places nothing.
    if (isNested(i)) {
      table.add(r.id, r.type, r.shown, r);
      return;
    }
    const span = sentenceOf(r.start);
    const home = r.type === 'Place' && r.division === undefined ? zoneHome(r.surface) : withParent.has(i) ? undefined : organHome(r);
    const homeDivision = home === undefined ? undefined : places.get(home);
    const chain = r.division !== undefined ? ancestry(r.division) : homeDivision !== undefined ? [undefined, ...ancestry(homeDivision)] : [];
    chain.slice(1).forEach((up, k) => {
      if (up === undefined) return;
      const below = chain[k];
      const from = below === undefined ? r.id : placeId(below.code);
      if (placed.has(`${from}>${up.code}`)) return;
      placed.add(`${from}>${up.code}`);
      table.add(placeId(up.code), 'Place', up.name, undefined, up.name, divisionProps(up));
      relations.add(from, placeId(up.code), 'LOCATED_IN', below === undefined ? evidence(span, STRUCTURE, 0.8, 'resolve:home-division') : evidence(span, GAZETTEER, 1, 'gazetteer:division-chain'));
    });
  });
  const authors = article.authors.map((name) => {
    const id = entityId('Person', canonicalKey(name, 'Person'));
    table.add(id, 'Person', normaliseName(name));
    return id;
  });
  return { article, entities: table.list(), relations: relations.list(), authors: [...new Set(authors)] };
}

/** The name resolve keys and places a mention by: a traditional article's by its simplified reading (長沙市 is 长沙市). */
function readName(m: Mention): string {
  return m.simplified ?? m.text;
}

/** A mention's entity, keyed by its read name and shown as the article writes it. */
function resolveMention(m: Mention, lang: 'zh' | 'en', places: Map<string, Division | undefined>): Resolved {
  const surface = readName(m);
  const type = canonicalType(surface, m.type);
  if (type === 'Person') {
    const titled = splitTitle(surface, lang);
    if (titled !== undefined) {
      const start = m.end - titled.name.length;
      const shown = m.simplified === undefined ? titled.name : m.text.slice(start - m.start);
      return { id: entityId('Person', canonicalKey(titled.name, 'Person')), type, surface: titled.name, start, end: m.end, shown };
    }
  }
  const division = type === 'Place' ? places.get(normaliseName(surface)) : undefined;
  const id = division !== undefined ? placeId(division.code) : entityId(type, canonicalKey(surface, type));
  return { id, type, surface, start: m.start, end: m.end, shown: m.text, division };
}

/** A nested mention's entity: keyed by its name alone, no division looked up (a zone that heads its committee's name). */
function resolveNested(m: Mention): Resolved {
  const surface = readName(m);
  const type = canonicalType(surface, m.type);
  return { id: entityId(type, canonicalKey(surface, type)), type, surface, start: m.start, end: m.end, shown: m.text };
}

function divisionProps(d: Division): Record<string, string | number> {
  return { divisionCode: d.code, divisionLevel: d.level };
}
