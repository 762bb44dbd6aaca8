// Chains of exactly four meetings, as query/chains-four gives them, found through the co-attendance
// relationships (one per pair of actors who met, kept by the load), and only then are each hop's meetings
// read (from whichever of its two actors has fewer). A pair whose kinds or date span cannot pass the
// filters is not walked. The chain conditions are query/chains'.
//
// The actor steps are walked one of two ways, whichever reads fewer relationships by the degrees around the
// ends ($walk "smallEnd" or "join" forces one, for tests):
// - from the end with fewer contacts s, three steps, the last looked up in a map of the other end's
//   contacts: about the degrees of s's actors two steps out, plus t's contacts;
// - two steps from each end, joined on the middle actor: the degrees of both ends' contacts. Around a head of
//   state its two steps are about a million rows, where three steps from an ordinary actor are hundreds; but
//   between two ordinary actors three steps from one can pass through a head of state and the join reads less.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
WHERE a <> b
{{fragments/ends-by-contacts}}
CALL (s, t, cs, ct) {
  // Each sum is estimated from a sample (a head of state has ~15k contacts), extrapolated by the number of
  // contacts; aggregates without grouping keys give one row even where an end has no contacts.
  CALL (s, cs) {
    MATCH (s)-[:MET_WITH]-(n1:Actor)
    WITH n1 LIMIT 1000
    WITH count(n1) AS sampled, sum(COUNT { (n1)-[:MET_WITH]-() }) AS reach
    RETURN CASE WHEN sampled = 0 THEN 0 ELSE reach * cs / sampled END AS twoFromS
  }
  CALL (t, ct) {
    MATCH (t)-[:MET_WITH]-(n1:Actor)
    WITH n1 LIMIT 1000
    WITH count(n1) AS sampled, sum(COUNT { (n1)-[:MET_WITH]-() }) AS reach
    RETURN CASE WHEN sampled = 0 THEN 0 ELSE reach * ct / sampled END AS twoFromT
  }
  CALL (s) {
    MATCH (s)-[:MET_WITH]-(:Actor)-[:MET_WITH]-(n2:Actor)
    WITH n2 LIMIT 5000
    RETURN count(*) AS sampled, sum(COUNT { (n2)-[:MET_WITH]-() }) AS sampledReach
  }
  WITH twoFromS, twoFromT, CASE WHEN sampled = 0 THEN 0 ELSE sampledReach * twoFromS / sampled END AS threeFromS
  RETURN CASE $walk WHEN "smallEnd" THEN true WHEN "join" THEN false ELSE threeFromS + ct < twoFromS + twoFromT END AS fromSmallEnd
}
CALL (a, b, s, t, fromSmallEnd) {
  WITH a, b, s, t WHERE fromSmallEnd
  CALL (t) {
    MATCH (t)-[c:MET_WITH]-(w:Actor)
    WHERE {{fragments/co-attendance-filter}}
    RETURN apoc.map.fromPairs(collect([elementId(w), true])) AS nearT
  }
  MATCH (s)-[p1:MET_WITH]-(n1:Actor)-[p2:MET_WITH]-(n2:Actor)-[p3:MET_WITH]-(n3:Actor)
  WHERE nearT[elementId(n3)] AND all(c IN [p1, p2, p3] WHERE {{fragments/co-attendance-filter}})
  WITH a, b, CASE WHEN s = a THEN n1 ELSE n3 END AS x, n2 AS y, CASE WHEN s = a THEN n3 ELSE n1 END AS z
  WHERE x <> b AND y <> a AND y <> b AND z <> a AND z <> x
  RETURN x, y, z
  UNION ALL
  WITH a, b WHERE NOT fromSmallEnd
  MATCH (a)-[c1:MET_WITH]-(x:Actor)-[c2:MET_WITH]-(y:Actor)
  WHERE x <> b AND y <> a AND y <> b AND all(c IN [c1, c2] WHERE {{fragments/co-attendance-filter}})
  MATCH (y)-[c3:MET_WITH]-(z:Actor)-[c4:MET_WITH]-(b)
  USING JOIN ON y
  WHERE z <> a AND z <> x AND all(c IN [c3, c4] WHERE {{fragments/co-attendance-filter}})
  RETURN x, y, z
}
WITH a, b, x, y, z
CALL (a, x) {
  WITH a, x, COUNT { (a)-[:ATTENDED]->() } <= COUNT { (x)-[:ATTENDED]->() } AS fromFirst
  CALL (a, x, fromFirst) {
    WITH a, x WHERE fromFirst
    MATCH (a)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(x) }
    RETURN meeting
    UNION ALL
    WITH a, x WHERE NOT fromFirst
    MATCH (x)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(a) }
    RETURN meeting
  }
  WITH meeting WHERE {{fragments/meeting-filter}}
  RETURN meeting AS m1
}
CALL (x, y) {
  WITH x, y, COUNT { (x)-[:ATTENDED]->() } <= COUNT { (y)-[:ATTENDED]->() } AS fromFirst
  CALL (x, y, fromFirst) {
    WITH x, y WHERE fromFirst
    MATCH (x)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(y) }
    RETURN meeting
    UNION ALL
    WITH x, y WHERE NOT fromFirst
    MATCH (y)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(x) }
    RETURN meeting
  }
  WITH meeting WHERE {{fragments/meeting-filter}}
  RETURN meeting AS m2
}
WITH a, b, x, y, z, m1, m2 WHERE m2 <> m1
CALL (y, z) {
  WITH y, z, COUNT { (y)-[:ATTENDED]->() } <= COUNT { (z)-[:ATTENDED]->() } AS fromFirst
  CALL (y, z, fromFirst) {
    WITH y, z WHERE fromFirst
    MATCH (y)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(z) }
    RETURN meeting
    UNION ALL
    WITH y, z WHERE NOT fromFirst
    MATCH (z)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(y) }
    RETURN meeting
  }
  WITH meeting WHERE {{fragments/meeting-filter}}
  RETURN meeting AS m3
}
WITH a, b, x, y, z, m1, m2, m3 WHERE NOT m3 IN [m1, m2]
CALL (z, b) {
  WITH z, b, COUNT { (z)-[:ATTENDED]->() } <= COUNT { (b)-[:ATTENDED]->() } AS fromFirst
  CALL (z, b, fromFirst) {
    WITH z, b WHERE fromFirst
    MATCH (z)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(b) }
    RETURN meeting
    UNION ALL
    WITH z, b WHERE NOT fromFirst
    MATCH (b)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(z) }
    RETURN meeting
  }
  WITH meeting WHERE {{fragments/meeting-filter}}
  RETURN meeting AS m4
}
WITH a, b, [x, y, z] AS mid, [m1, m2, m3, m4] AS ms
WHERE NOT ms[3] IN ms[0..3] AND {{fragments/time-respecting}}
LIMIT $first
RETURN [actor IN [a] + mid + [b] | {{fragments/actor-map}}] AS actors,
       [meeting IN ms | {{fragments/meeting-map}}] AS meetings
