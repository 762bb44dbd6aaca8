import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readArticles, type ReadEvent } from "../../src/read/read-sources.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "parley-read-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function read(inputs: string[], maxBytes = 5_000_000): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
  for await (const e of readArticles(inputs, { maxBytes })) out.push(e);
  return out;
}
const articles = (events: ReadEvent[]) => events.flatMap((e) => (e.kind === "article" ? [e.article] : []));
const rejected = (events: ReadEvent[]) => events.flatMap((e) => (e.kind === "rejected" ? [e] : []));

describe("readArticles", () => {
  it("reads a text article's title line and date line", async () => {
    await writeFile(join(dir, "a.txt"), "Leaders Meet in Oslo\ndate 2024-05-02\nThe prime minister met the king on Monday.\n");
    const [a] = articles(await read([join(dir, "a.txt")]));
    expect(a).toMatchObject({ title: "Leaders Meet in Oslo", published: "2024-05-02", text: "The prime minister met the king on Monday.", doc: "a.txt" });
  });

  it("reads a date line that runs straight into the body", async () => {
    await writeFile(join(dir, "b.txt"), " date 2024-07-23 According to reports, the envoy met the minister.\n\nMore text.");
    const [a] = articles(await read([join(dir, "b.txt")]));
    expect(a!.title).toBeNull();
    expect(a!.published).toBe("2024-07-23");
    expect(a!.text.startsWith("According to reports")).toBe(true);
  });

  it("gives the same id to the same content and a different id to different content", async () => {
    await writeFile(join(dir, "1.txt"), "Title\nSame body text here.");
    await writeFile(join(dir, "2.txt"), "Title\nSame body text here.");
    await writeFile(join(dir, "3.txt"), "Title\nOther body text here.");
    const [a, b, c] = articles(await read([dir]));
    expect(a!.id).toBe(b!.id);
    expect(a!.id).not.toBe(c!.id);
  });

  it("walks folders recursively and expands globs, in a stable order", async () => {
    await mkdir(join(dir, "x/y"), { recursive: true });
    await writeFile(join(dir, "x/one.md"), "# One\nBody one.");
    await writeFile(join(dir, "x/y/two.txt"), "Two\nBody two.");
    await writeFile(join(dir, "x/y/ignored.png"), "not an article");
    expect(articles(await read([join(dir, "x")])).map((a) => a.doc)).toEqual(["one.md", "two.txt"]);
    expect(articles(await read([`${dir}/x/**/*.txt`])).map((a) => a.doc)).toEqual(["two.txt"]);
  });

  it("keeps the main text of an HTML page and drops navigation", async () => {
    const para = "The foreign minister met her counterpart in Vienna on Tuesday to discuss trade. ".repeat(5);
    await writeFile(
      join(dir, "p.html"),
      `<html><head><title>Talks in Vienna</title><meta property="article:published_time" content="2024-03-05T10:00:00Z"><link rel="canonical" href="https://example.org/talks"></head>
       <body><nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now</nav><article><h1>Talks in Vienna</h1><p>${para}</p><p>${para}</p></article><footer>Copyright Example News</footer></body></html>`,
    );
    const [a] = articles(await read([join(dir, "p.html")]));
    expect(a).toMatchObject({ title: "Talks in Vienna", published: "2024-03-05", url: "https://example.org/talks" });
    expect(a!.text).toContain("The foreign minister met her counterpart");
    expect(a!.text).not.toMatch(/Subscribe now|Copyright/);
  });

  it("reads JSONL one article a line and names the line of a malformed one, going on after it", async () => {
    const lines = [
      JSON.stringify({ id: "n1", title: "T1", url: "https://e.org/1", published: "2024-01-02", text: "Alpha met Beta." }),
      "{not json",
      JSON.stringify({ id: "n3", title: "T3" }),
      JSON.stringify({ id: "n4", text: "Gamma met Delta." }),
    ];
    await writeFile(join(dir, "feed.jsonl"), lines.join("\n") + "\n");
    const events = await read([join(dir, "feed.jsonl")]);
    expect(articles(events).map((a) => [a.doc, a.published])).toEqual([["n1", "2024-01-02"], ["n4", null]]);
    const bad = rejected(events);
    expect(bad.map((b) => b.source)).toEqual([`${join(dir, "feed.jsonl")}:2`, `${join(dir, "feed.jsonl")}:3`]);
    expect(bad[0]!.reason).toMatch(/not valid JSON.*\{not json/);
    expect(bad[1]!.reason).toMatch(/missing "text"/);
  });

  it("warns about an article without a date but still reads it", async () => {
    await writeFile(join(dir, "nodate.txt"), "Headline\nThe envoy met the minister on Sunday.");
    const [e] = (await read([join(dir, "nodate.txt")])).filter((x) => x.kind !== "plan");
    expect(e).toMatchObject({ kind: "article" });
    expect((e as Extract<ReadEvent, { kind: "article" }>).warnings.join()).toMatch(/no publication date/);
  });

  it.each([
    ["empty", "empty.txt", Buffer.from("   \n\n"), /empty/],
    ["binary", "bin.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), /binary/],
    ["not UTF-8", "latin1.txt", Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x6d, 0x65, 0x74]), /not UTF-8.*offset 9/],
  ])("rejects a %s file, naming it, and reads the rest", async (_what, name, bytes, reason) => {
    await writeFile(join(dir, name), bytes);
    await writeFile(join(dir, "good.txt"), "Good\nA met B.");
    const events = await read([join(dir, name), join(dir, "good.txt")]);
    expect(rejected(events)).toEqual([expect.objectContaining({ kind: "rejected", source: join(dir, name), reason: expect.stringMatching(reason) })]);
    expect(articles(events).map((a) => a.doc)).toEqual(["good.txt"]);
  });

  it("rejects a file over the size limit and says how to raise it", async () => {
    await writeFile(join(dir, "huge.txt"), "Title\n" + "word ".repeat(5000));
    const events = await read([join(dir, "huge.txt")], 10_000);
    expect(rejected(events)[0]!.reason).toMatch(/over the 0\.01 MB limit; raise it with --max-size/);
    expect(articles(await read([join(dir, "huge.txt")], 100_000))).toHaveLength(1);
  });

  it("rejects a missing path and an unreadable file with what went wrong", async () => {
    await writeFile(join(dir, "secret.txt"), "Title\nBody.");
    await chmod(join(dir, "secret.txt"), 0o000);
    const events = await read([join(dir, "nope.txt"), join(dir, "secret.txt")]);
    expect(rejected(events)[0]).toMatchObject({ source: join(dir, "nope.txt"), reason: "no such file or folder" });
    // root can read anything; the check only means something for an ordinary user.
    if (process.getuid?.() !== 0) expect(rejected(events)[1]!.reason).toMatch(/permission denied/);
  });
});
