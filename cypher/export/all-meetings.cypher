// Every meeting of the graph within the filters, with place, participants and evidence, by id; at most $limit.
MATCH (meeting:Meeting)
WHERE {{fragments/meeting-filter}}
WITH meeting ORDER BY meeting.id LIMIT $limit
RETURN {{fragments/meeting-map}} AS meeting
