// An actor's meetings per period and kind (see timeline-graph).
MATCH (:Actor {id: $id})-[:ATTENDED]->(meeting:Meeting)
WHERE {{fragments/meeting-filter}}
WITH DISTINCT meeting
RETURN {{fragments/meeting-period}} AS period, meeting.kind AS kind, count(*) AS count
