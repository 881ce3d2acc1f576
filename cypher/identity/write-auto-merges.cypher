// Records merges the automatic identity stage accepted; one node per (from, into), its latest reading kept.
// Params: $merges [{into, from, intoName, fromName, type, source, evidence, score, intoArticles, fromArticles}]
UNWIND $merges AS row
MERGE (m:IdentityMerge {from: row.from, into: row.into})
SET m += row
