import { spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createExtractPool } from "../../src/ingest/extract-pool.js";
import { boundHtmlDepth } from "../../src/read/html-depth.js";
import { printable } from "../../src/read/printable.js";
import { readArticles, type ReadEvent, type ReadOptions } from "../../src/read/read-sources.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "parley-hostile-"));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

async function read(inputs: string[], options: Partial<ReadOptions> = {}): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
  for await (const e of readArticles(inputs, { maxBytes: 5_000_000, ...options })) out.push(e);
  return out;
}
const docs = (events: ReadEvent[]) => events.flatMap((e) => (e.kind === "article" ? [e.article.doc] : []));
const problems = (events: ReadEvent[]) => events.flatMap((e) => (e.kind === "rejected" ? [{ source: e.source, reason: e.reason }] : []));
const GOOD = "Talks\ndate 2024-05-02\nAna Kovac met Luis Pardo in Madrid on Monday.\n";
const nested = (depth: number) => `<html><body>${"<div>".repeat(depth)}${"Ana Kovac met Luis Pardo in Madrid. ".repeat(10)}${"</div>".repeat(depth)}`;

function domDepth(root: { children?: ArrayLike<unknown> }): number {
  let max = 0;
  const stack: Array<[{ children?: ArrayLike<unknown> }, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const child of Array.from(node.children ?? [])) stack.push([child as { children?: ArrayLike<unknown> }, d + 1]);
  }
  return max;
}

describe("hostile HTML", () => {
  it("reads an .html file that does not start with a tag as one document, and goes on", async () => {
    await writeFile(join(dir, "a.html"), "hello\n");
    await writeFile(join(dir, "b.html"), "<!-- only a comment -->");
    await writeFile(join(dir, "good.txt"), GOOD);
    const events = await read([dir]);
    expect(docs(events)).toContain("good.txt");
    // Each file is one event: an article or one problem line, never an exception.
    for (const name of ["a.html", "b.html"]) expect(events.filter((e) => e.kind !== "plan" && (e.kind === "article" ? e.article.doc === name : e.source.endsWith(name)))).toHaveLength(1);
  });

  it("keeps the text of a bare HTML fragment, which linkedom alone loses", async () => {
    await writeFile(join(dir, "frag.html"), `<p>${"Ana Kovac met Luis Pardo in Madrid on Monday. ".repeat(8)}</p>`);
    const events = await read([join(dir, "frag.html")]);
    expect(events.find((e) => e.kind === "article")).toMatchObject({ article: { text: expect.stringContaining("Ana Kovac met Luis Pardo") } });
  });

  it("bounds the depth of deeply nested HTML, keeping its text, and says so", async () => {
    const bounded = boundHtmlDepth(nested(3000), 128);
    expect(bounded.depth).toBe(3002);
    const { document } = parseHTML(bounded.html);
    expect(domDepth(document.documentElement as never)).toBeLessThanOrEqual(130);
    expect(document.body.textContent).toContain("Ana Kovac met Luis Pardo in Madrid.");

    await writeFile(join(dir, "y.html"), nested(3000));
    const [event] = (await read([join(dir, "y.html")])).filter((e) => e.kind !== "plan");
    expect(event).toMatchObject({ kind: "article", article: { text: expect.stringContaining("Ana Kovac met Luis Pardo in Madrid.") } });
    expect((event as Extract<ReadEvent, { kind: "article" }>).warnings.join()).toMatch(/nested 3002 deep/);
  });

  it("leaves ordinary HTML byte for byte as it was", () => {
    const page = `<!doctype html><html><head><title>T</title><script>if (a < b) x("</div>")</script></head><body><ul><li>a<li>b</ul><p>one<p>two<svg><path d="M0"/><g/></svg><table><tr><td>c<td>d</table></body></html>`;
    expect(boundHtmlDepth(page, 128)).toEqual({ html: page, depth: 5, droppedTags: 0 });
  });

  it("drops a too-deep script whole instead of reading its code as prose", () => {
    const { html } = boundHtmlDepth(`<html><body>${"<div>".repeat(5)}<script>var x = "<b>";</script>text${"</div>".repeat(5)}</body></html>`, 4);
    expect(html).not.toContain("var x");
    expect(html).toContain("text");
  });
});

