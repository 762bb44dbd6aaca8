// Where a co-attendance backfill ($id: its marker) stands: complete, or the last id it covered.
OPTIONAL MATCH (mark:ParleyMigration {id: $id})
RETURN coalesce(mark.complete, false) AS complete, coalesce(mark.after, '') AS after
