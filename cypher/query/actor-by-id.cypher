MATCH (actor:Actor {id: $id})
RETURN {{fragments/actor-map}} AS actor
