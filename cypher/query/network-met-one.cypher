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
{{fragments/network-met-tail}}
