// The meetings actors `a` and `b` both attended, as a list in the order of Contact.meetings (dateFrom DESC,
// id), walked from whichever of the two has fewer meetings (around a head of state, the other's few).
CASE WHEN COUNT { (a)-[:ATTENDED]->() } <= COUNT { (b)-[:ATTENDED]->() }
  THEN COLLECT { MATCH (a)-[:ATTENDED]->(m) WHERE EXISTS { (m)<-[:ATTENDED]-(b) } RETURN m ORDER BY m.dateFrom DESC, m.id }
  ELSE COLLECT { MATCH (b)-[:ATTENDED]->(m) WHERE EXISTS { (m)<-[:ATTENDED]-(a) } RETURN m ORDER BY m.dateFrom DESC, m.id } END
