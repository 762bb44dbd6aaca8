// The intermediaries on the chains of two and three meetings between two actors, by how many chains pass
// through them, counted from co-attendance instead of walked chain by chain. Through x there are
// count(s,x) * count(x,t) pairs of meetings s-x-t, less the meetings all three attended (one meeting twice
// is no chain); through x then y, count(s,x) * count(x,y) * count(y,t) triples, less those where two of the
// three meetings are one (inclusion-exclusion over the meetings three or four of them attended). Around a
// head of state this reads one relationship per contact, where walking the chains expanded its thousands
// of meetings.
//
// Every chain of two meetings is counted; chains of three only while fewer than $first chains of two exist
// ($first is 1000: shortest first), and then those of up to $first pairs of intermediaries. `total` is how
// many chains were counted.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
WHERE a <> b
{{fragments/ends-by-contacts}}
WITH s, t, COUNT { (s)-[:ATTENDED]->() } AS ds, COUNT { (t)-[:ATTENDED]->() } AS dt

// Who else attended each meeting s and t both attended, with how many of them: m1 = m2 for those.
// (A subquery that aggregates returns one row, with an empty list when s and t never met.)
CALL (s, t, ds, dt) {
  WITH s, t, ds, dt WHERE EXISTS { (s)-[:MET_WITH]-(t) }
  CALL (s, t, ds, dt) {
    WITH s, t WHERE ds <= dt
    MATCH (s)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(t) }
    RETURN m
    UNION ALL
    WITH s, t WHERE ds > dt
    MATCH (t)-[:ATTENDED]->(m:Meeting) WHERE EXISTS { (m)<-[:ATTENDED]-(s) }
    RETURN m
  }
  MATCH (m)<-[:ATTENDED]-(p:Actor)
  WHERE p <> s AND p <> t
  WITH p, count(*) AS n
  RETURN collect([elementId(p), n]) AS sharedPairs
}
WITH s, t, apoc.map.fromPairs(sharedPairs) AS shared

// t's contacts as a map (element id -> their co-attendance relationship with t), read once: chains of two look
// x up there and chains of three their last step. (Checking each of t's contacts for a relationship to s, when
// both are heads of state, read millions of relationships; a join on x read t's contacts once more for chains
// of three.) The map holds the relationships, not their counts: a relationship's property is the costly read
// here (~0.75 µs), and only the few contacts looked up need theirs (for a head of state's 9.3k contacts at 1M,
// the map took 14 ms with counts and 3.5 ms without).
CALL (t) {
  MATCH (t)-[c3:MET_WITH]-(y)
  RETURN apoc.map.fromLists(collect(elementId(y)), collect(c3)) AS toT
}

// Two meetings: s met x, x met t (t is not its own contact, so x = t finds nothing). Counts are read for the
// contacts s and t share only.
CALL (s, shared, toT) {
  MATCH (s)-[c1:MET_WITH]-(x)
  WITH x, c1, toT[elementId(x)] AS c3
  WHERE c3 IS NOT NULL
  WITH x, c1.count * c3.count - coalesce(shared[elementId(x)], 0) AS n
  WHERE n > 0
  RETURN collect({actor: x, n: n}) AS two, sum(n) AS total2
}

