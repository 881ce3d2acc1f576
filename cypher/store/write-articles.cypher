// Returns each article's element id, by which the batch's links find it.
// Params: $articles [{id, title, source, index, published, lang, authors, text, extractor, comentions, corpusId, url, publisher}]
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.source = row.source, a.index = row.index, a.published = row.published,
    a.lang = row.lang, a.authors = row.authors, a.text = row.text, a.extractor = row.extractor,
    a.comentions = row.comentions, a.corpusId = row.corpusId, a.url = row.url, a.publisher = row.publisher
RETURN row.id AS id, elementId(a) AS node
