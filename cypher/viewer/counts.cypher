// How much there is to show, so an empty database gets a message instead of a blank canvas.
OPTIONAL MATCH (e:Entity) WITH count(e) AS entities
OPTIONAL MATCH (a:Article) RETURN entities, count(a) AS articles
