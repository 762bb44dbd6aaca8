// The reports of every meeting in the given meeting groups (same people, same kind): re-clustered with the batch.
// The hint keeps a plan made on a small graph from scanning the index instead of seeking (test/load/load-plans.test.ts).
UNWIND $groups AS g
MATCH (m:Meeting {groupKey: g})-[:EVIDENCED_BY]->(e) USING INDEX m:Meeting(groupKey)
WHERE e.participantKeys IS NOT NULL
RETURN {{fragments/meeting-report}}
