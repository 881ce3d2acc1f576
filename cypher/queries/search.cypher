// Find entities by any part of a name or alias through the fulltext index (CJK-aware).
// Params: $text, e.g. :param text => '经开区'
CALL db.index.fulltext.queryNodes('entityNames', $text) YIELD node, score
RETURN node.name AS name, node.type AS type, node.aliases AS aliases, node.articleCount AS articles, score
ORDER BY score DESC
LIMIT 25
