// An actor's neighbourhood to a depth: a breadth-first walk over actor-meeting-actor steps (APOC visits each
// node once, so hubs cost their size, not their paths), capped at $limit actors nearest first, then the
// edges among them weighted by the meetings they share.
MATCH (root:Actor {id: $id})
CALL apoc.path.spanningTree(root, {relationshipFilter: 'ATTENDED', labelFilter: '+Actor|+Meeting', maxLevel: $depth * 2, bfs: true})
YIELD path
WITH root, last(nodes(path)) AS actor, length(path) / 2 AS depth
WHERE actor:Actor
WITH root, actor, min(depth) AS depth
// Nearest first, then by name. (Ordering a depth by how often each actor met the root keeps a head of
// state's peers, and the edges among peers are hundreds of thousands of co-attendance rows at 1M: over the
// transaction memory limit. A capped network therefore stays a cheap sample of each depth.)
ORDER BY depth, actor.name
LIMIT $limit
WITH collect(actor) AS actors, collect({id: actor.id, depth: depth}) AS levels
UNWIND actors AS x
OPTIONAL MATCH (x)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(y:Actor)
WHERE x.id < y.id AND y IN actors
WITH actors, levels, x, y, collect(m.id) AS meetingIds
WITH actors, levels, collect(CASE WHEN y IS NULL THEN null ELSE {source: x.id, target: y.id, weight: size(meetingIds), meetings: meetingIds} END) AS edges
RETURN [i IN range(0, size(actors) - 1) | {id: actors[i].id, name: actors[i].name, aliases: coalesce(actors[i].aliases, []), depth: levels[i].depth}] AS nodes, edges
