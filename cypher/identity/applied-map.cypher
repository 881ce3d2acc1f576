// The identity map the graph was last landed with (JSON), to tell which articles a new one moves.
MATCH (s:IdentityState {id: 'applied'})
RETURN s.map AS map
