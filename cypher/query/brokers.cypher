// The intermediaries on the chains between two actors, by how many chains pass through them.
// The chain conditions sit inside the parenthesised pattern, so SHORTEST counts only chains that meet them.
MATCH chain = SHORTEST 1000 ((a:Actor {id: $from})
  ((x:Actor)-[:ATTENDED]->(meeting:Meeting)<-[:ATTENDED]-(y:Actor) WHERE x <> y){2,6}
  (b:Actor {id: $to})
  WHERE size(meeting) <= $maxHops
    AND all(i IN range(0, size(y) - 1) WHERE y[i] <> a AND NOT y[i] IN y[i + 1..] AND NOT meeting[i] IN meeting[i + 1..]))
UNWIND y[0..-1] AS actor
WITH actor, count(*) AS chains
ORDER BY chains DESC, actor.name
LIMIT $first
RETURN {{fragments/actor-map}} AS actor, chains
