// query/network over the co-attendance relationships (one per pair of actors who met, with the number of
// meetings they shared, kept by the load): the walk steps from actor to actor, and the edges among the
// actors found are read from those relationships instead of expanding every neighbour's meetings, which
// around heads of state is hundreds of thousands of rows. For requests that do not select the edges'
// meeting ids. Same nodes, order, edges and weights as query/network.
MATCH (root:Actor {id: $id})
CALL apoc.path.spanningTree(root, {relationshipFilter: 'MET_WITH', labelFilter: '+Actor', maxLevel: $depth, bfs: true})
YIELD path
WITH root, last(nodes(path)) AS actor, length(path) AS depth
WITH root, actor, min(depth) AS depth
// Nearest first and, among the actor's own contacts, those it met most often (from its co-attendance, one
// expansion of the root): a head of state's capped network shows whom it meets, not the first names in the
// alphabet. (Each contact's own number of meetings costs a walk of its relationships: 0.3 s for a hub's
// 2,000 contacts at 100k.)
WITH root, collect({actor: actor, depth: depth}) AS found
WITH found, apoc.map.fromPairs([(root)-[c:MET_WITH]-(x) | [elementId(x), c.count]]) AS met
UNWIND found AS f
WITH f.actor AS actor, f.depth AS depth, coalesce(met[elementId(f.actor)], 0) AS tie
ORDER BY depth, tie DESC, actor.name
LIMIT $limit
WITH collect(actor) AS actors, collect({id: actor.id, depth: depth}) AS levels
CALL (actors) {
  UNWIND actors AS x
  MATCH (x)-[c:MET_WITH]->(y:Actor)
  WHERE y IN actors
  RETURN collect({source: x.id, target: y.id, weight: c.count, meetings: []}) AS edges
}
RETURN [i IN range(0, size(actors) - 1) | {id: actors[i].id, name: actors[i].name, aliases: coalesce(actors[i].aliases, []), depth: levels[i].depth}] AS nodes, edges
