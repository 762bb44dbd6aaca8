// One AFFILIATED_WITH per actor and organisation; the first title stated is kept, every supporting passage listed.
UNWIND $rows AS r
MATCH (a:Actor {id: r.actorId})
MATCH (o:Organisation {id: r.organisationId})
MERGE (a)-[x:AFFILIATED_WITH]->(o)
SET x.title = coalesce(x.title, r.title),
    x.evidenceIds = CASE WHEN r.evidenceId IN coalesce(x.evidenceIds, []) THEN x.evidenceIds ELSE coalesce(x.evidenceIds, []) + r.evidenceId END
