import { isAbbreviatedPlace, sentenceHolding, splitSentences, splitTitle } from '../extract/relations';
import type { EntityType, Extraction, Mention } from '../extract/types';
import { simplifiedReading } from '../extract/zh';
import { ancestry, type Division } from './gazetteer';
import { canonicalKey, canonicalType, entityId, isZone, leadingPlace, normaliseName, placeId } from './keys';
import { resolvePlaces } from './places';
import { zh } from '../lexicon';
import { namedParent } from './structure';
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
  division?: Division;
}

/**
 * Turns one article's mentions into entities with ids that depend only on what each thing is (its
 * canonical key and type), so any build order gives the same graph; maps relations onto them with
 * their evidence; adds what names and the gazetteer state (zone and committee, unit inside its
 * institution, village inside town inside county …); and lists the byline authors.
 */
export function resolveArticle(input: ResolveInput): ResolvedArticle {
  const { article, extractor } = input;
  const text = article.text;
  // A traditional article's names are keyed and placed by their simplified reading (長沙市 is 长沙市).
  const reading = article.lang === 'zh' ? simplifiedReading(text) : undefined;
  const extraction = graphMentions(reading === undefined ? input.extraction : readIn(input.extraction, reading));
  const sentences = splitSentences(text, article.lang);
  const sentenceOf = (at: number): { start: number; end: number } => sentenceHolding(sentences, at);
  const evidence = (span: { start: number; end: number }, by: string, confidence: number, rule: string | undefined): Evidence => ({
    articleId: article.id, sentence: text.slice(span.start, span.end), start: span.start, end: span.end, extractor: by, confidence,
    ...(rule === undefined ? {} : { rule }),
  });
  const placeNames = extraction.entities.filter((m) => canonicalType(m.text, m.type) === 'Place').map((m) => normaliseName(m.text));
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
  const orgPlaces = extraction.entities.filter((m) => m.type === 'Company' || m.type === 'Institution').map((m) => leadingPlace(normaliseName(m.text), 3));
  const context = orgPlaces.filter((h): h is string => h !== undefined);
  const places = article.lang === 'zh' ? resolvePlaces([...placeNames, ...homes, ...context]) : new Map<string, Division | undefined>();
  const table = new EntityTable();
  const relations = new RelationSet();

  // Names are shown as the article writes them, whichever script it uses.
  const shown = (start: number, end: number, surface: string): string => (reading === undefined ? surface : text.slice(start, end));
  const resolved = extraction.entities.map((m) => resolveMention(m, article.lang, places));
  for (const [i, id] of shortFormIds(resolved)) resolved[i] = { ...resolved[i]!, id };
  for (const [i, id] of genericIds(resolved, article.id)) resolved[i] = { ...resolved[i]!, id };
  for (const r of resolved) {
    table.add(r.id, r.type, shown(r.start, r.end, r.surface), r, r.division?.name, r.division === undefined ? undefined : divisionProps(r.division));
  }
  for (const rel of extraction.relations) {
    const s = resolved[rel.source];
    const t = resolved[rel.target];
    if (s === undefined || t === undefined) continue;
    relations.add(s.id, t.id, rel.type, evidence(rel, extractor, rel.confidence, rel.rule), rel.props);
  }
  // The hierarchy is stated once per article, by the first sentence naming the child.
  const placed = new Set<string>();
  resolved.forEach((r) => {
    const span = sentenceOf(r.start);
    const parent = namedParent(r.surface, r.type);
    if (parent !== undefined) {
      const name = r.surface.slice(0, parent.length);
      const id = entityId(canonicalType(name, parent.type), canonicalKey(name, canonicalType(name, parent.type)));
      table.add(id, canonicalType(name, parent.type), shown(r.start, r.start + parent.length, name), { start: r.start, end: r.start + parent.length });
      relations.add(r.id, id, parent.relation, evidence(span, STRUCTURE, 0.9, 'resolve:named-parent'));
    }
    const home = r.type === 'Place' && r.division === undefined ? zoneHome(r.surface) : parent === undefined ? organHome(r) : undefined;
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

/** The mentions named as the simplified reading of their article spells them. */
function readIn(extraction: Extraction, reading: string): Extraction {
  return { ...extraction, entities: extraction.entities.map((m) => ({ ...m, text: reading.slice(m.start, m.end) })) };
}

/** The mentions the graph keeps, with relations renumbered: an abbreviated place (湘) would be a node of its own. */
function graphMentions(extraction: Extraction): Extraction {
  const keep = extraction.entities.map((m) => !isAbbreviatedPlace(m));
  if (keep.every(Boolean)) return extraction;
  const index: number[] = [];
  const entities = extraction.entities.filter((_, i) => keep[i] && index.push(i));
  const renumbered = new Map(index.map((old, now) => [old, now]));
  const relations = extraction.relations
    .filter((r) => keep[r.source] && keep[r.target])
    .map((r) => ({ ...r, source: renumbered.get(r.source)!, target: renumbered.get(r.target)! }));
  return { entities, relations };
}

function resolveMention(m: Mention, lang: 'zh' | 'en', places: Map<string, Division | undefined>): Resolved {
  const type = canonicalType(m.text, m.type);
  if (type === 'Person') {
    const titled = splitTitle(m.text, lang);
    if (titled !== undefined) {
      const start = m.end - titled.name.length;
      return { id: entityId('Person', canonicalKey(titled.name, 'Person')), type, surface: titled.name, start, end: m.end };
    }
  }
  const division = type === 'Place' ? places.get(normaliseName(m.text)) : undefined;
  const id = division !== undefined ? placeId(division.code) : entityId(type, canonicalKey(m.text, type));
  return { id, type, surface: m.text, start: m.start, end: m.end, division };
}

function divisionProps(d: Division): Record<string, string | number> {
  return { divisionCode: d.code, divisionLevel: d.level };
}
