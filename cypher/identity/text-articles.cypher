// Stored articles whose text holds one of the given words: what lands again when a surface becomes
// a word or stops being one (a word's mentions are not in the graph to be found by). Read-only.
// Params: $words
MATCH (a:Article)
WHERE any(w IN $words WHERE a.text CONTAINS w)
RETURN a.id AS id
