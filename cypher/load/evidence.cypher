UNWIND $rows AS r
MATCH (art:Article {id: r.articleId})
MERGE (e:Evidence {id: r.id})
ON CREATE SET e.quote = r.quote, e.start = r.start, e.end = r.end, e.claim = r.claim
MERGE (e)-[:IN_ARTICLE]->(art)
