// The shortest chain of entity-to-entity links between two entities (up to six steps),
// ignoring articles, so the chain reads as who is tied to whom.
// Params: $from, $to, names or aliases, e.g. :param from => '郴州经开区'  :param to => '湖南省'
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR $to IN b.aliases
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.name] AS chain,
       [r IN relationships(p) | type(r)] AS relations,
       length(p) AS steps
ORDER BY steps
LIMIT 5
