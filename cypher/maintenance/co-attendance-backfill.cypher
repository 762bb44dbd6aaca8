// Builds the co-attendance relationships (see load/co-attendance) for a graph loaded before the load kept
// them: the next $batch meetings after $after in id order, then the progress marker in the same
// transaction, so an interrupted backfill resumes where it stopped and never counts a meeting twice.
MATCH (m:Meeting) WHERE m.id > $after
WITH m ORDER BY m.id LIMIT $batch
WITH collect(m) AS ms
CALL (ms) {
  UNWIND ms AS m
  MATCH (x:Actor)-[:ATTENDED]->(m)<-[:ATTENDED]-(y:Actor)
  WHERE x.id < y.id
  WITH x, y, count(*) AS n, min(m.dateFrom) AS first, max(m.dateTo) AS last, collect(DISTINCT m.kind) AS kinds
  MERGE (x)-[c:MET_WITH]->(y)
  SET c.count = coalesce(c.count, 0) + n,
      c.first = CASE WHEN first IS NULL OR (c.first IS NOT NULL AND c.first <= first) THEN c.first ELSE first END,
      c.last = CASE WHEN last IS NULL OR (c.last IS NOT NULL AND c.last >= last) THEN c.last ELSE last END,
      c.kinds = COLLECT { UNWIND coalesce(c.kinds, []) + kinds AS k WITH DISTINCT k RETURN k ORDER BY k }
}
MERGE (mark:ParleyMigration {id: 'co-attendance'})
SET mark.after = CASE WHEN size(ms) = 0 THEN mark.after ELSE ms[-1].id END,
    mark.complete = size(ms) = 0
RETURN size(ms) AS done, mark.after AS after
