// The timeline: per month of publication, the articles and the typed evidence they hold
// (articles without a date are left out, and counted in `undated`).
// Params: $types
CALL () {
  MATCH ()-[r:$any($types)]->()
  WITH r.article AS id, count(r) AS evidence
  MATCH (a:Article {id: id})
  WHERE a.published IS NOT NULL
  RETURN substring(a.published, 0, 7) AS month, sum(evidence) AS evidence
}
WITH collect({month: month, evidence: evidence}) AS typed
MATCH (a:Article)
WITH typed, substring(a.published, 0, 7) AS month, count(a) AS articles
WITH typed, collect({month: month, articles: articles}) AS months
RETURN [m IN months WHERE m.month IS NOT NULL | {month: m.month, articles: m.articles,
          evidence: coalesce([t IN typed WHERE t.month = m.month | t.evidence][0], 0)}] AS months,
       coalesce([m IN months WHERE m.month IS NULL | m.articles][0], 0) AS undated
