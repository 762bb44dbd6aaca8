// Whom an actor met, how often, and at which meetings (most frequent contacts first).
MATCH (a:Actor {id: $id})-[:ATTENDED]->(meeting:Meeting)<-[:ATTENDED]-(other:Actor)
WHERE other <> a AND {{fragments/meeting-filter}}
WITH other, meeting ORDER BY meeting.dateFrom DESC, meeting.id
WITH other, collect(DISTINCT meeting) AS meetings
ORDER BY size(meetings) DESC, other.name
LIMIT $limit
RETURN other {.id, .name, aliases: coalesce(other.aliases, [])} AS actor, size(meetings) AS count,
       [meeting IN meetings | {{fragments/meeting-map}}] AS meetings
