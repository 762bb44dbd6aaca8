// A meeting with its place, participants and evidence, as the traversal results return it; takes `meeting`.
meeting {
  .id, .kind, .date,
  dateFrom: toString(meeting.dateFrom), dateTo: toString(meeting.dateTo),
  place: COLLECT { MATCH (meeting)-[:HELD_IN]->(p:Place) RETURN p {.id, .name, .kind, .countryCode} }[0],
  participants: COLLECT {
    MATCH (actor:Actor)-[att:ATTENDED]->(meeting)
    RETURN actor {.id, .name, aliases: coalesce(actor.aliases, []), role: att.role} ORDER BY actor.name
  },
  evidence: COLLECT {
    MATCH (meeting)-[:EVIDENCED_BY]->(e:Evidence)-[:IN_ARTICLE]->(art:Article)
    RETURN e {.id, .quote, .start, .end, .claim,
              article: art {.id, .title, .url, .source, .contentHash, published: toString(art.published)}}
    ORDER BY art.published, e.id
  }
}
