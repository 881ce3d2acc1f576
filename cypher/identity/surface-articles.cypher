// Articles that use one of the given surfaces for a mention: what lands again when an alias changes
// or a surface becomes a word.
// Params: $surfaces
MATCH (e:Entity) WHERE e.name IN $surfaces OR any(x IN e.aliases WHERE x IN $surfaces)
MATCH (e)-[m:MENTIONED_IN]->(a:Article) WHERE any(x IN m.surfaces WHERE x IN $surfaces)
RETURN DISTINCT a.id AS id
