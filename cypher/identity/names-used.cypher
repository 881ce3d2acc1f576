// How many articles name each entity by each full form (an article's m.name): what the display name
// of a node, or of nodes joined into one, is chosen from. Read-only. Params: $ids
UNWIND $ids AS id
MATCH (:Entity {id: id})-[m:MENTIONED_IN|DERIVED_FROM|AUTHORED]->(:Article)
RETURN id, m.name AS name, count(*) AS uses
