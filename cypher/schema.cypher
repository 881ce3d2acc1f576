// wutong schema: applied before every build; every statement is idempotent (IF NOT EXISTS).
// Runs unchanged in Neo4j Browser or cypher-shell.

CREATE CONSTRAINT article_id IF NOT EXISTS
FOR (a:Article) REQUIRE a.id IS UNIQUE;

CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// Finds articles of one file fast, for edits and `wutong remove <path>`.
CREATE INDEX article_source IF NOT EXISTS
FOR (a:Article) ON (a.source);

CREATE INDEX entity_name IF NOT EXISTS
FOR (e:Entity) ON (e.name);

// Search by any surface form: CALL db.index.fulltext.queryNodes('entityNames', '郴州')
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
