// Neo4j's own functions: a user's read query may call these (src/graph/read-only.ts); plugin functions need the allowlist.
SHOW FUNCTIONS YIELD name, isBuiltIn WHERE isBuiltIn RETURN name
