// The tiers of actors whose attendance may have changed ($ids): ⌊log₄⌋ of their meetings, none without
// (src/load/co-attendance-direction.ts). Returns the actors whose tier moved, whose co-attendance
// relationships load/co-attendance-turn then points the right way.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH a, COUNT { (a)-[:ATTENDED]->() } AS n
WITH a, CASE WHEN n = 0 THEN null ELSE size([t IN [4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864, 268435456, 1073741824] WHERE t <= n]) END AS tier
WHERE coalesce(a.tier, -1) <> coalesce(tier, -1)
SET a.tier = tier
RETURN a.id AS id
