// The meetings two actors shared, per period and kind (see timeline-graph).
MATCH (:Actor {id: $id})-[:ATTENDED]->(meeting:Meeting)<-[:ATTENDED]-(:Actor {id: $other})
WHERE {{fragments/meeting-filter}}
WITH DISTINCT meeting
RETURN {{fragments/meeting-period}} AS period, meeting.kind AS kind, count(*) AS count
