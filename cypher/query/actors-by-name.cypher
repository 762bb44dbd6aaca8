// Actors that have this exact name form (by normalised key), found through the full-text index so no label
// scan is needed; `$terms` is a Lucene phrase query built from the escaped words of the name.
CALL db.index.fulltext.queryNodes('name_search', $terms) YIELD node AS actor
WHERE actor:Actor AND $key IN actor.nameKeys
RETURN {{fragments/actor-map}} AS actor
LIMIT 20
