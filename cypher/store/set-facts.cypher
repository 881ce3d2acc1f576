// Sets each relationship's scalar facts (post, amount, currency, date…) as recomputed from the facts
// of the evidence it holds; a null removes a fact no evidence states any more.
// Params: $updates [{id (elementId), props}]
UNWIND $updates AS update
MATCH ()-[r]->() WHERE elementId(r) = update.id
SET r += update.props
