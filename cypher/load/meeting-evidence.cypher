// A report belongs to one meeting: linking it here unlinks it from a meeting it was part of before.
UNWIND $rows AS r
MATCH (n:Meeting {id: r.id})
MATCH (e:Evidence {id: r.evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e)
WITH n, e
CALL (n, e) {
  // The label tested as a function, so no plan can start from a scan of every meeting (test/load/load-plans.test.ts).
  MATCH (other)-[x:EVIDENCED_BY]->(e) WHERE other <> n AND 'Meeting' IN labels(other)
  DELETE x
}
