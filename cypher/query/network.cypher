// An actor's neighbourhood to a depth: a breadth-first walk over actor-meeting-actor steps (APOC visits each
// node once, so hubs cost their size, not their paths), capped at $limit actors nearest first, then the
// edges among them weighted by the meetings they share.
MATCH (root:Actor {id: $id})
CALL apoc.path.spanningTree(root, {relationshipFilter: 'ATTENDED', labelFilter: '+Actor|+Meeting', maxLevel: $depth * 2, bfs: true})
YIELD path
WITH root, last(nodes(path)) AS actor, length(path) / 2 AS depth
WHERE actor:Actor
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
UNWIND actors AS x
OPTIONAL MATCH (x)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(y:Actor)
WHERE x.id < y.id AND y IN actors
WITH actors, levels, x, y, collect(m.id) AS meetingIds
WITH actors, levels, collect(CASE WHEN y IS NULL THEN null ELSE {source: x.id, target: y.id, weight: size(meetingIds), meetings: meetingIds} END) AS edges
RETURN [i IN range(0, size(actors) - 1) | {id: actors[i].id, name: actors[i].name, aliases: coalesce(actors[i].aliases, []), depth: levels[i].depth}] AS nodes, edges
