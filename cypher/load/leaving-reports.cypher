// The reports that name a key which is leaving its actor: their meetings are re-grouped under the new actor.
UNWIND $moves AS mv
MATCH (:Actor {id: mv.from})-[:ATTENDED]->(m)-[:EVIDENCED_BY]->(e)
WHERE mv.key IN e.participantKeys
RETURN {{fragments/meeting-report}}
