// The stored articles whose text holds one of the given surfaces, each with the spans of every
// mention in it ([starts, ends] per entity): where the word finder counts the uses of each surface.
// Read-only. Params: $surfaces
MATCH (a:Article)
WHERE any(s IN $surfaces WHERE a.text CONTAINS s)
RETURN a.text AS text, [(a)<-[m:MENTIONED_IN]-(:Entity) | [m.starts, m.ends]] AS spans
