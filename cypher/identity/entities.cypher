// Every entity the suggestion finder weighs: its id, type, how many articles name it, and the full
// form most of them use (the rule of store/refresh-entities.cypher, a person's name in its dotted
// form included, read afresh so a graph built before that rule is weighed by the names its articles
// use, not by its longest surface).
// Read-only. Params: $minArticles (entities named in fewer articles are left out)
MATCH (e:Entity)
WHERE e.articleCount >= $minArticles
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN|DERIVED_FROM|AUTHORED]->(:Article)
  WITH m.name AS name, count(m) AS uses
  ORDER BY CASE WHEN name =~ '.*\\p{IsHan}\\s+\\p{IsHan}.*' THEN 1 ELSE 0 END, uses DESC, size(name) DESC, name
  RETURN collect(name) AS ranked
}
WITH e, ranked, ranked[0] AS first, ['·', '•', '・', '‧', '∙', '⋅', '-', '－', '‐', '‑', '–', '—'] AS marks
WITH e, ranked, first, marks, reduce(s = first, c IN marks | replace(s, c, '')) AS bare
WITH e, coalesce(CASE WHEN e.type = 'Person' THEN head([x IN ranked
       WHERE x =~ '\\p{IsHan}+(·\\p{IsHan}+)+' AND reduce(s = x, c IN marks | replace(s, c, '')) = bare
         AND any(y IN ranked WHERE y <> x AND reduce(s = y, c IN marks | replace(s, c, '·')) = x)]) END, first) AS name
RETURN e.id AS id, coalesce(name, e.name) AS name, e.type AS type, e.articleCount AS articles
