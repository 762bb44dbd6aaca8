// The co-attendance relationships among a network's kept actors (query/network-met's `ids`, in order), read
// from the starts at positions i with i % $parts = $part: each relationship once, from its start, as JSON
// text of [start position, end's internal id, weight] triples (the driver unpacks a Bolt list per edge
// several times slower than JSON.parse reads them). Relationships point from the less busy actor
// (src/load/co-attendance-direction.ts), so a busy actor's walk is its few to busier ones: around a mid-sized
// actor at 1M ~30k relationships for ~10k edges (~250k when they pointed by id), split over concurrent reads.
// $ids may come as floats (the driver sends plain numbers so, and packs them several times faster than
// Integer objects); Cypher compares them as numbers.
UNWIND range(0, size($ids) - 1) AS i
WITH i WHERE i % $parts = $part
MATCH (x:Actor) WHERE id(x) = $ids[i]
MATCH (x)-[c:MET_WITH]->(y)
WHERE id(y) IN $ids
RETURN apoc.convert.toJson(collect([i, id(y), c.count])) AS edges
