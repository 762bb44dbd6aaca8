// query/contacts-ranking from the co-attendance relationships (one per contact, kept by the load): for
// requests without a date or kind filter and without Contact.meetings. Same contacts, counts and order.
MATCH (a:Actor {id: $id})-[c:MET_WITH]-(other:Actor)
WITH other, c.count AS count
ORDER BY count DESC, other.name
LIMIT $limit
WITH other AS actor, count
RETURN {{fragments/actor-map}} AS actor, count
