// The co-attendance relationship of actors `a` and `b` as `c`, where `a` is the end it starts at
// (fragments/met-direction), created with a count of 0 when the pair has none. Looked for from `a` first:
// Neo4j then reads `a`'s relationships to busier actors, few even for a head of state, where an undirected
// pattern reads the less busy end's whole chain (on the 1M benchmark graph, 458k records for 40 pairs of
// heads of state against 1.6k). MERGE, which finds one either way, only for a pair without one from `a`: a
// new pair, or one a graph kept before tiers has not turned yet.
OPTIONAL MATCH (a)-[known:MET_WITH]->(b)
CALL (a, b, known) {
  WITH a, b WHERE known IS NULL
  MERGE (a)-[c:MET_WITH]-(b)
    ON CREATE SET c.count = 0, c.kinds = []
  RETURN c
  UNION
  WITH known WHERE known IS NOT NULL
  RETURN known AS c
}
