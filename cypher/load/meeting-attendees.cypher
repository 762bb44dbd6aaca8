// The attendees of the given meetings, before the load removes or rewrites them: their pairs' co-attendance
// is recomputed afterwards (load/co-attendance).
UNWIND $ids AS id
MATCH (m:Meeting {id: id})<-[:ATTENDED]-(a)
RETURN m.id AS meetingId, collect(a.id) AS actorIds
