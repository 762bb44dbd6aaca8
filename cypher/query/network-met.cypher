// query/network over the co-attendance relationships (one per pair of actors who met, with the number of
// meetings they shared, kept by the load): the walk steps from actor to actor, and the edges among the
// actors found are read from those relationships instead of expanding every neighbour's meetings, which
// around heads of state is hundreds of thousands of rows. For requests that do not select the edges'
// meeting ids. Same nodes, order, edges and weights as query/network.
MATCH (root:Actor {id: $id})
// When the actor's own contacts fill the list, no deeper actor can be kept (nearest come first, below), and
// around a head of state the walk two steps out reaches a large part of the graph for nothing: its contacts
// are then read as query/network-met-one reads them.
WITH root, COUNT { (root)-[:MET_WITH]-() } >= $limit - 1 AS filled
CALL (root, filled) {
  WITH root WHERE filled
  RETURN root AS actor, 0 AS depth
  UNION ALL // the branches never return one actor twice: no deduplication to pay for
  WITH root WHERE filled
  MATCH (root)-[:MET_WITH]-(actor:Actor)
  RETURN actor, 1 AS depth
  UNION ALL
  WITH root WHERE NOT filled
  CALL apoc.path.spanningTree(root, {relationshipFilter: 'MET_WITH', labelFilter: '+Actor', maxLevel: $depth, bfs: true})
  YIELD path
  WITH last(nodes(path)) AS actor, length(path) AS depth
  RETURN actor, min(depth) AS depth
}
WITH actor, depth
// Nearest first, then by name. (Ordering a depth by how often each actor met the root keeps a head of
// state's peers, and the edges among peers are hundreds of thousands of co-attendance rows at 1M: over the
// transaction memory limit. A capped network therefore stays a cheap sample of each depth.)
ORDER BY depth, actor.name
LIMIT $limit
{{fragments/network-met-tail}}
