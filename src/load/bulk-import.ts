import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { NEWEST_MARKER } from "./co-attendance.js";
import { startsAt } from "./co-attendance-direction.js";
import type { BulkGraph, Props } from "./bulk-tables.js";
import { SEP } from "./pair-key.js";

/**
 * Writes a BulkGraph as the CSV files of Neo4j's import tool (`neo4j-admin database import full`) and runs
 * it. Effects only: the graph itself is folded by bulk-tables.ts with the load's own rules.
 */

/** Between the elements of an array value: a control character no name or key contains. */
const ARRAY_DELIMITER = "\u001f";

interface Column {
  /** Header: name, with the import tool's type (`:ID(Actor)`, `:date`, `:long`, `:string[]`). */
  header: string;
  value(row: Props): string | number | string[] | null | undefined;
}

const text = (name: string): Column => ({ header: name, value: (r) => r[name] });
const typed = (name: string, type: string): Column => ({ header: `${name}:${type}`, value: (r) => r[name] });

function cell(v: string | number | string[] | null | undefined): string {
  if (v === null || v === undefined) return ""; // an empty unquoted field: no property
  if (typeof v === "number") return String(v);
  const s = Array.isArray(v) ? v.join(ARRAY_DELIMITER) : v;
  return `"${s.includes('"') ? s.replaceAll('"', '""') : s}"`;
}

async function writeTable(path: string, columns: readonly Column[], rows: Iterable<Props>): Promise<number> {
  const out = createWriteStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  out.write(`${columns.map((c) => c.header).join(",")}\n`);
  let n = 0;
  let chunk: string[] = [];
  const last = columns.length - 1;
  for (const row of rows) {
    // One string per row without an array per row: at 1M meetings this writes ~30M rows.
    let line = "";
    for (let i = 0; i < last; i++) line += `${cell(columns[i]!.value(row))},`;
    chunk.push(line + cell(columns[last]!.value(row)));
    n++;
    if (chunk.length === 5000) {
      if (!out.write(`${chunk.join("\n")}\n`)) await once(out, "drain");
      chunk = [];
    }
  }
  if (chunk.length > 0) out.write(`${chunk.join("\n")}\n`);
  out.end();
  await once(out, "finish");
  return n;
}

function* links(pairs: Iterable<[string, string]>): Generator<Props> {
  for (const [from, to] of pairs) yield { from, to };
}

const START = (space: string): Column => ({ header: `:START_ID(${space})`, value: (r) => r["from"] });
const END = (space: string): Column => ({ header: `:END_ID(${space})`, value: (r) => r["to"] });
const ID = (space: string): Column => ({ header: `id:ID(${space})`, value: (r) => r["id"] });

/** What the import tool was given: one `--nodes`/`--relationships` argument per file, and row counts. */
export interface ImportFiles {
  args: string[];
  nodes: number;
  relationships: number;
}

