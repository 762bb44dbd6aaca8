// Meetings as the planner clustered them from every report of their group: date and place are set outright,
// so the meeting is the same whichever report came first.
UNWIND $rows AS r
MERGE (m:Meeting {id: r.id})
SET m.kind = r.kind, m.date = r.date, m.groupKey = r.groupKey,
    m.dateFrom = CASE WHEN r.dateFrom IS NULL THEN null ELSE date(r.dateFrom) END,
    m.dateTo = CASE WHEN r.dateTo IS NULL THEN null ELSE date(r.dateTo) END
WITH m, r
CALL (m, r) {
  MATCH (m)-[h:HELD_IN]->(p) WHERE r.placeId IS NULL OR p.id <> r.placeId
  DELETE h
}
WITH m, r
WHERE r.placeId IS NOT NULL
MATCH (p:Place {id: r.placeId})
MERGE (m)-[:HELD_IN]->(p)
