// The meetings (within the filters) that at least two of the actors $ids took part in, with place,
// participants and evidence, by id; at most $limit of them.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:ATTENDED]->(meeting:Meeting)
WHERE {{fragments/meeting-filter}}
WITH meeting, count(*) AS inside
WHERE inside >= 2
WITH meeting ORDER BY meeting.id LIMIT $limit
RETURN {{fragments/meeting-map}} AS meeting
