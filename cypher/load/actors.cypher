// Actors as the planner settled them: it knows every name form of every actor it writes (all the keys of
// their family), so name, aliases and keys are set outright rather than accumulated.
UNWIND $rows AS r
MERGE (n:Actor {id: r.id})
// A known node is rewritten only when something changed: every rewrite also updates the name indexes.
WITH n, r
WHERE n.name IS NULL OR n.name <> r.name OR n.aliases <> r.aliases OR n.nameKeys <> r.nameKeys
SET n.name = r.name,
    n.aliases = r.aliases,
    n.aliasText = r.aliasText,
    n.nameKeys = r.nameKeys
