// Every entity's names, for the server's search index (substrings, aliases and pinyin).
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       coalesce(e.articleCount, 0) AS articleCount
