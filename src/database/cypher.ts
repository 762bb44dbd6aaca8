import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A named, parameterised Cypher statement from the cypher/ folder. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

// src/database and dist/database both sit two levels below the project root.
const CYPHER_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));
const cache = new Map<string, string>();

function readCypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(`${CYPHER_DIR}${name}.cypher`, "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Strips `//` comment lines so statements log and compare cleanly. */
function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .trim();
}

// `{{fragments/x}}` includes cypher/fragments/x.cypher: shared projections, fixed at load time (never user input).
const INCLUDE = /\{\{([\w/-]+)\}\}/g;

function expandIncludes(text: string, depth = 0): string {
  if (depth > 3) throw new Error("cypher fragments nest too deeply");
  return text.replace(INCLUDE, (_m, name: string) => expandIncludes(stripComments(readCypherFile(name)), depth + 1));
}

/** The one statement in `cypher/<name>.cypher`, with its fragments included. */
export function statement(name: string): Statement {
  return { name, text: statementText(readCypherFile(name)) };
}

/** A statement's text as Parley runs it: comment lines dropped, fragments included, no trailing `;`. */
export function statementText(source: string): string {
  return expandIncludes(stripComments(source)).replace(/;\s*$/, "");
}

/** Every statement in `cypher/<name>.cypher`, split on `;` at the end of a line. */
export function statements(name: string): Statement[] {
  return stripComments(readCypherFile(name))
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((text, i) => ({ name: `${name}#${i + 1}`, text }));
}
