// Kept for older imports (bench); the identity module is src/identity.
export { nameKey, searchTerms as nameTokens } from "../identity/names.js";
export { actorId, evidenceId, organisationId, placeId, shortHash } from "../identity/ids.js";
