// Where the co-attendance backfill stands: complete, or the last meeting id it covered.
OPTIONAL MATCH (mark:ParleyMigration {id: 'co-attendance'})
RETURN coalesce(mark.complete, false) AS complete, coalesce(mark.after, '') AS after
