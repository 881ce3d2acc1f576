// The links of one entity for its panel, one per (other entity, type, direction), strongest first:
// typed links weigh their evidence relationships (one per sentence stating them), at most $linkLimit;
// then co-mentions by their stored weight, at most $comentionLimit. The totals say how many there are.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:!CO_MENTIONED]-(o:Entity)
  WITH o, type(r) AS type, startNode(r) = e AS outgoing, count(r) AS weight
  ORDER BY weight DESC, type, o.name, o.id
  WITH collect({otherId: o.id, otherName: o.name, otherType: o.type, type: type, outgoing: outgoing, weight: weight}) AS links
  RETURN links[0..$linkLimit] AS typed, size(links) AS typedTotal
}
CALL (e) {
  MATCH (e)-[r:CO_MENTIONED]-(o:Entity)
  WITH o, r ORDER BY r.weight DESC, o.name, o.id LIMIT $comentionLimit
  RETURN collect({otherId: o.id, otherName: o.name, otherType: o.type, type: type(r), outgoing: startNode(r) = e, weight: r.weight}) AS comentions
}
RETURN typed + comentions AS links, typedTotal + COUNT { (e)-[:CO_MENTIONED]-(:Entity) } AS total
