// Actors none of whose name keys are theirs any more (their evidence has moved): removed with what they attended.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT EXISTS { ()-[:NAME_OF]->(a) }
DETACH DELETE a
