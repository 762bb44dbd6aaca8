import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, type Evidence } from "../../src/extract/index.js";
import { readArticlesFrom, scoreWithEvalScript } from "./helpers.js";

// The held-out development set (test/extract/dev): real-style news from other regions and outlets, with hand-made gold.
const DEV = join(import.meta.dirname, "dev");
const articles = await readArticlesFrom(join(DEV, "*.txt"));

describe("development set", () => {
  it("reads every article with its date", () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    for (const a of articles) expect(a.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("quotes the text at the evidence offsets, and names only people it lists", () => {
    for (const article of articles) {
      const x = extractArticle(article);
      const evidence: Evidence[] = [...x.people.flatMap((p) => p.evidence), ...x.meetings.map((m) => m.evidence), ...x.affiliations.map((a) => a.evidence)];
      for (const e of evidence) expect(article.text.slice(e.start, e.end)).toBe(e.quote);
      const names = new Set(x.people.map((p) => p.name));
      for (const m of x.meetings) for (const p of m.participants) expect(names.has(p.name)).toBe(true);
    }
  });

  it("meets the targets on it (people F1 ≥ 0.9, organisations ≥ 0.8, meeting pairs ≥ 0.9, dates ≥ 0.8)", () => {
    const summary = scoreWithEvalScript(articles, join(DEV, "gold"));
    expect(summary.people.f1).toBeGreaterThanOrEqual(0.9);
    expect(summary.organisations.f1).toBeGreaterThanOrEqual(0.8);
    expect(summary.meetingPairs.f1).toBeGreaterThanOrEqual(0.9);
    expect(summary.dateAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});
