// Where a place (or anything located somewhere) lies: the chain of LOCATED_IN links up to
// the province, e.g. a village → its town or street → county → city → province.
// Each sentence stating a link is a relationship of its own, so each step follows one of them
// (the first by element id): a chain stated in many articles is still one chain.
// Params: $name, a name or alias, e.g. :param name => '长沙市'
MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases
MATCH p = (e) ((inner)-[r:LOCATED_IN]->(outer)
               WHERE NOT EXISTS { (inner)-[other:LOCATED_IN]->(outer) WHERE elementId(other) < elementId(r) }){1,6} (top:Entity)
WHERE NOT (top)-[:LOCATED_IN]->()
RETURN [n IN nodes(p) | n.name] AS chain, length(p) AS steps
ORDER BY steps DESC
LIMIT 5
