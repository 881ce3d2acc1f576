// What the corpus says about two entities that may be one: the articles naming both, in how many the
// long form comes first (腾讯科技有限公司 … 腾讯), and the neighbours (linked or co-mentioned entities)
// they share out of the fewer either has, and the articles that call one by the other's name too (a
// surface of its mention there). Read-only. Params: $pairs [{long, short}] (entity ids)
UNWIND $pairs AS p
MATCH (a:Entity {id: p.long}), (b:Entity {id: p.short})
CALL (a, b) {
  OPTIONAL MATCH (a)-[ma:MENTIONED_IN]->(x:Article)<-[mb:MENTIONED_IN]-(b)
  RETURN count(x) AS both, count(CASE WHEN ma.starts[0] < mb.starts[0] THEN 1 END) AS longFirst
}
CALL (a, b) {
  OPTIONAL MATCH (a)-[ma:MENTIONED_IN]->(:Article)
  WHERE b.name IN ma.surfaces
  RETURN count(ma) AS longCalledShort
}
CALL (a, b) {
  OPTIONAL MATCH (b)-[mb:MENTIONED_IN]->(:Article)
  WHERE a.name IN mb.surfaces
  RETURN count(mb) AS shortCalledLong
}
CALL (a, b) {
  OPTIONAL MATCH (a)--(n:Entity)--(b)
  WHERE n <> a AND n <> b
  RETURN count(DISTINCT n) AS shared
}
RETURN p.long AS long, p.short AS short, both, longFirst, longCalledShort, shortCalledLong, shared,
       COUNT { MATCH (a)--(n:Entity) WHERE n <> b RETURN DISTINCT n } AS longNeighbours,
       COUNT { MATCH (b)--(n:Entity) WHERE n <> a RETURN DISTINCT n } AS shortNeighbours
