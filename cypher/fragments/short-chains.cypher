// Chains of one (from $minHops), two and three meetings from actor $from to actor $to, by meet-in-the-middle:
// the lists `one`, `two` and `three` of {mid: inner actors, ms: meetings in order from $from}, with a, b
// (the two ends) and forward (mid runs from t's end when false: turn it round). Included by chains-short.
//
// Cypher's SHORTEST k enumerates every path through a head of state (~12k meetings) before it can stop, so
// a 3-hop query between two ordinary people could take seconds. Here the walk starts at the end with fewer
// meetings, and every "do x and t share a meeting?" test walks the meetings of whichever of the two has
// fewer, so a hub is never expanded when its partner is small. Each length stops at $first chains, and a
// longer length runs only while fewer than $first chains are found. Lengths over $maxHops are skipped.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
WHERE a <> b
WITH a, b, COUNT { (a)-[:ATTENDED]->() } AS da, COUNT { (b)-[:ATTENDED]->() } AS db
// s is the end with fewer meetings; chains are found from s to t and turned round when s is b.
WITH a, b, da <= db AS forward
WITH a, b, forward, CASE WHEN forward THEN a ELSE b END AS s, CASE WHEN forward THEN b ELSE a END AS t
WITH a, b, forward, s, t, COUNT { (t)-[:ATTENDED]->() } AS dt

// One meeting: s and t both attended it.
CALL (s, t, forward) {
  WITH s, t WHERE $minHops <= 1
  MATCH (s)-[:ATTENDED]->(m1:Meeting)
  WHERE EXISTS { (m1)<-[:ATTENDED]-(t) } AND all(meeting IN [m1] WHERE {{fragments/meeting-filter}})
  WITH [] AS mid, [m1] AS ms
  LIMIT $first
  RETURN collect({mid: mid, ms: ms}) AS one
}

// Two meetings: s met x, x met t.
CALL (s, t, dt, forward, one) {
  WITH s, t, dt, forward WHERE $maxHops >= 2 AND size(one) < $first
  MATCH (s)-[:ATTENDED]->(m1:Meeting)<-[:ATTENDED]-(x:Actor)
  WHERE x <> t AND all(meeting IN [m1] WHERE {{fragments/meeting-filter}})
  WITH t, dt, forward, m1, x, COUNT { (x)-[:ATTENDED]->() } AS dx
  CALL (x, t, dx, dt) {
    WITH x, t WHERE dx <= dt
    MATCH (x)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(t) }
    RETURN m AS m2
    UNION ALL
    WITH x, t WHERE dx > dt
    MATCH (t)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(x) }
    RETURN m AS m2
  }
  WITH forward, x, m1, m2
  WHERE m2 <> m1 AND all(meeting IN [m2] WHERE {{fragments/meeting-filter}})
  WITH [x] AS mid, CASE WHEN forward THEN [m1, m2] ELSE [m2, m1] END AS ms
  WHERE {{fragments/time-respecting}}
  LIMIT $first
  RETURN collect({mid: mid, ms: ms}) AS two
}

// Three meetings: s met x, x met y, y met t. From each x, walk to y through whichever of x and t has fewer
// meetings, then test the last link the same way.
CALL (s, t, dt, forward, one, two) {
  WITH s, t, dt, forward WHERE $maxHops >= 3 AND size(one) + size(two) < $first
  MATCH (s)-[:ATTENDED]->(m1:Meeting)<-[:ATTENDED]-(x:Actor)
  WHERE x <> t AND all(meeting IN [m1] WHERE {{fragments/meeting-filter}})
  WITH s, t, dt, forward, m1, x, COUNT { (x)-[:ATTENDED]->() } AS dx
  CALL (s, x, t, m1, dx, dt) {
    WITH s, x, t, m1, dt WHERE dx <= dt
    MATCH (x)-[:ATTENDED]->(m2:Meeting)<-[:ATTENDED]-(y:Actor)
    WHERE m2 <> m1 AND y <> s AND y <> t
    WITH t, dt, y, m2, COUNT { (y)-[:ATTENDED]->() } AS dy
    CALL (y, t, dy, dt) {
      WITH y, t WHERE dy <= dt
      MATCH (y)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(t) }
      RETURN m AS m3
      UNION ALL
      WITH y, t WHERE dy > dt
      MATCH (t)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(y) }
      RETURN m AS m3
    }
    RETURN y, m2, m3
    UNION ALL
    WITH s, x, t, m1, dx WHERE dx > dt
    MATCH (t)-[:ATTENDED]->(m3:Meeting)<-[:ATTENDED]-(y:Actor)
    WHERE m3 <> m1 AND y <> s AND y <> x
    WITH x, dx, y, m3, COUNT { (y)-[:ATTENDED]->() } AS dy
    CALL (x, y, dx, dy) {
      WITH x, y WHERE dx <= dy
      MATCH (x)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(y) }
      RETURN m AS m2
      UNION ALL
      WITH x, y WHERE dx > dy
      MATCH (y)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(x) }
      RETURN m AS m2
    }
    RETURN y, m2, m3
  }
  WITH forward, x, y, m1, m2, m3
  WHERE x <> y AND m2 <> m1 AND m3 <> m1 AND m3 <> m2
    AND all(meeting IN [m2, m3] WHERE {{fragments/meeting-filter}})
  WITH [x, y] AS mid, CASE WHEN forward THEN [m1, m2, m3] ELSE [m3, m2, m1] END AS ms
  WHERE {{fragments/time-respecting}}
  LIMIT $first
  RETURN collect({mid: mid, ms: ms}) AS three
}
