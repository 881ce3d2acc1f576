// Takes hold of the articles a batch writes before their old contributions are retracted, and says
// which were stored already (only those have anything to retract). Setting the id takes the node's
// write lock even when the node exists: a build writing the same article at the same time waits
// here until the other commits, then finds it stored and retracts what the other wrote, so an
// article's evidence never goes in twice.
// Params: $ids (article ids)
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.id = id
RETURN id, a.text IS NOT NULL AS stored
