// Entities' links to articles: MENTIONED_IN for a mention in the text, DERIVED_FROM for an entity the
// article implies (a parent place from the gazetteer), AUTHORED for a byline author. Created, not
// merged: an article's links were all taken out before it is written (retract-links.cypher), so
// none is there to find, and a CREATE costs no look-up among a hub's thousands of links.
// Params: $links [{articleId, entityId, link, props {name, surfaces, count?, starts?, ends?}}]
UNWIND $links AS row
MATCH (a:Article {id: row.articleId})
MATCH (n:Entity {id: row.entityId})
CREATE (n)-[m:$(row.link)]->(a)
SET m = row.props
