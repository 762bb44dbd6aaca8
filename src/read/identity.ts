import { createHash } from "node:crypto";

/** sha256 of the text, hex. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Stable article id from its content: whitespace differences do not make a new article. */
export function articleIdFor(text: string): string {
  return `art:${contentHash(text.replace(/\s+/g, " ").trim()).slice(0, 16)}`;
}
