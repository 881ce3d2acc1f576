// Articles that mention both of two entities, newest first, with how often each is mentioned.
// Params: $a, $b, names or aliases, e.g. :param a => '湖南省'  :param b => '长沙市'
MATCH (x:Entity) WHERE x.name = $a OR $a IN x.aliases
MATCH (y:Entity) WHERE y.name = $b OR $b IN y.aliases
MATCH (x)-[mx:MENTIONED_IN]->(article:Article)<-[my:MENTIONED_IN]-(y)
RETURN article.title AS title, article.published AS published, article.source AS source,
       mx.count AS mentionsOfA, my.count AS mentionsOfB
ORDER BY published DESC, title
