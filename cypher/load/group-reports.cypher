// The reports of every meeting in the given meeting groups (same people, same kind): re-clustered with the batch.
UNWIND $groups AS g
MATCH (m:Meeting {groupKey: g})-[:EVIDENCED_BY]->(e) USING INDEX m:Meeting(groupKey)
WHERE e.participantKeys IS NOT NULL
RETURN {{fragments/meeting-report}}
