import { hash } from "node:crypto";

/** sha256 of the text, hex. */
export function contentHash(text: string): string {
  return hash("sha256", text, "hex");
}

/** Stable article id from its content: whitespace differences do not make a new article. */
export function articleIdFor(text: string): string {
  return `art:${contentHash(text.replace(/\s+/g, " ").trim()).slice(0, 16)}`;
}
