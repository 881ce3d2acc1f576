// The shortest chains of links between two entities, each hop following one of $types (the typed
// relationships of src/lexicon/relation-types.json, and CO_MENTIONED only when asked), up to six
// hops. A typed link is one relationship per sentence, so many of the 25 shortest paths searched walk
// the same entities through parallel relationships: chains are told apart by their entities, only
// those of the shortest length are kept, and each hop lists every link between its two entities
// (type, direction from the hop's first entity, and how many sentences state it), strongest first.
// Params: $from, $to (entity ids), $types [relationship types], $paths (chains returned)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 25 (a)-[r WHERE type(r) IN $types]-{1,6}(b)
WITH [n IN nodes(p) | {id: n.id, name: n.name, type: n.type}] AS chain, length(p) AS hops
WITH min(hops) AS shortest, collect(DISTINCT {chain: chain, hops: hops}) AS found
UNWIND found AS path
WITH path WHERE path.hops = shortest
WITH path.chain AS chain LIMIT $paths
CALL (chain) {
  UNWIND range(0, size(chain) - 2) AS k
  MATCH (x:Entity {id: chain[k].id})-[r]-(y:Entity {id: chain[k + 1].id})
  WHERE type(r) IN $types
  WITH k, type(r) AS type, startNode(r) = x AS outgoing,
       sum(CASE type(r) WHEN 'CO_MENTIONED' THEN r.weight ELSE 1 END) AS weight
  ORDER BY k, type = 'CO_MENTIONED', weight DESC, type
  WITH k, collect({type: type, outgoing: outgoing, weight: weight}) AS links
  ORDER BY k
  RETURN collect(links) AS hops
}
RETURN chain, hops
