// A backfill's progress ($id: its marker): the last id it covered, and whether it is complete. Written in the
// transaction of the batch it records, so an interrupted backfill resumes where it stopped.
MERGE (mark:ParleyMigration {id: $id})
SET mark.after = $after, mark.complete = $complete
