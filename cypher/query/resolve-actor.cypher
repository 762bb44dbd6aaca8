// An actor by id, else every actor that has this exact name form (normalised key), found through the full-text
// index so no label scan is needed. `$terms` is a Lucene query of the escaped words of the name.
OPTIONAL MATCH (byId:Actor {id: $id})
RETURN CASE WHEN byId IS NOT NULL
  THEN [byId {.id, .name, aliases: coalesce(byId.aliases, [])}]
  ELSE COLLECT {
    CALL db.index.fulltext.queryNodes('name_search', $terms) YIELD node
    WITH node WHERE node:Actor AND $key IN node.nameKeys
    RETURN node {.id, .name, aliases: coalesce(node.aliases, [])} LIMIT 20
  }
END AS actors
