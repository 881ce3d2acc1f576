// Params: $map (the identity map as JSON)
MERGE (s:IdentityState {id: 'applied'})
SET s.map = $map
