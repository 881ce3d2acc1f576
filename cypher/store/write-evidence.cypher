// Typed links, one relationship per evidence item (one sentence of one article stating the link),
// created and never merged: an article's evidence goes in once per write of the article and leaves
// by a plain delete (retract-evidence.cypher). Properties: article, sentence, start and end (the
// sentence's offsets in the article's text), extractor, confidence, rule (the pass or pattern row
// that made the link), and the facts the sentence states (post, amount, currency, date…).
// A CREATE matches nothing, so a type read from the row plans as well as a named one.
// Params: $evidence [{source, target (the entities' element ids), type, props}]
UNWIND $evidence AS row
MATCH (s:Entity) WHERE elementId(s) = row.source
MATCH (t:Entity) WHERE elementId(t) = row.target
CREATE (s)-[r:$(row.type)]->(t)
SET r = row.props
