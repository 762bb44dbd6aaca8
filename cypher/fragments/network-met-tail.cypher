// The end of query/network-met and network-met-one: the kept actors (`actor`, `depth`, in order) as JSON
// nodes, and their internal ids for query/network-edges, which reads the co-attendance among them. (In one
// statement that walk checked each far end against a map of the kept actors' element ids: building ~300k
// element id strings around a popular actor was a third of its time; a list given as a parameter is a set
// to Neo4j.)
WITH collect(actor) AS actors, collect(depth) AS depths
RETURN [a IN actors | id(a)] AS ids,
       apoc.convert.toJson([i IN range(0, size(actors) - 1) | {id: actors[i].id, name: actors[i].name, aliases: coalesce(actors[i].aliases, []), depth: depths[i]}]) AS nodes
