// Stored articles built from a file, or from any file under a folder.
// Params: $path (absolute file path), $prefix (the same path followed by a separator)
MATCH (a:Article) WHERE a.source = $path OR a.source STARTS WITH $prefix
RETURN a.id AS id, a.source AS source
