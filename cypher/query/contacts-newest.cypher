// query/contacts-paged for pages of at most as many meetings as each co-attendance relationship keeps the
// ids of ($meetingsFirst ≤ NEWEST_KEPT, src/load/co-attendance-rows.ts): the ranking and each contact's page
// come from the relationship itself, without walking the actor's meetings (a head of state's ~35k attendance
// rows). Same contacts, counts, order and pages.
{{fragments/contact-ranking}}
CALL (c) {
  UNWIND c.newest[0..$meetingsFirst] AS meetingId
  MATCH (meeting:Meeting {id: meetingId})
  RETURN collect({{fragments/meeting-map}}) AS meetings
}
// JSON text, as query/contacts-paged returns it; `kept` is false for a relationship kept before it held
// `newest` (a graph `parley migrate` has not brought up to date), whose page the caller reads by walking.
WITH other AS actor, count, apoc.convert.toJson(meetings) AS meetings, c.newest IS NOT NULL AS kept
RETURN {{fragments/actor-map}} AS actor, count, meetings, kept
