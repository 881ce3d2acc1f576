// The fingerprint of the articles the automatic identity stage last read in full.
MATCH (s:IdentityState {id: 'auto'})
RETURN s.articles AS articles
