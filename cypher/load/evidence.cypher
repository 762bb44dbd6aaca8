// Evidence is the article's own statement: mentions and affiliations keep the name key the article used, meeting
// reports keep what they say (people as name keys, kind, date, place), so both can be settled again later.
UNWIND $rows AS r
MATCH (art:Article {id: r.articleId})
MERGE (e:Evidence {id: r.id})
ON CREATE SET e.quote = r.quote, e.start = r.start, e.end = r.end, e.claim = r.claim
SET e.nameKey = r.nameKey, e.participantKeys = r.participantKeys, e.roles = r.roles, e.kind = r.kind,
    e.date = r.date, e.dateFrom = r.dateFrom, e.dateTo = r.dateTo, e.placeId = r.placeId
MERGE (e)-[:IN_ARTICLE]->(art)
