// Where a place (or anything located somewhere) lies: the chain of LOCATED_IN links up to
// the province, e.g. a village → its town or street → county → city → province.
// Params: $name, a name or alias, e.g. :param name => '长沙市'
MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases
MATCH p = (e)-[:LOCATED_IN*1..6]->(top:Entity)
WHERE NOT (top)-[:LOCATED_IN]->()
RETURN [n IN nodes(p) | n.name] AS chain, length(p) AS steps
ORDER BY steps DESC
LIMIT 5
