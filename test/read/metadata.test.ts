import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { looksLikeCaption } from "../../src/read/parse-text.js";
import { readArticles, type ReadEvent } from "../../src/read/read-sources.js";
import { planLoad } from "../../src/plan/plan.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "parley-meta-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function read(inputs: string[]): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
  for await (const e of readArticles(inputs, { maxBytes: 5_000_000 })) out.push(e);
  return out;
}
const articles = (events: ReadEvent[]) => events.flatMap((e) => (e.kind === "article" ? [e.article] : []));

describe("article metadata: headline, address and where it came from", () => {
  it("does not take a photo caption on the first line for the headline, and keeps it in the text", async () => {
    await writeFile(join(dir, "c.txt"), "The two presidents shake hands in Oslo, Norway, March 3, 2024\nThe prime minister met the king on Monday.\n");
    const [a] = articles(await read([join(dir, "c.txt")]));
    expect(a!.title).toBeNull();
    expect(a!.text.startsWith("The two presidents shake hands")).toBe(true);
  });

  it("tells captions (a trailing date or photo credit) from headlines", () => {
    expect(looksLikeCaption("The two leaders in Accra, Ghana, 12 May 2023")).toBe(true);
    expect(looksLikeCaption("Ministers arrive for the summit (Photo: Reuters)")).toBe(true);
    expect(looksLikeCaption("Leaders Meet in Oslo as Trade Talks Resume")).toBe(false);
    expect(looksLikeCaption("Talks resume, hopes rise")).toBe(false);
  });

  it("takes url, headline and date from the metadata file beside a text article", async () => {
    await writeFile(join(dir, "s.txt"), "The envoy met the minister on Monday.\n");
    await writeFile(join(dir, "s.meta.json"), JSON.stringify({ url: "https://news.example/envoy", title: "Envoy meets minister", published: "2024-02-05" }));
    const [a] = articles(await read([dir]));
    expect(a).toMatchObject({ url: "https://news.example/envoy", title: "Envoy meets minister", published: "2024-02-05" });
  });

  it("rejects an article whose metadata file is not a JSON object, naming the file", async () => {
    await writeFile(join(dir, "bad.txt"), "The envoy met the minister on Monday.\n");
    await writeFile(join(dir, "bad.meta.json"), "{ not json");
    const events = await read([dir]);
    expect(articles(events)).toEqual([]);
    expect(events[0]).toMatchObject({ kind: "rejected" });
    expect((events[0] as { reason: string }).reason).toContain("bad.meta.json");
  });

  it("keeps where an article came from relative to the folder, glob base or file given, never as an absolute path", async () => {
    await mkdir(join(dir, "2024/july"), { recursive: true });
    await writeFile(join(dir, "2024/july/a.txt"), "A\nThe envoy met the minister.");
    await writeFile(join(dir, "feed.jsonl"), `${JSON.stringify({ text: "The envoy met the king." })}\n${JSON.stringify({ text: "The king met the envoy." })}\n`);
    expect(articles(await read([dir])).map((a) => a.location)).toEqual(["2024/july/a.txt", "feed.jsonl:1", "feed.jsonl:2"]);
    expect(articles(await read([`${dir}/2024/**/*.txt`])).map((a) => a.location)).toEqual(["july/a.txt"]);
    expect(articles(await read([join(dir, "2024/july/a.txt")])).map((a) => a.location)).toEqual(["a.txt"]);
    const plan = planLoad(articles(await read([dir])).map((article) => ({ article, extraction: { people: [], organisations: [], places: [], meetings: [], affiliations: [] } as never })));
    expect(plan.articles.map((a) => a.source)).toEqual(["2024/july/a.txt", "feed.jsonl:1", "feed.jsonl:2"]);
    expect(plan.articles.every((a) => !a.source.startsWith("/"))).toBe(true);
    expect(plan.articles[0]!.text).toBe("The envoy met the minister.");
  });
});
