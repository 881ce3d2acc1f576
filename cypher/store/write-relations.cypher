// Entity-to-entity relationships with evidence as parallel lists (one item per supporting sentence).
// One row per edge for the whole batch. The evidence of the row's articles (`replaces`) that the
// edge already holds is replaced, never added twice; other articles' evidence stays.
// Params: $relations [{source, target, type, replaces, articles, sentences, starts, ends, extractors, confidences, props}]
UNWIND $relations AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (s)-[r:$(row.type)]->(t)
WITH r, row, [i IN range(0, size(coalesce(r.articles, [])) - 1) WHERE NOT r.articles[i] IN row.replaces] AS keep
SET r.articles = [i IN keep | r.articles[i]] + row.articles,
    r.sentences = [i IN keep | r.sentences[i]] + row.sentences,
    r.starts = [i IN keep | r.starts[i]] + row.starts,
    r.ends = [i IN keep | r.ends[i]] + row.ends,
    r.extractors = [i IN keep | r.extractors[i]] + row.extractors,
    r.confidences = [i IN keep | r.confidences[i]] + row.confidences
SET r += row.props
SET r.weight = size(r.articles)
