// Takes hold of the articles a batch writes before their old contributions are retracted: a build
// writing the same article at the same time waits here until the other commits, then retracts what
// the other wrote, so an article's evidence never goes in twice.
// Params: $ids (article ids)
UNWIND $ids AS id
MERGE (:Article {id: id})
