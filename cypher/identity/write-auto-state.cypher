// Params: $articles (the fingerprint of the stored articles' ids)
MERGE (s:IdentityState {id: 'auto'})
SET s.articles = $articles
