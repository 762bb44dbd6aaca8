import { describe, expect, it } from "vitest";
import type { ExtractedMeeting, Extraction } from "../../src/extract/types.js";
import { nameKey } from "../../src/plan/identity.js";
import { planLoad, type ExtractedArticle } from "../../src/plan/plan.js";
import type { Article } from "../../src/read/article.js";

const ev = (quote: string, start = 0) => ({ quote, start, end: start + quote.length });
const person = (name: string, aliases: string[] = []) => ({ name, aliases, evidence: [ev(name)] });
const meeting = (names: string[], extra: Partial<ExtractedMeeting> = {}): ExtractedMeeting => ({
  participants: names.map((name) => ({ name, role: null })),
  kind: "in_person",
  date: null,
  dateFrom: null,
  dateTo: null,
  place: null,
  evidence: ev(`${names.join(" met ")}`, 10),
  ...extra,
});
function doc(id: string, people: ReturnType<typeof person>[], meetings: ExtractedMeeting[] = []): ExtractedArticle {
  const article: Article = { id, source: `${id}.txt`, doc: `${id}.txt`, title: null, url: null, published: null, text: "…", contentHash: id };
  const extraction: Extraction = { articleId: id, doc: article.doc, referenceDate: null, people, organisations: [], places: [], meetings, affiliations: [] };
  return { article, extraction };
}

describe("nameKey", () => {
  it("ignores particles, accents, case and apostrophes", () => {
    expect(nameKey("Karim al-Haddad")).toBe(nameKey("Karim Haddad"));
    expect(nameKey("Recep Tayyip Erdoğan")).toBe(nameKey("recep tayyip erdogan"));
    expect(nameKey("Karim al-Haddad")).not.toBe(nameKey("Karim al-Jabri"));
  });
});

describe("planLoad", () => {
  it("makes one actor of two spellings in two articles, with the fuller form as the name", () => {
    const plan = planLoad([doc("a1", [person("Karim Haddad")]), doc("a2", [person("Karim al-Haddad", ["Haddad"])])]);
    expect(plan.actors).toHaveLength(1);
    expect(plan.actors[0]).toMatchObject({ name: "Karim al-Haddad", aliases: ["Haddad", "Karim Haddad"] });
  });

  it("keeps apart different people who share a given name", () => {
    const plan = planLoad([doc("a1", [person("Karim al-Haddad"), person("Karim al-Jabri")])]);
    expect(plan.actors.map((a) => a.name).sort()).toEqual(["Karim al-Haddad", "Karim al-Jabri"]);
  });

  it("joins a lone surname to the one full name ending with it, but not when two do", () => {
    const one = planLoad([doc("a1", [person("Haddad")]), doc("a2", [person("Karim Haddad")])]);
    expect(one.actors.map((a) => a.name)).toEqual(["Karim Haddad"]);
    const two = planLoad([doc("a1", [person("Haddad")]), doc("a2", [person("Karim Haddad"), person("Lina Haddad")])]);
    expect(two.actors).toHaveLength(3);
  });

  it("makes one meeting, with evidence from both, of a meeting two articles report", () => {
    const m1 = meeting(["Karim Haddad", "Olga Petrova"], { date: "2024-07", dateFrom: "2024-07-01", dateTo: "2024-07-31" });
    const m2 = meeting(["Olga Petrova", "Karim al-Haddad"]);
    const plan = planLoad([doc("a1", [person("Karim Haddad"), person("Olga Petrova")], [m1]), doc("a2", [person("Karim al-Haddad"), person("Olga Petrova")], [m2])]);
    expect(plan.meetings).toHaveLength(1);
    expect(plan.meetings[0]).toMatchObject({ date: "2024-07", dateFrom: "2024-07-01" });
    expect(plan.meetingEvidence).toHaveLength(2);
    expect(new Set(plan.meetingEvidence.map((e) => e.id)).size).toBe(1);
    expect(plan.attendance).toHaveLength(2);
  });

  it("keeps meetings of the same people on different dates apart", () => {
    const a = meeting(["Karim Haddad", "Olga Petrova"], { date: "2023-03", dateFrom: "2023-03-01", dateTo: "2023-03-31" });
    const b = meeting(["Karim Haddad", "Olga Petrova"], { date: "2024-07-24", dateFrom: "2024-07-24", dateTo: "2024-07-24" });
    const plan = planLoad([doc("a1", [person("Karim Haddad"), person("Olga Petrova")], [a, b])]);
    expect(plan.meetings.map((m) => m.date).sort()).toEqual(["2023-03", "2024-07-24"]);
  });

  it("does not join an undated report to a dated meeting in another city", () => {
    const city = (name: string) => ({ name, kind: "city" as const, countryCode: name === "Oslo" ? "NO" : "SE" });
    const a = meeting(["Karim Haddad", "Olga Petrova"], { date: "2023", dateFrom: "2023-01-01", dateTo: "2023-12-31", place: city("Oslo") });
    const b = meeting(["Karim Haddad", "Olga Petrova"], { place: city("Stockholm") });
    const plan = planLoad([doc("a1", [person("Karim Haddad"), person("Olga Petrova")], [a]), doc("a2", [person("Karim Haddad"), person("Olga Petrova")], [b])]);
    expect(plan.meetings).toHaveLength(2);
  });

  it("ignores a meeting left with fewer than two known people", () => {
    const plan = planLoad([doc("a1", [person("Karim Haddad")], [meeting(["Karim Haddad", "Nobody Known"])])]);
    expect(plan.meetings).toHaveLength(0);
  });

  it("gives the same ids for the same input, whatever the run", () => {
    const input = () => [doc("a1", [person("Karim Haddad"), person("Olga Petrova")], [meeting(["Karim Haddad", "Olga Petrova"])])];
    expect(planLoad(input())).toEqual(planLoad(input()));
  });
});
