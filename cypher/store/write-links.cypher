// Entities' links to articles: MENTIONED_IN for a mention in the text, DERIVED_FROM for an entity the
// article implies (a parent place from the gazetteer), AUTHORED for a byline author. Created, not
// merged: an article's links were all taken out before it is written (retract-links.cypher), so
// none is there to find, and a CREATE costs no look-up among a hub's thousands of links.
// Both ends are found by the element ids write-articles.cypher and write-entities.cypher returned.
// Params: $links [{article, entity (element ids), link, props {name, surfaces, count?, starts?, ends?}}]
UNWIND $links AS row
MATCH (a:Article) WHERE elementId(a) = row.article
MATCH (n:Entity) WHERE elementId(n) = row.entity
CREATE (n)-[m:$(row.link)]->(a)
SET m = row.props
