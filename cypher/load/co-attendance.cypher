// Co-attendance: (a)-[:MET_WITH {count, first, last, kinds, newest}]->(b) between every two actors who attended
// a meeting together, stored once per pair from the less busy actor (fragments/met-direction); `newest` holds
// the ids of the pair's shared meetings in the order of Contact.meetings, all of them while they are at most
// $allKept and the $newest newest beyond (src/load/co-attendance-rows.ts, keptOf): query/contacts-newest pages
// from it, and query/brokers-met reads a pair's meetings from it when it is complete.
// Contacts, network and chains around a head of state read one relationship per contact from it instead of
// expanding thousands of meetings.
// Recomputed from ATTENDED, after a load's writes, for the pairs of meetings the graph already had or the load
// removes ($rows: [{lo, hi}]), so it stays right whatever the load re-clustered, re-dated or removed, and
// applying a plan again changes nothing (pairs that share only new meetings: load/co-attendance-add). Each
// pair's shared meetings are walked from whichever of the two has fewer; a pair left with none loses it.
// Actors' tiers are this transaction's already (load/actor-tiers ran before), so a relationship created here
// points the right way.
UNWIND $rows AS r
MATCH (a:Actor {id: r.lo}), (b:Actor {id: r.hi})
WITH CASE WHEN {{fragments/met-direction}} THEN [a, b] ELSE [b, a] END AS ends
WITH ends[0] AS a, ends[1] AS b
WITH a, b, {{fragments/shared-meetings}} AS ms
CALL (a, b, ms) {
  WITH a, b WHERE size(ms) = 0
  MATCH (a)-[c:MET_WITH]-(b)
  DELETE c
}
CALL (a, b, ms) {
  WITH a, b, ms WHERE size(ms) > 0
  {{fragments/met-with-pair}}
  SET c.count = size(ms),
      c.first = reduce(x = null, m IN ms | CASE WHEN m.dateFrom IS NOT NULL AND (x IS NULL OR m.dateFrom < x) THEN m.dateFrom ELSE x END),
      c.last = reduce(x = null, m IN ms | CASE WHEN m.dateTo IS NOT NULL AND (x IS NULL OR m.dateTo > x) THEN m.dateTo ELSE x END),
      c.kinds = apoc.coll.sort(apoc.coll.toSet([m IN ms | m.kind])),
      c.newest = {{fragments/kept-newest}}
}
