// Meetings of several actors at once (batched per request), newest first.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:ATTENDED]->(meeting:Meeting)
WITH id, meeting ORDER BY meeting.dateFrom DESC, meeting.id
RETURN id, collect({{fragments/meeting-map}}) AS meetings
