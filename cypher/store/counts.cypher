// Node and relationship counts for build summaries and tests.
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH ()-[m:MENTIONED_IN]->() RETURN count(m) AS mentions }
RETURN articles, entities, relationships, mentions
