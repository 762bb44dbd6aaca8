UNWIND $rows AS r
MATCH (a:Actor {id: r.actorId})
MATCH (m:Meeting {id: r.meetingId})
MERGE (a)-[x:ATTENDED]->(m)
SET x.role = coalesce(x.role, r.role)
