// One step of an export's breadth-first walk: the actors who shared a meeting (within the filters) with any of
// $ids, nearest-first order left to the caller. Distinct ids only, so a hub's thousands of meetings cost one row each.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:ATTENDED]->(meeting:Meeting)<-[:ATTENDED]-(other:Actor)
WHERE {{fragments/meeting-filter}}
RETURN DISTINCT other.id AS id
