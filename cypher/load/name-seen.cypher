UNWIND $rows AS r
MATCH (f:NameForm {id: r.id})
MATCH (a:Article {id: r.articleId})
MERGE (f)-[:SEEN_IN]->(a)