// Three meetings: s met x, x met y, y met t; only while chains of two are fewer than $first. Meetings that
// three or four of them attended are counted per pair {x, y} in one walk of s's meetings (m1 = m2), of t's
// (m2 = m3) and of the meetings s and t shared (m1 = m3), keyed by the pair's element ids.
CALL (s, t, total2, toT) {
  WITH s, t, toT WHERE $maxHops >= 3 AND total2 < $first
  CALL (s) {
    MATCH (s)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(p:Actor)
    WITH m, collect(elementId(p)) AS others WHERE size(others) >= 2
    UNWIND others AS p UNWIND others AS q
    WITH p, q WHERE p < q
    WITH p + '|' + q AS pair, count(*) AS n
    RETURN apoc.map.fromPairs(collect([pair, n])) AS withS
  }
  // s's contacts as a map (element id -> their co-attendance relationship with s), as toT. Only pairs with one
  // of s's contacts in them are ever looked up (x is one): around a head of state t, the pairs among all of t's
  // meetings' participants were tens of thousands of map keys, built for nothing.
  // With it, for the walk below: all of s's contacts' relationships (t's excepted) and their outgoing ones.
  CALL (s, t) {
    MATCH (s)-[c1:MET_WITH]-(x)
    RETURN apoc.map.fromLists(collect(elementId(x)), collect(c1)) AS fromS,
           sum(CASE WHEN x = t THEN 0 ELSE COUNT { (x)-[:MET_WITH]-() } END) AS wide,
           sum(CASE WHEN x = t THEN 0 ELSE COUNT { (x)-[:MET_WITH]->() } END) AS outward
  }
  // The meetings t attended with one of s's contacts x: when every such pair's `newest` is complete (a pair
  // of at most 128 meetings, load/co-attendance), they are read by id, a few hundred index lookups where walking
  // a head of state's meetings and their participants was ~30k rows (~20 ms at 1M); else t's meetings are walked.
  CALL (s, t, toT, fromS) {
    MATCH (s)-[:MET_WITH]-(x)
    WITH toT[elementId(x)] AS c WHERE c IS NOT NULL
    WITH collect(c) AS cs
    WITH cs, all(c IN cs WHERE c.newest IS NOT NULL AND size(c.newest) = c.count) AS complete
    CALL (t, cs, complete, fromS) {
      WITH t, cs WHERE complete
      UNWIND cs AS c
      UNWIND c.newest AS id
      MATCH (m:Meeting {id: id})
      WITH DISTINCT t, m
      MATCH (m)<-[:ATTENDED]-(p) WHERE p <> t
      WITH m, collect(elementId(p)) AS others WHERE size(others) >= 2
      RETURN others
      UNION ALL
      WITH t, fromS WHERE NOT complete
      MATCH (t)-[:ATTENDED]->(m)<-[:ATTENDED]-(p)
      WITH m, collect(elementId(p)) AS others WHERE size(others) >= 2 AND any(o IN others WHERE fromS[o] IS NOT NULL)
      RETURN others
    }
    UNWIND others AS p UNWIND others AS q
    WITH p, q WHERE p < q AND (fromS[p] IS NOT NULL OR fromS[q] IS NOT NULL)
    WITH p + '|' + q AS pair, count(*) AS n
    RETURN apoc.map.fromPairs(collect([pair, n])) AS withT
  }
  CALL (s, t) {
    // Only actors who met share meetings (this walks t's meetings, which around a head of state are many).
    WITH s, t WHERE EXISTS { (s)-[:MET_WITH]-(t) }
    MATCH (s)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(t)
    MATCH (m)<-[:ATTENDED]-(p:Actor) WHERE p <> s AND p <> t
    WITH m, collect(elementId(p)) AS others WHERE size(others) >= 2
    UNWIND others AS p UNWIND others AS q
    WITH p, q WHERE p < q
    WITH p + '|' + q AS pair, count(*) AS n
    RETURN apoc.map.fromPairs(collect([pair, n])) AS withBoth
  }
  // The pairs (x, y): x one of s's contacts, y one of t's, x and y met. The walk from s (the end with fewer
  // contacts) looks its last step up in toT: checking each pair (x, y) for a relationship to t read millions of
  // relationships when t is a head of state. But when s's contacts are busy, walking all their contacts is
  // the cost (47k-58k relationships for the slowest pairs at 1M, ~35 ms), and a relationship points from the
  // less busy actor (fragments/met-direction), so a busy x has few outgoing ones: each x–y is then found once,
  // from x when it points to y, else from y among t's contacts, with its first step looked up in fromS. That
  // reads s's contacts' outgoing relationships and t's contacts' ($outPerContact each, estimated: 35-60 on the
  // bench's graphs): chosen when it is fewer than all of s's contacts' relationships. (c1, c2 and c3 are three
  // relationships: x <> t and y <> s keep them apart.)
  WITH s, t, toT, fromS, withS, withT, withBoth, outward + $outPerContact * COUNT { (t)-[:MET_WITH]-() } < wide AS directed
  CALL (s, t, toT, fromS, directed) {
    WITH s, t, toT WHERE NOT directed
    MATCH (s)-[c1:MET_WITH]-(x:Actor)-[c2:MET_WITH]-(y:Actor)
    WHERE x <> t AND y <> s AND toT[elementId(y)] IS NOT NULL
    RETURN x, y, c1, c2, toT[elementId(y)] AS c3
    UNION ALL
    WITH s, t, toT WHERE directed
    MATCH (s)-[c1:MET_WITH]-(x:Actor)-[c2:MET_WITH]->(y:Actor)
    WHERE x <> t AND y <> s AND toT[elementId(y)] IS NOT NULL
    RETURN x, y, c1, c2, toT[elementId(y)] AS c3
    UNION ALL
    WITH s, t, fromS WHERE directed
    MATCH (t)-[c3:MET_WITH]-(y:Actor)-[c2:MET_WITH]->(x:Actor)
    WHERE y <> s AND x <> t AND fromS[elementId(x)] IS NOT NULL
    RETURN x, y, fromS[elementId(x)] AS c1, c2, c3
  }
  WITH x, y, c1.count AS sx, c2.count AS xy, c3.count AS yt, withS, withT, withBoth,
       CASE WHEN elementId(x) < elementId(y) THEN elementId(x) + '|' + elementId(y) ELSE elementId(y) + '|' + elementId(x) END AS pair
  WITH x, y, sx, xy, yt, coalesce(withS[pair], 0) AS sxy, coalesce(withT[pair], 0) AS xyt, coalesce(withBoth[pair], 0) AS all4
  WITH x, y, sx * xy * yt - sxy * yt - sx * xyt - all4 * xy + 2 * all4 AS n
  WHERE n > 0
  // Around a hub the pairs (x, y) run to millions: at most $first of them (each has a chain or more), so
  // past 1000 chains which of the longest are counted is the walk's order, as with SHORTEST 1000.
  LIMIT $first
  RETURN collect({x: x, y: y, n: n}) AS three, sum(n) AS total3
}
WITH total2 + total3 AS total, [c IN two | {actor: c.actor, n: c.n}] + [c IN three | {actor: c.x, n: c.n}] + [c IN three | {actor: c.y, n: c.n}] AS counted
UNWIND counted AS c
WITH total, c.actor AS actor, sum(c.n) AS chains
ORDER BY chains DESC, actor.name
LIMIT $limit
RETURN {{fragments/actor-map}} AS actor, chains, total
