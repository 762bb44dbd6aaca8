// Every name key already in the graph of the given families (last words of keys), with its forms and actor:
// what the planner settles the batch's names against.
UNWIND $families AS family
MATCH (f:NameForm {family: family}) USING INDEX f:NameForm(family)
OPTIONAL MATCH (f)-[:NAME_OF]->(a)
RETURN f.key AS key, coalesce(f.names, []) AS names, coalesce(f.forms, []) AS forms, a.id AS actorId, f.name AS name, f.rule AS rule, f.basis AS basis
