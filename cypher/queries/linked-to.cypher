// Everything linked to one entity — a development zone, a hospital, a company — with the
// relationship type, its direction and how many sentences support it.
// Params: $name, a name or alias, e.g. :param name => '郴州经开区'
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[r]-(other:Entity)
RETURN e.name AS entity,
       type(r) AS relation,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       other.name AS other,
       other.type AS otherType,
       r.weight AS sentences
ORDER BY relation = 'CO_MENTIONED', sentences DESC, other
LIMIT 200
