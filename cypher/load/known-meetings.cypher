// Which of a plan's meetings the graph already has, read before they are written: pairs of actors who share
// only new meetings gain them by addition (load/co-attendance-add), the others are recomputed.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN m.id AS id
