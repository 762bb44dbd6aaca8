// One NameForm per name key: its spellings, the actor it belongs to, and the rule and evidence that say why.
UNWIND $rows AS r
MERGE (f:NameForm {id: r.id})
SET f.key = r.key, f.family = r.family, f.name = r.name, f.names = r.names, f.forms = r.forms, f.rule = r.rule, f.basis = r.basis
WITH f, r
CALL (f, r) {
  MATCH (f)-[old:NAME_OF]->(a) WHERE a.id <> r.actorId
  DELETE old
}
WITH f, r
MATCH (a:Actor {id: r.actorId})
MERGE (f)-[:NAME_OF]->(a)
