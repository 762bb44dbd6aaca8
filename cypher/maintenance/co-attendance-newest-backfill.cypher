// Writes each co-attendance relationship's `newest` (see load/co-attendance) for a graph whose relationships
// were kept before they held it, or before it held all of a pair's meetings up to $allKept: the relationships
// of the next $batch actors after $after in id order, then the progress marker in the same transaction, so an
// interrupted backfill resumes where it stopped ($marker: src/load/co-attendance.ts, NEWEST_MARKER).
MATCH (x:Actor) WHERE x.id > $after
WITH x ORDER BY x.id LIMIT $batch
WITH collect(x) AS xs
CALL (xs) {
  UNWIND xs AS a
  MATCH (a)-[c:MET_WITH]->(b:Actor)
  WHERE c.newest IS NULL OR (size(c.newest) < c.count AND c.count <= $allKept)
  WITH c, {{fragments/shared-meetings}} AS ms
  SET c.newest = {{fragments/kept-newest}}
}
MERGE (mark:ParleyMigration {id: $marker})
SET mark.after = CASE WHEN size(xs) = 0 THEN mark.after ELSE xs[-1].id END,
    mark.complete = size(xs) = 0
RETURN size(xs) AS done, mark.after AS after
