/**
 * Which way a co-attendance relationship points. MET_WITH means the same both ways, so it is stored once per
 * pair, and its direction is free to serve reads: it starts at the less busy actor. query/network-edges reads
 * the co-attendance among a network's actors from each one's outgoing relationships, and a head of state then
 * walks its few relationships to busier actors rather than its thousands to everyone (~30k relationships
 * instead of ~250k around a mid-sized actor of the 1M benchmark graph).
 *
 * Busyness is an actor's tier: its meetings on a scale of powers of four (1–3 meetings → 0, 4–15 → 1, 16–63 →
 * 2, …; none → no tier). Coarse on purpose: a tier changes a few times in an actor's life, and each change
 * turns its relationships (load/co-attendance-turn). Both depend only on the graph's attendance, so every
 * load order, batching and the bulk load give the same directions. The rules are Cypher's in
 * load/actor-tiers and fragments/met-direction; this is them for the bulk load. Pure.
 */

/** An actor's tier from its number of meetings: ⌊log₄ n⌋, or null without meetings. */
export function meetingTier(meetings: number): number | null {
  if (meetings < 1) return null;
  let tier = 0;
  for (let t = 4; t <= meetings; t *= 4) tier++;
  return tier;
}

/** An actor as the direction sees it. A missing tier sorts below every tier, as coalesce(tier, -1) does. */
export interface TieredActor {
  readonly id: string;
  readonly tier: number | null;
}

/** Whether the co-attendance relationship between `a` and `b` starts at `a`: the lower tier, then the lower id. */
export function startsAt(a: TieredActor, b: TieredActor): boolean {
  const ta = a.tier ?? -1;
  const tb = b.tier ?? -1;
  return ta !== tb ? ta < tb : a.id < b.id;
}
