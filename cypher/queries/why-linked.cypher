// Why are A and B linked? Every sentence that links them, with the article it comes from (title,
// date), where it stands in the article's text, the extractor that found it, the rule (the pass or
// pattern row) that made the link and the facts the sentence states (post, amount, currency, date).
// A typed link is one relationship per sentence; a co-mention's sentences are the spans each shared
// article lists for the pair in `comentions` ("<lower id>\t<higher id>\t<start>:<end>,…").
// Params: $a, $b, names or aliases, e.g. :param a => '郴州经开区'  :param b => '华宇新材料'
MATCH (x:Entity) WHERE x.name = $a OR $a IN x.aliases
MATCH (y:Entity) WHERE y.name = $b OR $b IN y.aliases
CALL (x, y) {
  MATCH (x)-[r:!CO_MENTIONED]-(y)
  OPTIONAL MATCH (article:Article {id: r.article})
  RETURN type(r) AS relation, startNode(r).name AS source, endNode(r).name AS target, r.sentence AS sentence,
         article, r.start AS start, r.end AS end, r.extractor AS extractor, r.confidence AS confidence, r.rule AS rule,
         [k IN keys(r) WHERE NOT k IN ['article', 'sentence', 'start', 'end', 'extractor', 'confidence', 'rule']
                             AND NOT valueType(r[k]) STARTS WITH 'LIST'
            | k + ': ' + CASE WHEN valueType(r[k]) STARTS WITH 'FLOAT' AND r[k] = round(r[k]) THEN toString(toInteger(r[k])) ELSE toString(r[k]) END] AS facts
  UNION ALL
  MATCH (x)-[r:CO_MENTIONED]-(y)
  MATCH (x)-[:MENTIONED_IN]->(article:Article)<-[:MENTIONED_IN]-(y)
  WITH r, article, startNode(r).id + '\t' + endNode(r).id + '\t' AS pair
  UNWIND [entry IN coalesce(article.comentions, []) WHERE entry STARTS WITH pair] AS entry
  UNWIND split(substring(entry, size(pair)), ',') AS span
  WITH r, article, toInteger(split(span, ':')[0]) AS start, toInteger(split(span, ':')[1]) AS end
  RETURN type(r) AS relation, startNode(r).name AS source, endNode(r).name AS target,
         substring(article.text, start, end - start) AS sentence, article, start, end,
         article.extractor AS extractor, null AS confidence, null AS rule, [] AS facts
}
RETURN relation, source, target, sentence,
       article.title AS article, article.published AS published,
       start, end, extractor, confidence, rule, facts
ORDER BY relation = 'CO_MENTIONED', published DESC, article, relation, start
