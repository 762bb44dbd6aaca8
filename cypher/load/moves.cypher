// A name key changed actor (a fuller name arrived, or a surname became ambiguous): the evidence and the
// affiliations the articles gave under that key follow it to its new actor.
UNWIND $rows AS r
MATCH (from:Actor {id: r.from})
MATCH (to:Actor {id: r.to})
CALL (from, to, r) {
  MATCH (from)-[x:EVIDENCED_BY]->(e) WHERE e.nameKey = r.key
  MERGE (to)-[:EVIDENCED_BY]->(e)
  DELETE x
}
CALL (from, to, r) {
  MATCH (from)-[x:AFFILIATED_WITH]->(o)
  WITH x, o, [id IN x.evidenceIds WHERE EXISTS { MATCH (e:Evidence {id: id}) WHERE e.nameKey = r.key }] AS moving
  WHERE size(moving) > 0
  MERGE (to)-[y:AFFILIATED_WITH]->(o)
  SET y.evidenceIds = coalesce(y.evidenceIds, []) + [id IN moving WHERE NOT id IN coalesce(y.evidenceIds, [])],
      y.title = CASE WHEN y.title IS NULL OR (x.title IS NOT NULL AND x.title < y.title) THEN x.title ELSE y.title END,
      x.evidenceIds = [id IN x.evidenceIds WHERE NOT id IN moving]
  WITH x WHERE size(x.evidenceIds) = 0
  DELETE x
}
