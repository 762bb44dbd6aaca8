// A meeting report (evidence `e` of meeting `m`) as the planner reads it: what the article says, each
// participant's key with the actor that key belongs to now.
e.id AS evidenceId, m.id AS meetingId, m.groupKey AS groupKey, e.kind AS kind, e.date AS date,
e.dateFrom AS dateFrom, e.dateTo AS dateTo,
[i IN range(0, size(e.participantKeys) - 1) | {
  key: e.participantKeys[i],
  role: e.roles[i],
  actorId: COLLECT { MATCH (f:NameForm {key: e.participantKeys[i]})-[:NAME_OF]->(a) USING INDEX f:NameForm(key) RETURN a.id }[0]
}] AS participants,
COLLECT { MATCH (p:Place {id: e.placeId}) RETURN {id: p.id, kind: p.kind, countryCode: p.countryCode} }[0] AS place
