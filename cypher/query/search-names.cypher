// Actors and organisations by any name form, tolerant of small misspellings (Lucene fuzzy terms).
CALL db.index.fulltext.queryNodes('name_search', $lucene, {limit: $first}) YIELD node, score
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
       CASE WHEN node:Actor THEN 'actor' ELSE 'organisation' END AS kind, score
ORDER BY score DESC, name
