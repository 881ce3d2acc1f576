// The merges the automatic identity stage accepted (applyMerges), with what joined them.
MATCH (m:IdentityMerge)
RETURN m.into AS into, m.from AS from, m.intoName AS intoName, m.fromName AS fromName, m.type AS type,
       m.source AS source, m.evidence AS evidence, m.score AS score,
       m.intoArticles AS intoArticles, m.fromArticles AS fromArticles
ORDER BY from, into
