// A meeting's date cut to $length characters (4 year, 7 month, 10 day) when finer; null when undated.
CASE WHEN meeting.date IS NULL THEN null WHEN size(meeting.date) > $length THEN left(meeting.date, $length) ELSE meeting.date END
