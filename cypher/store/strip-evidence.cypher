// Takes the given articles' evidence off every relationship; a relationship left with none goes.
// Returns the relationships left whose facts (post, amount…) may have changed, to recompute them.
// Params: $ids (article ids), $evidenceKeys (property names that are not facts)
MATCH (a:Article)<-[:MENTIONED_IN|DERIVED_FROM]-(:Entity)-[r]->(:Entity)
WHERE a.id IN $ids AND any(x IN r.articles WHERE x IN $ids)
WITH DISTINCT r
WITH r, [i IN range(0, size(r.articles) - 1) WHERE NOT r.articles[i] IN $ids] AS keep
SET r.articles = [i IN keep | r.articles[i]],
    r.sentences = [i IN keep | r.sentences[i]],
    r.starts = [i IN keep | r.starts[i]],
    r.ends = [i IN keep | r.ends[i]],
    r.extractors = [i IN keep | r.extractors[i]],
    r.confidences = [i IN keep | r.confidences[i]],
    r.facts = [i IN keep | coalesce(r.facts[i], '')],
    r.weight = size(keep)
WITH r, size(keep) = 0 AS gone,
     any(f IN r.facts WHERE f <> '') OR any(k IN keys(r) WHERE NOT k IN $evidenceKeys) AS factsMayChange
CALL (r, gone) {
  WITH r WHERE gone
  DELETE r
}
WITH r, gone, factsMayChange WHERE factsMayChange AND NOT gone
RETURN elementId(r) AS id, r.facts AS facts, keys(r) AS keys
