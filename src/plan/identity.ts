import { createHash } from "node:crypto";

// Particles that vary between spellings of one name ("Bashar Assad" / "Bashar al-Assad") and carry no identity.
const PARTICLES = new Set(["al", "el", "ad", "ud", "the"]);

/** Tokens of a name: accents folded, lower case, apostrophes and punctuation dropped. */
export function nameTokens(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]s\b/g, "")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

/** The identity key of a name: two forms with the same key are the same entity. */
export function nameKey(name: string): string {
  const tokens = nameTokens(name);
  const kept = tokens.filter((t) => !PARTICLES.has(t));
  return (kept.length > 0 ? kept : tokens).join(" ");
}

export function shortHash(...parts: ReadonlyArray<string | number | null>): string {
  return createHash("sha256").update(parts.map((p) => (p === null ? "\u0000" : String(p))).join("\u0001")).digest("hex").slice(0, 16);
}

export const actorId = (key: string): string => `actor:${key.replace(/ /g, "-")}`;
export const organisationId = (key: string): string => `org:${key.replace(/ /g, "-")}`;
export const placeId = (kind: string, countryCode: string | null, name: string): string =>
  kind === "country" && countryCode ? `country:${countryCode}` : `${kind}:${countryCode ?? "xx"}:${nameKey(name).replace(/ /g, "-")}`;
export const evidenceId = (articleId: string, claim: string, start: number, end: number): string => `ev:${shortHash(articleId, claim, start, end)}`;
