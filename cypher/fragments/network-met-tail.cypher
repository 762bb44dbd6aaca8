// The end of query/network-met and network-met-one: the kept actors (`actor`, `depth`, in order) as nodes,
// and the co-attendance relationships among them as weighted edges. Around a popular actor that is a walk of
// ~300k relationships for ~10k edges, so membership is a map lookup (not `IN` over a list of 500), and the
// edges come back as JSON text of [source index, target index, weight] triples: the driver unpacks a Bolt
// map per edge an order of magnitude slower than JSON.parse reads them.
WITH collect(actor) AS actors, collect(depth) AS depths
CALL (actors) {
  WITH actors, apoc.map.fromLists([a IN actors | elementId(a)], range(0, size(actors) - 1)) AS at
  UNWIND range(0, size(actors) - 1) AS i
  WITH actors[i] AS x, i, at
  MATCH (x)-[c:MET_WITH]->(y)
  WITH i, at[elementId(y)] AS j, c
  WHERE j IS NOT NULL
  RETURN apoc.convert.toJson(collect([i, j, c.count])) AS edges
}
RETURN apoc.convert.toJson([i IN range(0, size(actors) - 1) | {id: actors[i].id, name: actors[i].name, aliases: coalesce(actors[i].aliases, []), depth: depths[i]}]) AS nodes, edges
