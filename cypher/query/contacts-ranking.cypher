// Whom an actor met and how often, most frequent first, without the meetings: for requests that do not
// select Contact.meetings. Around a head of state the meetings are most of the work (thousands of meeting
// maps, megabytes of answer), the ranking itself a count per contact. Same order as query/contacts.
MATCH (a:Actor {id: $id})-[:ATTENDED]->(meeting:Meeting)<-[:ATTENDED]-(other:Actor)
WHERE other <> a AND {{fragments/meeting-filter}}
WITH other, count(DISTINCT meeting) AS count
ORDER BY count DESC, other.name
LIMIT $limit
WITH other AS actor, count
RETURN {{fragments/actor-map}} AS actor, count
