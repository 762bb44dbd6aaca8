// Articles are immutable: their id is a hash of their content.
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
ON CREATE SET a.title = r.title, a.url = r.url, a.contentHash = r.contentHash, a.source = r.source,
              a.published = CASE WHEN r.published IS NULL THEN null ELSE date(r.published) END
