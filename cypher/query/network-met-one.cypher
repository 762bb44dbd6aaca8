// query/network-met at depth 1: the actor and its co-attendance neighbours, read straight from its
// relationships rather than through apoc.path.spanningTree, which builds a path per neighbour (~15k around a
// head of state at 1M). Same nodes, order, edges and weights as query/network-met with $depth 1.
MATCH (root:Actor {id: $id})
CALL (root) {
  RETURN root AS actor, 0 AS depth
  UNION
  MATCH (root)-[:MET_WITH]-(actor:Actor)
  RETURN actor, 1 AS depth
}
WITH actor, depth
ORDER BY depth, actor.name
LIMIT $limit
WITH collect(actor) AS actors, collect({id: actor.id, depth: depth}) AS levels
CALL (actors) {
  UNWIND actors AS x
  MATCH (x)-[c:MET_WITH]->(y:Actor)
  WHERE y IN actors
  RETURN collect({source: x.id, target: y.id, weight: c.count, meetings: []}) AS edges
}
RETURN [i IN range(0, size(actors) - 1) | {id: actors[i].id, name: actors[i].name, aliases: coalesce(actors[i].aliases, []), depth: levels[i].depth}] AS nodes, edges
