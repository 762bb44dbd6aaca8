import { statement } from "../database/cypher.js";
import type { Database } from "../database/database.js";
import { ParleyError } from "../errors.js";
import { nameKey, searchTerms } from "../identity/names.js";
import type { ActorRow } from "./types.js";

const S = {
  resolve: statement("query/resolve-actor"),
  search: statement("query/search-names"),
};

export interface NameMatch {
  id: string;
  name: string;
  aliases: string[];
  kind: "actor" | "organisation";
  score: number;
}

/**
 * One actor for any name form or id. An unknown name lists close matches; a name that fits several actors
 * (a shared surname, a first name alone) lists them all, so the caller can pick an id.
 */
export async function resolveActor(db: Database, text: string, argument: string): Promise<ActorRow> {
  const trimmed = text.trim();
  if (!trimmed) throw new ParleyError("INPUT_INVALID", `${argument} is empty; give an actor's name or id`);
  const tokens = searchTerms(trimmed);
  if (tokens.length === 0) throw new ParleyError("INPUT_INVALID", `${argument} ${JSON.stringify(trimmed)} has no letters or digits; give an actor's name or id`, { argument });
  // One round trip for the common cases: an id, or a name form that some actors have exactly.
  const terms = tokens.map((t) => `+${luceneEscape(t)}`).join(" ");
  const [row] = await db.read<{ actors: ActorRow[] }>(S.resolve, { id: trimmed, key: nameKey(trimmed), terms });
  const exact = row?.actors ?? [];
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) throw ambiguous(argument, trimmed, exact);
  const close = (await searchNames(db, trimmed, 10, true)).filter((m) => m.kind === "actor");
  if (close.length === 1) return { id: close[0]!.id, name: close[0]!.name, aliases: close[0]!.aliases };
  if (close.length > 1) throw ambiguous(argument, trimmed, close);
  throw new ParleyError("ACTOR_NOT_FOUND", `No actor is called ${JSON.stringify(trimmed)} (${argument}). Try searchNames to find the right form.`, {
    argument,
    candidates: [],
  });
}

function ambiguous(argument: string, text: string, candidates: ReadonlyArray<{ id: string; name: string }>): ParleyError {
  const list = candidates.map((c) => ({ id: c.id, name: c.name }));
  return new ParleyError(
    "ACTOR_AMBIGUOUS",
    `${JSON.stringify(text)} (${argument}) could be ${list.length} actors: ${list.map((c) => `${c.name} (${c.id})`).join(", ")}. Pass the full name or the id.`,
    { argument, candidates: list },
  );
}

/** Actors and organisations by any name form; `allTerms` requires every word (each may be misspelt a little). */
export async function searchNames(db: Database, text: string, first: number, allTerms = false): Promise<NameMatch[]> {
  const tokens = searchTerms(text).filter((t) => t.length > 1);
  if (tokens.length === 0) return [];
  const lucene = tokens
    .map((t) => {
      const e = luceneEscape(t);
      const fuzzy = t.length >= 4 ? `${e}~1` : e;
      return allTerms ? `+(${e} OR ${fuzzy} OR ${e}*)` : `(${e}^3 OR ${fuzzy} OR ${e}*)`;
    })
    .join(" ");
  return db.read<NameMatch & Record<string, unknown>>(S.search, { lucene, first });
}

/** Escapes Lucene's special characters so user text is only ever a term. */
export function luceneEscape(term: string): string {
  return term.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, "\\$&");
}
