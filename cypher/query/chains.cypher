// Chains of meetings from one actor to another through intermediaries, shortest first.
// SHORTEST runs a bidirectional search whose work is bounded by the graph it reaches, not by the number of
// paths through hubs. The literal bounds (100 chains, 6 hops) are caps; $first narrows the first, and
// src/query/traversals.ts runs the variant whose hop bound is $maxHops.
// The chain conditions sit inside the parenthesised pattern, so SHORTEST counts only chains that meet them; a
// WHERE after the pattern would filter the 100 shortest walks, leaving fewer chains than exist.
MATCH chain = SHORTEST 100 ((a:Actor {id: $from})
  ((x:Actor)-[:ATTENDED]->(meeting:Meeting)<-[:ATTENDED]-(y:Actor)
     WHERE x <> y AND {{fragments/meeting-filter}}){1,6}
  (b:Actor {id: $to})
  WHERE size(meeting) <= $maxHops
    // a chain visits each actor and each meeting once
    AND all(i IN range(0, size(y) - 1) WHERE y[i] <> a AND NOT y[i] IN y[i + 1..] AND NOT meeting[i] IN meeting[i + 1..])
    // time-respecting: each meeting can have come before the next (their date ranges allow it)
    AND (NOT $timeRespecting OR all(i IN range(0, size(meeting) - 2)
          WHERE meeting[i].dateFrom IS NOT NULL AND meeting[i + 1].dateTo IS NOT NULL AND meeting[i].dateFrom <= meeting[i + 1].dateTo)))
WITH a, y, meeting AS hops
ORDER BY size(hops)
LIMIT $first
RETURN [actor IN [a] + y | {{fragments/actor-map}}] AS actors,
       [meeting IN hops | {{fragments/meeting-map}}] AS meetings
