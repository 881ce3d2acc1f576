// Recomputes name, aliases and articleCount of the given entities from their links to articles,
// so the result never depends on the order articles were built in. Entities left with no article go.
// Params: $ids (entity ids)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)-[m:MENTIONED_IN|DERIVED_FROM|AUTHORED]->(a:Article)
WITH n, count(DISTINCT a) AS articleCount, collect(m.name) AS names,
     reduce(all = [], s IN collect(m.surfaces) | all + s) AS surfaces
// The display name is the full form most articles use (each article's m.name is its own full form),
// not the longest ever seen: one article's 林芝腾讯 does not rename 腾讯. A Han name with a stray space
// inside (杨 幂) comes last; then more articles, then the longer, then the first in order.
CALL (names) {
  UNWIND names AS x
  WITH x, count(*) AS uses
  ORDER BY CASE WHEN x =~ '.*\\p{IsHan}\\s+\\p{IsHan}.*' THEN 1 ELSE 0 END, uses DESC, size(x) DESC, x
  RETURN collect(x) AS ranked
}
// A person's transliterated name shows the middle dot between its parts whenever the corpus writes it
// so at all, whatever mark (-, －, •) or none most articles use: the first form in that order made of
// Han parts joined by · alone that is the chosen form but for the marks between its parts, with its
// dots where another form writes another mark (a dot written once into a name otherwise run together
// may stand in the wrong place). The marks are those of src/store/entity-names.ts, dottedName.
WITH n, articleCount, names, surfaces, ranked, ranked[0] AS first,
     ['·', '•', '・', '‧', '∙', '⋅', '-', '－', '‐', '‑', '–', '—'] AS marks
WITH n, articleCount, names, surfaces, ranked, first, marks, reduce(s = first, c IN marks | replace(s, c, '')) AS bare
WITH n, articleCount, names, surfaces, coalesce(CASE WHEN n.type = 'Person' THEN head([x IN ranked
       WHERE x =~ '\\p{IsHan}+(·\\p{IsHan}+)+' AND reduce(s = x, c IN marks | replace(s, c, '')) = bare
         AND any(y IN ranked WHERE y <> x AND reduce(s = y, c IN marks | replace(s, c, '·')) = x)]) END, first) AS name
// The tally of names by links, which extend-entities.cypher grows batch by batch.
CALL (names) {
  UNWIND names AS x
  WITH x, count(*) AS uses ORDER BY x
  RETURN collect(x) AS forms, collect(uses) AS counts
}
SET n.articleCount = articleCount, n.name = coalesce(name, n.name), n.nameForms = forms, n.nameUses = counts
WITH n, [x IN names + surfaces WHERE x <> n.name] AS others
CALL (n, others) {
  UNWIND others AS other
  WITH DISTINCT other ORDER BY other
  RETURN collect(other) AS aliases
}
SET n.aliases = aliases
WITH n WHERE n.articleCount = 0
DETACH DELETE n
