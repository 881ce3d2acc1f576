// Takes the given articles' evidence off every relationship; a relationship left with none goes.
// Params: $ids (article ids)
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
    r.weight = size(keep)
WITH r WHERE r.weight = 0
DELETE r
