// The co-mentions among the first screen's entities. Without a window, the stored weights; within
// one, the sentences of the articles published in it, read from each article's `comentions`
// ("<lower id>\t<higher id>\t<start>:<end>,…"), since a pair's weight has no dates of its own.
// Params: $ids, $from, $to, $windowed
CALL () {
  WITH $windowed AS windowed WHERE NOT windowed
  UNWIND $ids AS id
  MATCH (s:Entity {id: id})-[r:CO_MENTIONED]->(t:Entity)
  WHERE t.id IN $ids
  RETURN s.id AS source, t.id AS target, r.weight AS weight
  UNION
  WITH $windowed AS windowed WHERE windowed
  MATCH (a:Article)
  WHERE a.published IS NOT NULL AND substring(a.published, 0, 10) >= $from
    AND ($to = '' OR substring(a.published, 0, 10) <= $to)
  UNWIND coalesce(a.comentions, []) AS entry
  WITH split(entry, '\t') AS part
  WHERE part[0] IN $ids AND part[1] IN $ids
  WITH part[0] AS source, part[1] AS target, sum(size(split(part[2], ','))) AS weight
  RETURN source, target, weight
}
RETURN source, target, 'CO_MENTIONED' AS type, weight
