// The batch's own name keys as the graph holds them, with their forms and actor: read first, so that only
// the families the batch brings something new to are read whole (load/name-families).
UNWIND $ids AS id
MATCH (f:NameForm {id: id})
OPTIONAL MATCH (f)-[:NAME_OF]->(a)
RETURN f.key AS key, coalesce(f.names, []) AS names, coalesce(f.forms, []) AS forms, a.id AS actorId, f.name AS name, f.rule AS rule, f.basis AS basis
