// A meeting keeps the first place it was given; later reports add evidence, not a second place.
UNWIND $rows AS r
MERGE (m:Meeting {id: r.id})
ON CREATE SET m.kind = r.kind, m.date = r.date,
              m.dateFrom = CASE WHEN r.dateFrom IS NULL THEN null ELSE date(r.dateFrom) END,
              m.dateTo = CASE WHEN r.dateTo IS NULL THEN null ELSE date(r.dateTo) END
WITH m, r
WHERE r.placeId IS NOT NULL AND NOT EXISTS { (m)-[:HELD_IN]->() }
MATCH (p:Place {id: r.placeId})
MERGE (m)-[:HELD_IN]->(p)
