/** Stable ids of graph nodes, derived from name keys and content so the same facts always get the same id. */
import { hash } from "node:crypto";
import { nameKey } from "./names.js";

export function shortHash(...parts: ReadonlyArray<string | number | null>): string {
  // One-shot hash (no Hash object per id): a bulk load makes millions of ids.
  return hash("sha256", parts.map((p) => (p === null ? "\u0000" : String(p))).join("\u0001"), "hex").slice(0, 16);
}

export const actorId = (key: string): string => `actor:${key.replace(/ /g, "-")}`;
export const organisationId = (key: string): string => `org:${key.replace(/ /g, "-")}`;
export const nameFormId = (key: string): string => `name:${key.replace(/ /g, "-")}`;
export const placeId = (kind: string, countryCode: string | null, name: string): string =>
  kind === "country" && countryCode ? `country:${countryCode}` : `${kind}:${countryCode ?? "xx"}:${nameKey(name).replace(/ /g, "-")}`;
export const evidenceId = (articleId: string, claim: string, start: number, end: number, ...more: string[]): string =>
  `ev:${shortHash(articleId, claim, start, end, ...more)}`;
