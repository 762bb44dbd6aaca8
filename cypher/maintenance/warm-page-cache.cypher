// Reads every node with its properties and degree, and every relationship with its properties, once, so the
// page cache holds the graph before requests need it: Neo4j Community has no page-cache warm-up of its own,
// and a traversal around a head of state on a cold cache reads enough pages to pass the request timeout.
// The sums are returned so that no part of the reads can be planned away.
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes, sum(size(keys(properties(n))) + COUNT { (n)--() }) AS nodeReads
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships, sum(size(keys(properties(r)))) AS relationshipReads
}
RETURN nodes, relationships, nodeReads + relationshipReads AS reads
