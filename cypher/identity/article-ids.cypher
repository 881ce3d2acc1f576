// Every stored article's id, in order: their fingerprint tells whether the graph changed since the
// automatic identity stage last read it.
MATCH (a:Article)
RETURN a.id AS id
ORDER BY id
