// One AFFILIATED_WITH per actor and organisation, every supporting passage listed; of several titles the first
// in alphabetical order is kept, so the title does not depend on which article came first.
UNWIND $rows AS r
MATCH (a:Actor {id: r.actorId})
MATCH (o:Organisation {id: r.organisationId})
MERGE (a)-[x:AFFILIATED_WITH]->(o)
SET x.title = CASE WHEN x.title IS NULL OR (r.title IS NOT NULL AND r.title < x.title) THEN r.title ELSE x.title END,
    x.evidenceIds = CASE WHEN r.evidenceId IN coalesce(x.evidenceIds, []) THEN x.evidenceIds ELSE coalesce(x.evidenceIds, []) + r.evidenceId END
