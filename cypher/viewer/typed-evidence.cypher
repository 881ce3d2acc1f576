// A page of evidence for each given typed link of one entity, newest article first: the evidence
// relationship's properties (sentence, offsets, extractor, confidence, rule and the facts it states),
// its article, and both ends' mention spans in that article (the viewer marks those in the sentence).
// Params: $id, $links [{other, type, outgoing}], $skip, $evidenceLimit
MATCH (e:Entity {id: $id})
UNWIND $links AS link
MATCH (o:Entity {id: link.other})
CALL (e, o, link) {
  MATCH (e)-[r:!CO_MENTIONED]-(o)
  WHERE type(r) = link.type AND (startNode(r) = e) = link.outgoing
  OPTIONAL MATCH (a:Article {id: r.article})
  WITH r, a ORDER BY a.published DESC, r.article, r.start
  SKIP $skip LIMIT $evidenceLimit
  OPTIONAL MATCH (e)-[me:MENTIONED_IN]->(a)
  OPTIONAL MATCH (o)-[mo:MENTIONED_IN]->(a)
  RETURN collect({
    properties: properties(r), title: a.title, published: a.published,
    spans: [k IN range(0, size(coalesce(me.starts, [])) - 1) | [me.starts[k], me.ends[k]]]
         + [k IN range(0, size(coalesce(mo.starts, [])) - 1) | [mo.starts[k], mo.ends[k]]]
  }) AS evidence
}
RETURN link.other AS other, link.type AS type, link.outgoing AS outgoing, evidence
