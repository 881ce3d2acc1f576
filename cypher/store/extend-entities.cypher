// Name, aliases and articleCount of entities whose links to articles only grew in this batch, from
// what they hold and the new links alone (a hub's thousands of older links are not read). The node
// keeps a tally of the names its links give (nameForms, nameUses: one count per link, as
// refresh-entities.cypher counts them), so the display name is chosen by the same rule as there —
// the full form most links use; a Han name with a stray space inside last; then the longer, then
// the first in order — whatever order the articles came in. The aliases are every other name or
// surface; articleCount grows by the new articles. Entities that lost links go through
// refresh-entities.cypher instead, which counts the tally afresh.
// Params: $entities [{id, articles (new articles linked), names (one per new link), surfaces}]
UNWIND $entities AS row
MATCH (n:Entity {id: row.id})
// A node written before tallies were kept starts from its name, once per article it had.
WITH n, row,
     CASE WHEN n.nameForms IS NULL THEN CASE WHEN n.articleCount > 0 THEN [n.name] ELSE [] END ELSE n.nameForms END AS forms,
     CASE WHEN n.nameUses IS NULL THEN CASE WHEN n.articleCount > 0 THEN [n.articleCount] ELSE [] END ELSE n.nameUses END AS uses
WITH n, row, reduce(t = {forms: forms, uses: uses}, x IN row.names |
       CASE WHEN x IN t.forms
         THEN {forms: t.forms, uses: [i IN range(0, size(t.forms) - 1) | CASE WHEN t.forms[i] = x THEN t.uses[i] + 1 ELSE t.uses[i] END]}
         ELSE {forms: t.forms + x, uses: t.uses + 1} END) AS tally
CALL (tally) {
  UNWIND range(0, size(tally.forms) - 1) AS i
  WITH tally.forms[i] AS x, tally.uses[i] AS uses
  ORDER BY CASE WHEN x =~ '.*\\p{IsHan}\\s+\\p{IsHan}.*' THEN 1 ELSE 0 END, uses DESC, size(x) DESC, x
  LIMIT 1
  RETURN x AS name
}
// Kept in name order, as refresh-entities.cypher writes it, so the node never depends on the order articles came in.
CALL (tally) {
  UNWIND range(0, size(tally.forms) - 1) AS i
  WITH tally.forms[i] AS x, tally.uses[i] AS uses ORDER BY x
  RETURN collect(x) AS forms, collect(uses) AS counts
}
WITH n, row, forms, counts, name, [x IN n.aliases + [n.name] + row.names + row.surfaces WHERE x <> name] AS others
CALL (n, others) {
  UNWIND others AS other
  WITH DISTINCT other ORDER BY other
  RETURN collect(other) AS aliases
}
SET n.name = name, n.aliases = aliases, n.articleCount = n.articleCount + row.articles,
    n.nameForms = forms, n.nameUses = counts
