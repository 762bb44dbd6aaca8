// Meeting filters shared by the traversals: kind, and a date window the meeting's date range overlaps.
// Undated meetings are left out whenever a window is given.
($kind IS NULL OR meeting.kind = $kind)
AND ($after IS NULL OR meeting.dateTo >= date($after))
AND ($before IS NULL OR meeting.dateFrom <= date($before))
