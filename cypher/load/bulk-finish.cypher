// Once after neo4j-admin database import (its marker node comes with the import files): the import tool
// cannot write an empty array (an empty field is no property), where the transactional load stores
// `aliases: []` for a name without other forms.
MATCH (mark:ParleyMigration {id: 'bulk-import'}) WHERE NOT mark.complete
CALL () {
  MATCH (n:Actor|Organisation) WHERE n.aliases IS NULL
  SET n.aliases = []
}
SET mark.complete = true
