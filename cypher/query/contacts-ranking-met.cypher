// query/contacts-ranking from the co-attendance relationships (one per contact, kept by the load): for
// requests without a date or kind filter and without Contact.meetings. Same contacts, counts and order.
{{fragments/contact-ranking}}
WITH other AS actor, count
RETURN {{fragments/actor-map}} AS actor, count
