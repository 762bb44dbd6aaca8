// Meetings whose reports now make up other meetings (their people or their occasion was settled anew).
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
DETACH DELETE m
