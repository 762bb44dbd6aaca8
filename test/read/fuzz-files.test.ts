import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printable } from "../../src/read/printable.js";
import { goodArticles, prng, runCli, writeGood, type CliRun } from "../support/corpus.js";
import { writeHostileFiles } from "../support/hostile-files.js";

// A fixed seed: the same 420 hostile files on every run, so a failure can be reproduced and looked at.
const SEED = 20_261_201;
const HOSTILE = 420;

describe(`the command line on ${HOSTILE} hostile files from seed ${SEED}`, () => {
  let dir: string;
  let kinds: Map<string, string>;
  const good = goodArticles(prng(SEED + 1), 20, "");
  let run: CliRun;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "parley-fuzz-"));
    kinds = writeHostileFiles(dir, prng(SEED), HOSTILE);
    writeGood(dir, good);
    run = await runCli(["extract", "--json", "--doc-timeout", "5s", dir], { timeoutMs: 240_000 });
  }, 300_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("finishes (no hang, no crash) and exits 1 because of the bad files", () => {
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/unexpected error|^\s+at /m);
  });

  it("reports each bad input in one escaped line that names it, and names nothing twice", () => {
    const lines = run.stderr.trimEnd().split("\n");
    for (const line of lines) {
      expect(line).toMatch(/^parley: /);
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    }
    const sources = lines.map((l) => l.slice("parley: ".length, l.indexOf(": ", "parley: ".length + dir.length)));
    expect(new Set(sources).size).toBe(sources.length);
    const known = new Set([...kinds.keys()].map((n) => printable(join(dir, n))));
    for (const s of sources) expect(known.has(s.replace(/:\d+$/, "")), s).toBe(true);
  });

  it("accounts for every hostile file: read as a document or reported", () => {
    const documents = (JSON.parse(run.stdout) as { documents: Array<{ doc: string }> }).documents;
    const read = new Set(documents.map((d) => d.doc));
    const reported = new Set(
      run.stderr
        .trimEnd()
        .split("\n")
        .map((l) => l.slice("parley: ".length, l.indexOf(": ", "parley: ".length + dir.length)).replace(/:\d+$/, "")),
    );
    const unaccounted = [...kinds]
      .filter(([, kind]) => kind !== "odd jsonl" && kind !== "folder link loop") // lines and links: checked above
      .filter(([name]) => !read.has(name.split("/").pop()!) && !reported.has(printable(join(dir, name))))
      .map(([name, kind]) => `${printable(name)} (${kind})`);
    expect(unaccounted).toEqual([]);
    expect(kinds.size).toBeGreaterThanOrEqual(HOSTILE);
  });

  it("still reads every good file and finds its meeting", () => {
    const documents = (JSON.parse(run.stdout) as { documents: Array<{ doc: string; meetings: Array<{ participants: string[] }> }> }).documents;
    for (const g of good) {
      const doc = documents.find((d) => d.doc === g.name);
      expect(doc, g.name).toBeDefined();
      expect(doc!.meetings.map((m) => [...m.participants].sort())).toContainEqual([...g.people].sort());
    }
  });
});
