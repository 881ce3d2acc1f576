// Every relationship of one entity with its evidence: the sentence, its article, and the mention spans
// of both ends inside that article (the viewer keeps the spans that fall in the sentence).
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WITH e, r, o ORDER BY coalesce(r.weight, 1) DESC, type(r), o.name LIMIT $relationLimit
WITH e, r, o, coalesce(r.articles, []) AS articleIds
UNWIND CASE WHEN size(articleIds) = 0 THEN [null] ELSE [i IN range(0, size(articleIds) - 1) WHERE i < $evidenceLimit] END AS i
OPTIONAL MATCH (a:Article {id: articleIds[i]})
OPTIONAL MATCH (e)-[me:MENTIONED_IN]->(a)
OPTIONAL MATCH (o)-[mo:MENTIONED_IN]->(a)
WITH e, r, o, CASE WHEN i IS NULL THEN null ELSE {
  article: articleIds[i], title: a.title, published: a.published,
  sentence: r.sentences[i], start: r.starts[i], end: r.ends[i],
  extractor: r.extractors[i], confidence: r.confidences[i],
  spans: [k IN range(0, size(coalesce(me.starts, [])) - 1) | [me.starts[k], me.ends[k]]]
       + [k IN range(0, size(coalesce(mo.starts, [])) - 1) | [mo.starts[k], mo.ends[k]]]
} END AS evidence
RETURN elementId(r) AS id, type(r) AS type, startNode(r) = e AS outgoing,
       o.id AS otherId, o.name AS otherName, o.type AS otherType, coalesce(r.weight, 1) AS weight,
       properties(r) AS props, collect(evidence) AS evidence
ORDER BY weight DESC, type, otherName
