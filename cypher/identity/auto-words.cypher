// The surfaces the automatic identity stage took for words (a mention written so is no entity), with why.
MATCH (w:IdentityWord)
RETURN w.surface AS surface, w.source AS source, w.evidence AS evidence, w.score AS score
ORDER BY surface
