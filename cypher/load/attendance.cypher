// The role is the planner's, from every report of the meeting (the first stated, in evidence order).
UNWIND $rows AS r
MATCH (a:Actor {id: r.actorId})
MATCH (m:Meeting {id: r.meetingId})
MERGE (a)-[x:ATTENDED]->(m)
SET x.role = r.role
