// The first screen: the entities with the most typed evidence (co-mentions, the weak layer, do not
// count), then the most mentioned, so a graph without typed links still opens on its main names.
// Within a time window (both ends inclusive, 'YYYY-MM-DD', '' for open) only the articles published
// in it count, and an entity none of them mentions is left out.
// Params: $types (the typed relationship types), $from, $to, $windowed (false: every article), $limit
CALL () {
  // One pass over the typed relationships, faster than asking every entity for its degree.
  WITH $windowed AS windowed WHERE NOT windowed
  MATCH ()-[r:$any($types)]->()
  UNWIND [startNode(r), endNode(r)] AS e
  RETURN e, count(r) AS typed, coalesce(e.articleCount, 0) AS articles
  UNION
  WITH $windowed AS windowed WHERE NOT windowed
  MATCH (e:Entity)
  WITH e ORDER BY e.articleCount DESC LIMIT $limit
  RETURN e, 0 AS typed, coalesce(e.articleCount, 0) AS articles
  UNION
  WITH $windowed AS windowed WHERE windowed
  MATCH (a:Article)
  WHERE a.published IS NOT NULL AND substring(a.published, 0, 10) >= $from
    AND ($to = '' OR substring(a.published, 0, 10) <= $to)
  MATCH (a)<-[:MENTIONED_IN]-(e:Entity)
  WITH e, collect(a.id) AS ids
  CALL (e, ids) {
    MATCH (e)-[r:$any($types)]-()
    WHERE r.article IN ids
    RETURN count(r) AS typed
  }
  RETURN e, typed, size(ids) AS articles
}
WITH e, max(typed) AS typed, max(articles) AS articles
ORDER BY typed DESC, articles DESC, e.id LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, articles AS articleCount, typed
