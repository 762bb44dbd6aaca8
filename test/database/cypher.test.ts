import { describe, expect, it } from "vitest";
import { statement, statements } from "../../src/database/cypher.js";

describe("cypher files", () => {
  it("splits a schema file into its statements without comments", () => {
    const all = statements("schema/constraints");
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const s of all) {
      expect(s.text).toMatch(/^CREATE CONSTRAINT \w+ IF NOT EXISTS/);
      expect(s.text).not.toContain("//");
      expect(s.text.endsWith(";")).toBe(false);
    }
  });

  it("puts a uniqueness constraint on the key of every node label", () => {
    const text = statements("schema/constraints").map((s) => s.text).join("\n");
    for (const label of ["Actor", "Organisation", "Place", "Meeting", "Article", "Evidence"]) {
      expect(text).toContain(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    }
  });

  it("names a statement after its file", () => {
    expect(statements("schema/indexes")[0]!.name).toBe("schema/indexes#1");
    expect(() => statement("no/such/file")).toThrow(/no\/such\/file\.cypher/);
  });
});
