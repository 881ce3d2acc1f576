// A graph written before storage version 2 kept each link's evidence as lists on one relationship
// (`articles`, `sentences`…), which the writer of today can neither extend nor retract. The first
// relationship of each type tells.
// The store writes each relation type in for $($type) in turn
MATCH ()-[r:$($type)]->()
WITH r LIMIT 1
RETURN r.articles IS NOT NULL AS old
