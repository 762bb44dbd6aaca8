// The two ends of a pair `a`, `b` as `s`, the one with fewer co-attendance relationships (contacts), and `t`,
// with their numbers of contacts `cs` and `ct`: walks start from s, so a head of state is not expanded when
// its partner is small. Keeps `a` and `b` (in the caller's order).
WITH a, b, COUNT { (a)-[:MET_WITH]-() } AS ca, COUNT { (b)-[:MET_WITH]-() } AS cb
WITH a, b, CASE WHEN ca <= cb THEN a ELSE b END AS s, CASE WHEN ca <= cb THEN b ELSE a END AS t,
     CASE WHEN ca <= cb THEN ca ELSE cb END AS cs, CASE WHEN ca <= cb THEN cb ELSE ca END AS ct
