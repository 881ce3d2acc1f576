#!/usr/bin/env node
// Fetches the Neo4j Community jars from Maven Central and compiles the launcher (once).
import { register } from 'tsx/esm/api';

register();
const { ensureInstalled, isInstalled } = await import('../src/db/index.ts');
await ensureInstalled((line) => console.log(line));
console.log(isInstalled() ? 'neo4j: launcher and jars ready in neo4j/target' : 'neo4j: not installed');
