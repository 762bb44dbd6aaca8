import { afterAll, describe, expect, it } from "vitest";
import { createExtractPool } from "../../src/ingest/extract-pool.js";
import { articleFromText } from "../extract/helpers.js";

// Sentences written for this test; the names are invented.
const paragraph = "Foreign Minister Ana Kovac met her counterpart Luis Pardo in Madrid on Monday. The two discussed trade and energy. ";

describe("the extraction pool", () => {
  const pool = createExtractPool({ threads: 1, chunkSize: 16 });
  afterAll(() => pool.close());

  it("reports progress per article, not per chunk, and counts every article once", async () => {
    const articles = Array.from({ length: 6 }, (_, i) => articleFromText(`${paragraph.repeat(60)}Item ${i}.`, { doc: `a${i}.txt` }));
    const calls: number[] = [];
    const results = await pool.extract(articles, (n) => calls.push(n));
    expect(results).toHaveLength(6);
    expect(results.every((r) => !(r instanceof Error))).toBe(true);
    expect(calls.reduce((a, b) => a + b, 0)).toBe(6);
    // One chunk of six: before, progress moved once by six.
    expect(calls.length).toBeGreaterThan(1);
  });
});
