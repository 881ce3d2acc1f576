// Records surfaces the automatic identity stage took for words; one node per surface, its latest reading kept.
// Params: $words [{surface, source, evidence, score}]
UNWIND $words AS row
MERGE (w:IdentityWord {surface: row.surface})
SET w += row
