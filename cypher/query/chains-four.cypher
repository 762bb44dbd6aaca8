// Chains of exactly four meetings from one actor to another, a -m1- x -m2- y -m3- z -m4- b, joined in the middle.
// SHORTEST walks every path through a head of state before it reaches four hops (seconds at 1M meetings).
// Here each end walks two hops on its own and the two halves meet by a hash join on the middle actor y, so
// the work is the size of the two 2-hop neighbourhoods, not the number of paths through them.
// Used only when chains of up to three meetings do not fill $first; the chain conditions are query/chains'.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
WHERE a <> b
MATCH (a)-[:ATTENDED]->(m1:Meeting)<-[:ATTENDED]-(x:Actor)-[:ATTENDED]->(m2:Meeting)<-[:ATTENDED]-(y:Actor)
WHERE x <> b AND y <> a AND y <> b AND all(meeting IN [m1, m2] WHERE {{fragments/meeting-filter}})
MATCH (y)-[:ATTENDED]->(m3:Meeting)<-[:ATTENDED]-(z:Actor)-[:ATTENDED]->(m4:Meeting)<-[:ATTENDED]-(b)
USING JOIN ON y
WHERE z <> a AND z <> x AND all(meeting IN [m3, m4] WHERE {{fragments/meeting-filter}})
  AND NOT m3 IN [m1, m2] AND NOT m4 IN [m1, m2]
WITH a, b, [x, y, z] AS mid, [m1, m2, m3, m4] AS ms
WHERE {{fragments/time-respecting}}
LIMIT $first
RETURN [actor IN [a] + mid + [b] | {{fragments/actor-map}}] AS actors,
       [meeting IN ms | {{fragments/meeting-map}}] AS meetings
