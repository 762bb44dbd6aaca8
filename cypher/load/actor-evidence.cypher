UNWIND $rows AS r
MATCH (n:Actor {id: r.id})
MATCH (e:Evidence {id: r.evidenceId})
MERGE (n)-[:EVIDENCED_BY]->(e)
