// Writes each co-attendance relationship's `newest` (see load/co-attendance) for a graph whose relationships
// were kept before they held it: the relationships of the next $batch actors after $after in id order, then
// the progress marker in the same transaction, so an interrupted backfill resumes where it stopped. Each
// pair's shared meetings are walked from whichever of the two has fewer.
MATCH (x:Actor) WHERE x.id > $after
WITH x ORDER BY x.id LIMIT $batch
WITH collect(x) AS xs
CALL (xs) {
  UNWIND xs AS x
  MATCH (x)-[c:MET_WITH]->(y:Actor)
  WITH x, y, c, COUNT { (x)-[:ATTENDED]->() } <= COUNT { (y)-[:ATTENDED]->() } AS fromX
  SET c.newest = CASE WHEN fromX
    THEN COLLECT { MATCH (x)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(y) } RETURN m.id ORDER BY m.dateFrom DESC, m.id LIMIT $newest }
    ELSE COLLECT { MATCH (y)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(x) } RETURN m.id ORDER BY m.dateFrom DESC, m.id LIMIT $newest } END
}
MERGE (mark:ParleyMigration {id: 'co-attendance-newest'})
SET mark.after = CASE WHEN size(xs) = 0 THEN mark.after ELSE xs[-1].id END,
    mark.complete = size(xs) = 0
RETURN size(xs) AS done, mark.after AS after
