// Every meeting each pair of actors shared that passes the filters, newest first: a chain hop's
// alternatives. Each pair is walked from whichever of the two has fewer meetings. $pairs: [{from, to}].
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.from}), (b:Actor {id: pair.to})
WITH pair, a, b, COUNT { (a)-[:ATTENDED]->() } AS da, COUNT { (b)-[:ATTENDED]->() } AS db
CALL (a, b, da, db) {
  WITH a, b WHERE da <= db
  MATCH (a)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(b) }
  RETURN meeting
  UNION ALL
  WITH a, b WHERE da > db
  MATCH (b)-[:ATTENDED]->(meeting:Meeting) WHERE EXISTS { (meeting)<-[:ATTENDED]-(a) }
  RETURN meeting
}
WITH pair, meeting
WHERE {{fragments/meeting-filter}}
WITH pair, meeting ORDER BY meeting.dateFrom DESC, meeting.id
RETURN pair.from AS from, pair.to AS to, collect({{fragments/meeting-map}}) AS meetings
