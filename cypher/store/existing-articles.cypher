// Which of the given article ids are stored already, and which stored articles came from the given
// sources; `comentions` tells whether the article was built with co-mentions.
// Params: $ids (article ids), $sources (file paths)
MATCH (a:Article) WHERE a.id IN $ids OR a.source IN $sources
RETURN a.id AS id, a.source AS source, a.extractor AS extractor, a.comentions IS NOT NULL AS comentions
