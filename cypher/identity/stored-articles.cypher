// Stored articles as ingest gave them, to be extracted and landed again; `comentions` tells how they were built.
// Params: $ids (article ids)
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.title AS title, a.source AS source, a.index AS index, a.published AS published,
       a.lang AS lang, a.authors AS authors, a.text AS text, a.comentions IS NOT NULL AS comentions
ORDER BY a.source, a.index, a.id
