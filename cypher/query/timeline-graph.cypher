// Meetings of the whole graph per period and kind; the caller buckets them (src/query/periods.ts). A date is
// cut to $length characters only when it is finer than that, so a year-only date stays a year.
MATCH (meeting:Meeting)
WHERE {{fragments/meeting-filter}}
RETURN {{fragments/meeting-period}} AS period, meeting.kind AS kind, count(*) AS count
