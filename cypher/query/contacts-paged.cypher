// Whom an actor met, how often, and the newest $meetingsFirst of their shared meetings; most frequent
// contacts first (the order of query/contacts). For requests without a date or kind filter: the ranking is
// read from the co-attendance relationships (one per contact, kept by the load) instead of expanding every
// meeting of a head of state, and each contact's meetings are walked from whichever of the two has fewer.
MATCH (a:Actor {id: $id})-[c:MET_WITH]-(other:Actor)
WITH a, other, c.count AS count
ORDER BY count DESC, other.name
LIMIT $limit
WITH a, other, count, COUNT { (a)-[:ATTENDED]->() } AS da, COUNT { (other)-[:ATTENDED]->() } AS dother
CALL (a, other, da, dother) {
  CALL (a, other, da, dother) {
    WITH a, other WHERE dother <= da
    MATCH (other)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(a) }
    RETURN meeting
    UNION ALL
    WITH a, other WHERE dother > da
    MATCH (a)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(other) }
    RETURN meeting
  }
  WITH meeting ORDER BY meeting.dateFrom DESC, meeting.id LIMIT $meetingsFirst
  RETURN collect({{fragments/meeting-map}}) AS meetings
}
WITH other AS actor, count, meetings
RETURN {{fragments/actor-map}} AS actor, count, meetings
