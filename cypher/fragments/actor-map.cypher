// An actor as the API returns it; takes the node bound as `actor`.
actor {.id, .name, aliases: coalesce(actor.aliases, [])}
