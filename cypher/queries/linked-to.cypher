// Everything linked to one entity — a development zone, a hospital, a company — with the
// relationship type, its direction and how many sentences support it: a typed link is one
// relationship per sentence stating it, a co-mention keeps its count in `weight`.
// Params: $name, a name or alias, e.g. :param name => '郴州经开区'
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[r]-(other:Entity)
WITH e, other, type(r) AS relation, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
     sum(coalesce(r.weight, 1)) AS sentences
RETURN e.name AS entity,
       relation,
       direction,
       other.name AS other,
       other.type AS otherType,
       sentences
ORDER BY relation = 'CO_MENTIONED', sentences DESC, relation, other
LIMIT 200
