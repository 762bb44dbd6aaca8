// Co-attendance gained from meetings new to the graph ($rows: [{lo, hi, count, first, last, kinds, meetings}], from
// src/load/co-attendance-rows.ts): the same relationship and properties load/co-attendance computes, updated
// by addition because the pair's other shared meetings did not change. Only for meetings this transaction
// creates, so a plan applied again goes through load/co-attendance instead and changes nothing.
// Pointed like load/co-attendance's (the tiers are this transaction's already).
UNWIND $rows AS r
MATCH (a:Actor {id: r.lo}), (b:Actor {id: r.hi})
WITH r, CASE WHEN {{fragments/met-direction}} THEN [a, b] ELSE [b, a] END AS ends
WITH r, ends[0] AS a, ends[1] AS b
{{fragments/met-with-pair}}
WITH c, r, c.count = 0 AS created, c.count AS had, toInteger(r.count) AS gained, // the driver sends JS numbers as floats
     CASE WHEN r.first IS NULL THEN null ELSE date(r.first) END AS first,
     CASE WHEN r.last IS NULL THEN null ELSE date(r.last) END AS last
// Whether `newest` holds every shared meeting after this load: it held all the pair had, and they stay few.
WITH c, r, created, had + gained AS count, first, last,
     c.newest IS NOT NULL AND size(c.newest) = had AND had + gained <= $allKept AS whole
SET c.count = count,
    c.first = CASE WHEN first IS NULL OR (c.first IS NOT NULL AND c.first <= first) THEN c.first ELSE first END,
    c.last = CASE WHEN last IS NULL OR (c.last IS NOT NULL AND c.last >= last) THEN c.last ELSE last END,
    c.kinds = apoc.coll.sort(apoc.coll.toSet(coalesce(c.kinds, []) + r.kinds)),
    // A new pair's newest are the rows' (in order and as many as it keeps already, src/load/co-attendance-rows.ts);
    // a known pair's new meetings go among those it kept: index lookups of both lists, never a walk. (One kept
    // before it held them stays without, so contacts keep walking its meetings.)
    c.newest = CASE WHEN created THEN r.meetings WHEN c.newest IS NULL THEN null ELSE COLLECT {
      MATCH (m:Meeting) USING INDEX m:Meeting(id) WHERE m.id IN c.newest + r.meetings
      RETURN m.id ORDER BY m.dateFrom DESC, m.id
    }[0..CASE WHEN whole THEN $allKept ELSE $newest END] END
