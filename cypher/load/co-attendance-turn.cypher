// Points the co-attendance relationships of actors whose tier moved ($ids, from load/actor-tiers) the way
// fragments/met-direction says: a relationship cannot change direction, so a wrong one is replaced by its
// reverse with the same properties. Each relationship once, though both of its ends may be in $ids.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[c:MET_WITH]-()
WITH DISTINCT c
// Named backwards (a is its end): a relationship is wrong where the direction says it should start at its end.
WITH c, startNode(c) AS b, endNode(c) AS a
WHERE {{fragments/met-direction}}
CREATE (a)-[turned:MET_WITH]->(b)
SET turned = properties(c)
DELETE c
