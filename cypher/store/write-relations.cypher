// Entity-to-entity relationships with evidence as parallel lists (one item per supporting sentence).
// One row per edge for the whole batch. The evidence of the row's articles (`replaces`) that the
// edge already holds is replaced, never added twice; other articles' evidence stays. `facts` holds
// each item's own scalar facts (JSON, '' for none); the edge's post, amount… are recomputed from
// them afterwards, so the edges whose facts may have changed are returned.
// Params: $relations [{source, target, type, replaces, articles, sentences, starts, ends, extractors, confidences, facts}],
//         $evidenceKeys (property names that are not facts)
UNWIND $relations AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (s)-[r:$(row.type)]->(t)
WITH r, row, [i IN range(0, size(coalesce(r.articles, [])) - 1) WHERE NOT r.articles[i] IN row.replaces] AS keep
SET r.articles = [i IN keep | r.articles[i]] + row.articles,
    r.sentences = [i IN keep | r.sentences[i]] + row.sentences,
    r.starts = [i IN keep | r.starts[i]] + row.starts,
    r.ends = [i IN keep | r.ends[i]] + row.ends,
    r.extractors = [i IN keep | r.extractors[i]] + row.extractors,
    r.confidences = [i IN keep | r.confidences[i]] + row.confidences,
    r.facts = [i IN keep | coalesce(r.facts[i], '')] + row.facts
SET r.weight = size(r.articles)
WITH r WHERE any(f IN r.facts WHERE f <> '') OR any(k IN keys(r) WHERE NOT k IN $evidenceKeys)
RETURN elementId(r) AS id, r.facts AS facts, keys(r) AS keys
