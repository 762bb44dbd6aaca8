// Whom an actor met, how often, and the newest $meetingsFirst of their shared meetings; most frequent
// contacts first (the order of query/contacts). For requests without a date or kind filter: the ranking is
// read from the co-attendance relationships (one per contact, kept by the load) instead of expanding every
// meeting of a head of state, and the pages of meetings come from one walk of the actor's own meetings,
// kept for the ranked contacts only. (Walking each contact's meetings instead cost a head of state's top
// hundred contacts, themselves busy, tens of thousands of meetings and hundreds of thousands of checks.)
{{fragments/contact-ranking}}
WITH a, collect({other: other, count: count}) AS ranked
CALL (a, ranked) {
  WITH a, apoc.map.fromPairs([r IN ranked | [elementId(r.other), true]]) AS wanted
  // No label checks: ATTENDED only links an actor to a meeting, and a head of state's walk is ~35k rows.
  MATCH (a)-[:ATTENDED]->(meeting)<-[:ATTENDED]-(other)
  WHERE wanted[elementId(other)]
  WITH other, meeting
  ORDER BY meeting.dateFrom DESC, meeting.id
  WITH other, collect(meeting)[0..$meetingsFirst] AS page
  UNWIND page AS meeting
  WITH other, collect({{fragments/meeting-map}}) AS meetings
  RETURN apoc.map.fromPairs(collect([elementId(other), meetings])) AS pages
}
// The pages go back as JSON text (a head of state's hundred pages are ~0.5 MB of nested maps, which the
// driver unpacks several times slower than JSON.parse reads them).
UNWIND ranked AS r
WITH r.other AS actor, r.count AS count, apoc.convert.toJson(coalesce(pages[elementId(r.other)], [])) AS meetings
RETURN {{fragments/actor-map}} AS actor, count, meetings
