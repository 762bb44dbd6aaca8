// The intermediaries on the chains of two and three meetings between two actors, by how many chains pass
// through them: the chains of fragments/short-chains (bounded around hubs), up to $first of them, shortest
// first. `total` is how many chains were counted, so a caller can tell whether longer chains are needed.
{{fragments/short-chains}}
WITH (one + two + three)[0..$first] AS found
UNWIND found AS chain
UNWIND chain.mid AS actor
WITH size(found) AS total, actor, count(*) AS chains
ORDER BY chains DESC, actor.name
LIMIT $limit
RETURN {{fragments/actor-map}} AS actor, chains, total