describe("a worker pool with a time limit", () => {
  const pool = createExtractPool({ threads: 1, timeLimitMs: 2_000 });
  afterAll(() => pool.close());

  it("stops a document that runs past the limit, says which, and parses the next one", async () => {
    // With no depth bound, Readability needs about a minute for this page: a real runaway.
    await writeFile(join(dir, "runaway.html"), nested(3000));
    await writeFile(join(dir, "good.txt"), GOOD);
    const started = performance.now();
    const events = await read([join(dir, "runaway.html"), join(dir, "good.txt")], { parse: pool.parse, maxHtmlDepth: Number.POSITIVE_INFINITY });
    expect(problems(events)).toEqual([{ source: join(dir, "runaway.html"), reason: expect.stringMatching(/parsing took longer than 2 s; left out \(raise the limit with --doc-timeout\)/) }]);
    expect(docs(events)).toEqual(["good.txt"]);
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);
});

describe("special files", () => {
  it("refuses a link to /dev/zero and a FIFO, by name, without reading or waiting on them", async () => {
    await symlink("/dev/zero", join(dir, "zero.txt"));
    expect(spawnSync("mkfifo", [join(dir, "pipe.txt")]).status).toBe(0);
    await writeFile(join(dir, "good.txt"), GOOD);
    const fifo = ["pipe.txt", expect.stringMatching(/not a regular file \(a named pipe \(FIFO\)\)/)];
    const zero = ["zero.txt", expect.stringMatching(/not a regular file \(a character device\)/)];
    // A glob lists files only, so it never names the FIFO.
    for (const [inputs, expected] of [[[dir], [fifo, zero]], [[join(dir, "zero.txt"), join(dir, "pipe.txt"), join(dir, "good.txt")], [fifo, zero]], [[`${dir}/*.txt`], [zero]]] as const) {
      const events = await read([...inputs]);
      expect(docs(events)).toEqual(["good.txt"]);
      expect(problems(events).map((p) => [p.source.replace(`${dir}/`, ""), p.reason]).sort()).toEqual(expected);
    }
  }, 20_000);

  it("checks the size limit on the bytes read, not on the size the file system reports", async () => {
    // /proc files report size 0 whatever they hold.
    await symlink("/proc/self/status", join(dir, "status.txt"));
    const events = await read([join(dir, "status.txt")], { maxBytes: 64 });
    expect(problems(events)).toEqual([{ source: join(dir, "status.txt"), reason: expect.stringMatching(/more than 0\.00 MB is over the 0\.00 MB limit/) }]);
  });

  it("finds a NUL byte anywhere in a file, not only in its first 8 KB", async () => {
    await writeFile(join(dir, "late.txt"), Buffer.concat([Buffer.from(`Title\n${"word ".repeat(4000)}`), Buffer.from([0]), Buffer.from(" more")]));
    expect(problems(await read([join(dir, "late.txt")]))).toEqual([{ source: join(dir, "late.txt"), reason: expect.stringMatching(/looks binary \(a NUL byte at offset 20006\)/) }]);
  });
});

describe("folders", () => {
  it("follows symbolic links inside folders, ends a link loop with one line, and names a broken link", async () => {
    await mkdir(join(dir, "in/sub"), { recursive: true });
    await mkdir(join(dir, "elsewhere"));
    await writeFile(join(dir, "elsewhere/linked.txt"), GOOD.replace("Monday", "Tuesday"));
    await writeFile(join(dir, "in/sub/plain.txt"), GOOD);
    await symlink(join(dir, "elsewhere/linked.txt"), join(dir, "in/link-to-file.txt"));
    await symlink(join(dir, "elsewhere"), join(dir, "in/link-to-folder"));
    await symlink(join(dir, "in"), join(dir, "in/sub/loop"));
    await symlink(join(dir, "missing.txt"), join(dir, "in/broken.txt"));
    const events = await read([join(dir, "in")]);
    expect(docs(events).sort()).toEqual(["link-to-file.txt", "linked.txt", "plain.txt"]);
    expect(problems(events).map((p) => [p.source.replace(`${dir}/`, ""), p.reason])).toEqual([
      ["in/broken.txt", "a broken symbolic link: its target does not exist"],
      ["in/sub/loop", expect.stringMatching(/links to a folder already read .*; not followed again/)],
    ]);
  });

  it("reports a whitespace-only JSONL file instead of skipping it silently", async () => {
    await writeFile(join(dir, "blank.jsonl"), "\n   \n\t\n\n");
    await writeFile(join(dir, "bom.jsonl"), `\uFEFF${JSON.stringify({ id: "b1", text: "Ana Kovac met Luis Pardo." })}\n`);
    const events = await read([join(dir, "blank.jsonl"), join(dir, "bom.jsonl")]);
    expect(problems(events)).toEqual([{ source: join(dir, "blank.jsonl"), reason: "the file is empty (whitespace only, no JSON lines)" }]);
    expect(docs(events)).toEqual(["b1"]);
  });

  it("reports an unreadable subfolder by its own name and reads the rest of the folder", async () => {
    await mkdir(join(dir, "top/locked"), { recursive: true });
    await mkdir(join(dir, "top/open"));
    await writeFile(join(dir, "top/locked/hidden.txt"), GOOD);
    await writeFile(join(dir, "top/open/seen.txt"), GOOD.replace("Monday", "Friday"));
    await chmod(join(dir, "top/locked"), 0o000);
    await chmod(dir, 0o755);
    // Permissions bind only ordinary users, so as root the reading runs in a child process as `nobody`.
    const script = `import { readArticles } from ${JSON.stringify(new URL("../../src/read/read-sources.ts", import.meta.url).pathname)};
      for await (const e of readArticles([${JSON.stringify(join(dir, "top"))}], { maxBytes: 1e6 })) console.log(JSON.stringify(e.kind === "article" ? { doc: e.article.doc } : e));`;
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, HOME: tmpdir() }, ...asNobody });
    expect(r.stderr).toBe("");
    const events = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.filter((e) => e["kind"] === "rejected")).toEqual([{ kind: "rejected", source: join(dir, "top/locked"), reason: "permission denied: it cannot be read", bytes: 0 }]);
    expect(events.filter((e) => e["doc"])).toEqual([{ doc: "seen.txt" }]);
  }, 30_000);
});

describe("printable", () => {
  it("escapes control characters and bidirectional overrides in names so a report stays one honest line", () => {
    expect(printable("a\nb\tc\u001b[31m\u202eevil.txt")).toBe("a\\nb\\tc\\x1b[31m\\u202eevil.txt");
    expect(printable("plain/path-é.txt")).toBe("plain/path-é.txt");
  });
});
