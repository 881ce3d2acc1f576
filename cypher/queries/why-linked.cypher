// Why are A and B linked? Every relationship between them with each supporting sentence,
// the article it comes from (title, date) and the extractor that found it.
// Params: $a, $b, names or aliases, e.g. :param a => '科远达'  :param b => '奇瑞'
MATCH (x:Entity) WHERE x.name = $a OR $a IN x.aliases
MATCH (y:Entity) WHERE y.name = $b OR $b IN y.aliases
MATCH (x)-[r]-(y)
UNWIND range(0, size(r.articles) - 1) AS i
MATCH (article:Article {id: r.articles[i]})
RETURN type(r) AS relation,
       startNode(r).name AS source,
       endNode(r).name AS target,
       r.sentences[i] AS sentence,
       article.title AS article,
       article.published AS published,
       r.starts[i] AS start,
       r.ends[i] AS end,
       r.extractors[i] AS extractor,
       r.confidences[i] AS confidence
ORDER BY relation = 'CO_MENTIONED', published DESC, article, start
