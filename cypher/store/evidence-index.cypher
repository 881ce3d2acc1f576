// The index that makes retracting an article's typed evidence a plain delete: one per typed
// relationship type, on the article each item comes from. applySchema runs it for every typed type
// of src/lexicon/relation-types.json, before every build.
// Params: $name (the index's name); the store writes the type in for $($type)
CREATE INDEX $name IF NOT EXISTS
FOR ()-[r:$($type)]-() ON (r.article)
