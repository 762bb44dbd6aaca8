// Articles are immutable: their id is a hash of their content. Metadata an earlier load lacked (url, title,
// text, a relative source instead of an old absolute path) is filled in when the same article is read again.
UNWIND $rows AS r
MERGE (a:Article {id: r.id})
ON CREATE SET a.title = r.title, a.url = r.url, a.contentHash = r.contentHash, a.source = r.source, a.text = r.text,
              a.published = CASE WHEN r.published IS NULL THEN null ELSE date(r.published) END
ON MATCH SET a.title = coalesce(a.title, r.title), a.url = coalesce(a.url, r.url), a.text = coalesce(a.text, r.text),
             a.source = CASE WHEN a.source IS NULL OR a.source STARTS WITH '/' THEN r.source ELSE a.source END
