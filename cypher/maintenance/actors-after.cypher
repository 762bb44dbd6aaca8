// The ids of the next $batch actors after $after, in id order: a backfill's batch.
MATCH (a:Actor) WHERE a.id > $after
RETURN a.id AS id ORDER BY a.id LIMIT $batch
