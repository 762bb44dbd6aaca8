// True when the co-attendance relationship between actors `a` and `b` starts at `a`: the lower tier (an actor
// without one first), then the lower id (src/load/co-attendance-direction.ts says why).
(coalesce(a.tier, -1) < coalesce(b.tier, -1) OR (coalesce(a.tier, -1) = coalesce(b.tier, -1) AND a.id < b.id))
