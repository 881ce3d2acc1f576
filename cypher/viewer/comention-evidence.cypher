// A page of the sentences co-mentioning one entity and each given other, newest article first. The
// pair's weight has no lists behind it: each article both are mentioned in records, in `comentions`,
// the spans of its text that name both ("<lower id>\t<higher id>\t<start>:<end>,<start>:<end>…").
// Params: $id, $others [entity ids], $skip, $evidenceLimit
MATCH (e:Entity {id: $id})
UNWIND $others AS otherId
MATCH (o:Entity {id: otherId})
CALL (e, o) {
  WITH e, o, CASE WHEN e.id < o.id THEN e.id + '\t' + o.id + '\t' ELSE o.id + '\t' + e.id + '\t' END AS pair
  MATCH (e)-[me:MENTIONED_IN]->(a:Article)<-[mo:MENTIONED_IN]-(o)
  WITH pair, me, mo, a ORDER BY a.published DESC, a.id
  WITH me, mo, a, pair, [entry IN coalesce(a.comentions, []) WHERE entry STARTS WITH pair][0] AS entry
  WHERE entry IS NOT NULL
  UNWIND split(substring(entry, size(pair)), ',') AS span
  WITH me, mo, a, toInteger(split(span, ':')[0]) AS start, toInteger(split(span, ':')[1]) AS end
  SKIP $skip LIMIT $evidenceLimit
  RETURN collect({
    properties: {article: a.id, sentence: substring(a.text, start, end - start), start: start, end: end, extractor: a.extractor},
    title: a.title, published: a.published,
    spans: [k IN range(0, size(coalesce(me.starts, [])) - 1) | [me.starts[k], me.ends[k]]]
         + [k IN range(0, size(coalesce(mo.starts, [])) - 1) | [mo.starts[k], mo.ends[k]]]
  }) AS evidence
}
RETURN otherId AS other, evidence
