// Co-attendance: (a)-[:MET_WITH {count, first, last, kinds}]->(b) between every two actors who attended a
// meeting together, stored once per pair from the lower id to the higher. Contacts, network and brokers read
// one relationship per contact from it instead of expanding a head of state's thousands of meetings.
// Runs before load/attendance in the same transaction and counts only attendance the graph does not have
// yet, so applying a plan again changes nothing. $rows: [{id, actorIds}] with distinct actor ids.
UNWIND $rows AS r
MATCH (m:Meeting {id: r.id})
WITH m, r.actorIds AS planned, COLLECT { MATCH (x:Actor)-[:ATTENDED]->(m) RETURN x.id } AS present
WITH m, [id IN planned WHERE NOT id IN present] AS fresh, present
WHERE size(fresh) > 0
UNWIND range(0, size(fresh) - 1) AS i
UNWIND present + fresh[i + 1..] AS other
WITH m, fresh[i] AS one, other
WITH m, CASE WHEN one < other THEN one ELSE other END AS lo, CASE WHEN one < other THEN other ELSE one END AS hi
WITH lo, hi, count(*) AS n, min(m.dateFrom) AS first, max(m.dateTo) AS last, collect(DISTINCT m.kind) AS kinds
MATCH (a:Actor {id: lo})
MATCH (b:Actor {id: hi})
MERGE (a)-[c:MET_WITH]->(b)
SET c.count = coalesce(c.count, 0) + n,
    c.first = CASE WHEN first IS NULL OR (c.first IS NOT NULL AND c.first <= first) THEN c.first ELSE first END,
    c.last = CASE WHEN last IS NULL OR (c.last IS NOT NULL AND c.last >= last) THEN c.last ELSE last END,
    c.kinds = COLLECT { UNWIND coalesce(c.kinds, []) + kinds AS k WITH DISTINCT k RETURN k ORDER BY k }
