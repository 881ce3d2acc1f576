// The shortest chain of typed links between two entities (up to six hops), leaving out articles
// and co-mentions, so the chain reads as who is tied to whom, with the sentence stating each hop.
// To let co-mentions in, drop `&!CO_MENTIONED`. The viewer's path box does the same with every
// link of each hop and its evidence (cypher/viewer/path.cypher).
// Params: $from, $to, names or aliases, e.g. :param from => '郴州经开区'  :param to => '湖南省'
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR $to IN b.aliases
MATCH p = SHORTEST 1 (a)-[:!MENTIONED_IN&!CO_MENTIONED]-{1,6}(b)
RETURN [n IN nodes(p) | n.name] AS chain,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.sentence] AS sentences,
       length(p) AS steps
ORDER BY steps
LIMIT 5
