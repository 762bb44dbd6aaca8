// Whether a co-attendance relationship `c` (see load/co-attendance) can hold a meeting that passes the
// meeting filters: one of its kinds, and a date span that reaches the window. Only a pre-check: each
// meeting is still tested with fragments/meeting-filter.
($kind IS NULL OR $kind IN c.kinds)
AND ($after IS NULL OR c.last >= date($after))
AND ($before IS NULL OR c.first <= date($before))