/** Writes the graph's CSV files into `dir` (one per label and relationship type). */
export async function writeImportFiles(graph: BulkGraph, dir: string): Promise<ImportFiles> {
  await mkdir(dir, { recursive: true });
  const args: string[] = [];
  let nodes = 0;
  let relationships = 0;
  const node = async (label: string, columns: Column[], rows: Iterable<Props>) => {
    const file = join(dir, `${label}.csv`);
    nodes += await writeTable(file, columns, rows);
    args.push(`--nodes=${label}=${file}`);
  };
  const rel = async (name: string, type: string, columns: Column[], rows: Iterable<Props>) => {
    const file = join(dir, `${name}.csv`);
    relationships += await writeTable(file, columns, rows);
    args.push(`--relationships=${type}=${file}`);
  };
  const entity = (e: { id: string; name: string; aliases: string[]; aliasText: string; nameKeys: string[]; kind: string | null }): Props => ({ ...e });

  await node("Article", [ID("Article"), text("title"), text("url"), text("contentHash"), text("source"), text("text"), typed("published", "date")], graph.articles.values());
  const tiers = graph.tiers();
  await node("Actor", [ID("Actor"), text("name"), typed("aliases", "string[]"), text("aliasText"), typed("nameKeys", "string[]"), typed("tier", "long")], [...graph.actors.values()].map((a) => ({ ...entity(a), tier: tiers.get(a.id) ?? null })));
  await node("Organisation", [ID("Organisation"), text("name"), typed("aliases", "string[]"), text("aliasText"), typed("nameKeys", "string[]"), text("kind")], [...graph.organisations.values()].map(entity));
  await node("NameForm", [ID("NameForm"), text("key"), text("family"), text("name"), typed("names", "string[]"), typed("forms", "string[]"), text("rule"), text("basis")], graph.nameForms.values());
  await node("Place", [ID("Place"), text("name"), text("kind"), text("countryCode")], graph.places.values());
  await node("Meeting", [ID("Meeting"), text("kind"), text("date"), text("groupKey"), typed("dateFrom", "date"), typed("dateTo", "date")], graph.meetings.values());
  // Markers for `migrate`: MET_WITH is written below, complete with its newest and pointed by tiers (src/load/co-attendance.ts); the import
  // still needs finishing once a server runs on it (load/bulk-finish).
  await node("ParleyMigration", [ID("ParleyMigration"), typed("complete", "boolean")], [{ id: "co-attendance", complete: "true" }, { id: NEWEST_MARKER, complete: "true" }, { id: "co-attendance-tiers", complete: "true" }, { id: "bulk-import", complete: "false" }]);
  await node("Evidence", [ID("Evidence"), text("quote"), typed("start", "double"), typed("end", "double"), text("claim"), text("nameKey"), typed("participantKeys", "string[]"), typed("roles", "string[]"), text("kind"), text("date"), text("dateFrom"), text("dateTo"), text("placeId")], graph.evidence.values());

  await rel("HELD_IN", "HELD_IN", [START("Meeting"), END("Place")], (function* () {
    for (const [from, to] of graph.heldIn) yield { from, to };
  })());
  await rel("ATTENDED", "ATTENDED", [START("Actor"), END("Meeting"), text("role")], (function* () {
    for (const [to, roles] of graph.attendance) for (const [from, role] of roles) yield { from, to, role };
  })());
  await rel("IN_ARTICLE", "IN_ARTICLE", [START("Evidence"), END("Article")], (function* () {
    for (const e of graph.evidence.values()) yield { from: e["id"] as string, to: e["articleId"] as string };
  })());
  await rel("EVIDENCED_BY-Actor", "EVIDENCED_BY", [START("Actor"), END("Evidence")], links(graph.actorEvidence));
  await rel("EVIDENCED_BY-Organisation", "EVIDENCED_BY", [START("Organisation"), END("Evidence")], links(graph.organisationEvidence));
  await rel("EVIDENCED_BY-Meeting", "EVIDENCED_BY", [START("Meeting"), END("Evidence")], (function* () {
    for (const [to, from] of graph.meetingEvidence) yield { from, to };
  })());
  await rel("NAME_OF", "NAME_OF", [START("NameForm"), END("Actor")], (function* () {
    for (const [from, to] of graph.nameOf) yield { from, to };
  })());
  await rel("SEEN_IN", "SEEN_IN", [START("NameForm"), END("Article")], links(graph.seenIn));
  await rel("AFFILIATED_WITH", "AFFILIATED_WITH", [START("Actor"), END("Organisation"), text("title"), typed("evidenceIds", "string[]")], (function* () {
    for (const [k, a] of graph.affiliations) {
      const [from, to] = k.split(SEP) as [string, string];
      yield { from, to, title: a.title, evidenceIds: a.evidenceIds };
    }
  })());
  await rel("MET_WITH", "MET_WITH", [START("Actor"), END("Actor"), typed("count", "long"), typed("first", "date"), typed("last", "date"), typed("kinds", "string[]"), typed("newest", "string[]")], (function* () {
    for (const [k, c] of graph.coAttendance()) {
      const [lo, hi] = k.split(SEP) as [string, string];
      const [from, to] = startsAt({ id: lo, tier: tiers.get(lo) ?? null }, { id: hi, tier: tiers.get(hi) ?? null }) ? [lo, hi] : [hi, lo];
      yield { from, to, count: c.count, first: c.first, last: c.last, kinds: c.kinds, newest: c.newest.map((m) => m.id) };
    }
  })());
  return { args, nodes, relationships };
}

export interface ImportRun {
  /** Folder of the launcher's jars (neo4j-local/target/lib), which include the import tool. */
  readonly libDir: string;
  /** The local Neo4j's data dir (its NEO4J_HOME); the import writes data/databases/neo4j there. */
  readonly dataDir: string;
  readonly files: ImportFiles;
  /** Replace an existing store (only ever one the caller checked is empty). */
  readonly overwrite: boolean;
  readonly java?: string;
  readonly onOutput?: (line: string) => void;
}

/** The import tool's options Parley's CSV files need, after the file arguments. */
const IMPORT_OPTIONS = ["--array-delimiter=U+001F", "--multiline-fields=true"];

/** The `neo4j-admin` command that imports these files, for a database Parley cannot reach on disk. */
export function importCommandLine(files: ImportFiles): string {
  return ["neo4j-admin database import full", ...files.args, ...IMPORT_OPTIONS, "--overwrite-destination=true", "neo4j"].join(" ");
}

/** Runs `neo4j-admin database import full` from the launcher's jars; rejects with the tool's last lines. */
export async function runImportTool(run: ImportRun): Promise<void> {
  const conf = join(run.dataDir, "import-conf");
  await mkdir(conf, { recursive: true });
  await writeFile(join(conf, "neo4j.conf"), "");
  const args = [
    "-Xmx2g",
    "-cp",
    `${run.libDir}/*`,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    ...run.files.args,
    ...IMPORT_OPTIONS,
    `--overwrite-destination=${run.overwrite}`,
    `--report-file=${join(run.dataDir, "import.report")}`,
    "neo4j",
  ];
  const child = spawn(run.java ?? "java", args, { env: { ...process.env, NEO4J_HOME: run.dataDir, NEO4J_CONF: conf }, stdio: ["ignore", "pipe", "pipe"] });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.trim() === "") continue;
      tail.push(line);
      if (tail.length > 20) tail.shift();
      run.onOutput?.(line);
    }
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const [code] = (await once(child, "close")) as [number | null];
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}): ${tail.slice(-5).join(" | ")}`);
}
