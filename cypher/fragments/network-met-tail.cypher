// The end of query/network-met and network-met-one: the kept actors (`actor`, `depth`, in order) as nodes,
// and the co-attendance relationships among them as weighted edges.
WITH collect(actor) AS actors, collect({id: actor.id, depth: depth}) AS levels
CALL (actors) {
  UNWIND actors AS x
  MATCH (x)-[c:MET_WITH]->(y:Actor)
  WHERE y IN actors
  RETURN collect({source: x.id, target: y.id, weight: c.count, meetings: []}) AS edges
}
RETURN [i IN range(0, size(actors) - 1) | {id: actors[i].id, name: actors[i].name, aliases: coalesce(actors[i].aliases, []), depth: levels[i].depth}] AS nodes, edges
