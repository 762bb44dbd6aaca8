// The ids `newest` keeps of a pair's shared meetings `ms` (in Contact.meetings' order): all of them up to
// $allKept, so the list is complete, else the $newest newest (src/load/co-attendance-rows.ts, keptOf).
[m IN CASE WHEN size(ms) <= $allKept THEN ms ELSE ms[0..$newest] END | m.id]
