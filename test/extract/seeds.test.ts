import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, type Evidence } from "../../src/extract/index.js";
import { loadSeeds, scoreWithEvalScript } from "./helpers.js";

const seeds = await loadSeeds();

describe("seed articles", () => {
  it("finds the five seeds", () => {
    expect(seeds).toHaveLength(5);
  });

  for (const article of seeds) {
    it(`${article.doc}: every piece of evidence quotes the text at its offsets`, () => {
      const x = extractArticle(article);
      const evidence: Evidence[] = [
        ...x.people.flatMap((p) => p.evidence),
        ...x.organisations.flatMap((o) => o.evidence),
        ...x.meetings.map((m) => m.evidence),
        ...x.affiliations.map((a) => a.evidence),
      ];
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeGreaterThan(e.start);
        expect(article.text.slice(e.start, e.end)).toBe(e.quote);
      }
      for (const p of x.people) expect(p.evidence.length).toBeGreaterThan(0);
      for (const m of x.meetings) {
        expect(m.participants.length).toBeGreaterThanOrEqual(2);
        const names = new Set(x.people.map((p) => p.name));
        for (const p of m.participants) expect(names.has(p.name)).toBe(true);
        if (m.date) expect(m.dateFrom! <= m.dateTo!).toBe(true);
        else expect(m.dateFrom).toBeNull();
      }
    });
  }

  it("is deterministic: the same article gives the same extraction", () => {
    for (const a of seeds) expect(extractArticle(a)).toEqual(extractArticle(a));
  });

  it("keeps the reference date: published, or a full date in the title", () => {
    const byDoc = new Map(seeds.map((a) => [a.doc.slice(0, 3), extractArticle(a)]));
    expect(byDoc.get("000")!.referenceDate).toBe("2024-07-23");
    expect(byDoc.get("004")!.referenceDate).toBe("2024-07-24");
    expect(byDoc.get("002")!.referenceDate).toBeNull();
  });

  it("meets the targets of the evaluation script", () => {
    // The gold annotations are a copy of ../shared/eval/gold, so the check runs on any clone.
    const summary = scoreWithEvalScript(seeds, join(import.meta.dirname, "..", "fixtures", "gold"));
    expect(summary.meetingPairs.f1).toBeGreaterThanOrEqual(0.9);
    expect(summary.people.f1).toBeGreaterThanOrEqual(0.9);
    expect(summary.organisations.f1).toBeGreaterThanOrEqual(0.8);
    expect(summary.dateAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
