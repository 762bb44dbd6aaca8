UNWIND $rows AS r
MERGE (p:Place {id: r.id})
ON CREATE SET p.name = r.name, p.kind = r.kind, p.countryCode = r.countryCode
