import { describe, expect, it } from "vitest";
import type { ExtractedMeeting, Extraction } from "../../src/extract/types.js";
import { nameKey } from "../../src/identity/names.js";
import { familiesToSettle, planLoad, readsNeeded, type ExtractedArticle, type GraphContext, type KnownReport, type LoadPlan } from "../../src/plan/plan.js";
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

/** What the graph would hold after a plan: its name forms and meeting reports, as the load step reads them. */
function graphAfter(plan: LoadPlan): GraphContext {
  const actorOfKey = new Map(plan.nameForms.map((f) => [f.key, f.actorId]));
  const meetingOf = new Map(plan.meetingEvidence.map((l) => [l.evidenceId, l.id]));
  const groupOf = new Map(plan.meetings.map((m) => [m.id, m.groupKey]));
  const reports: KnownReport[] = plan.evidence
    .filter((e) => e.participantKeys && meetingOf.has(e.id))
    .map((e) => ({
      evidenceId: e.id,
      meetingId: meetingOf.get(e.id)!,
      groupKey: groupOf.get(meetingOf.get(e.id)!)!,
      participants: e.participantKeys!.map((key, i) => ({ key, actorId: actorOfKey.get(key) ?? null, role: e.roles![i] || null })),
      kind: e.kind!,
      date: e.date,
      dateFrom: e.dateFrom,
      dateTo: e.dateTo,
      place: null,
    }));
  return { nameForms: plan.nameForms.map((f) => ({ key: f.key, names: f.names, forms: f.forms, actorId: f.actorId, name: f.name, rule: f.rule, basis: f.basis })), reports };
}

describe("planLoad against what the graph holds", () => {
  const july = { date: "2024-07-24", dateFrom: "2024-07-24", dateTo: "2024-07-24" };
  const first = doc("a1", [person("Vargaby", ["President Vargaby"]), person("Olga Petrova")], [meeting(["Vargaby", "Olga Petrova"])]);
  const second = doc("a2", [person("Zoltan Vargaby", ["President Zoltan Vargaby"]), person("Olga Petrova")], [meeting(["Zoltan Vargaby", "Olga Petrova"], july)]);

  it("moves a surname loaded earlier to the full name that arrives later, with its evidence and meeting", () => {
    const run1 = planLoad([first]);
    expect(run1.actors.map((a) => a.id).sort()).toEqual(["actor:olga-petrova", "actor:vargaby"]);
    const run2 = planLoad([second], graphAfter(run1));
    expect(run2.moves).toEqual([{ key: "vargaby", from: "actor:vargaby", to: "actor:zoltan-vargaby" }]);
    expect(run2.staleActors).toEqual(["actor:vargaby"]);
    expect(run2.nameForms.find((f) => f.key === "vargaby")).toMatchObject({ actorId: "actor:zoltan-vargaby", rule: "surname" });
    // The undated report of run 1 joins the dated meeting of run 2; its old meeting goes.
    expect(run2.meetings).toHaveLength(1);
    expect(run2.meetings[0]).toMatchObject({ date: "2024-07-24" });
    expect(run2.meetingEvidence.map((l) => l.id)).toEqual([run2.meetings[0]!.id, run2.meetings[0]!.id]);
    expect(run2.staleMeetings).toEqual(run1.meetings.map((m) => m.id));
  });

  it("gives in two runs the ids one run gives", () => {
    // The actors after two runs: the first run's and the second's, less those the second removes.
    const actorsAfter = (run1: LoadPlan, run2: LoadPlan) =>
      [...new Set([...run1.actors, ...run2.actors].map((a) => a.id))].filter((id) => !run2.staleActors.includes(id)).sort();
    const once = planLoad([first, second]);
    const twice = planLoad([second], graphAfter(planLoad([first])));
    expect(actorsAfter(planLoad([first]), twice)).toEqual(once.actors.map((a) => a.id).sort());
    expect(twice.meetings.map((m) => m.id)).toEqual(once.meetings.map((m) => m.id));
    const reversed = planLoad([first], graphAfter(planLoad([second])));
    expect(actorsAfter(planLoad([second]), reversed)).toEqual(once.actors.map((a) => a.id).sort());
    expect(reversed.meetings.map((m) => m.id)).toEqual(once.meetings.map((m) => m.id));
    expect(reversed.moves).toEqual([]);
  });

  it("writes no name form or actor the batch settles as the graph already has them", () => {
    const family = ["Zoltan Vargaby", "Ilona Vargaby", "Petra Vargaby", "Olga Petrova"].map((n) => person(n));
    const graph = graphAfter(planLoad([doc("old", family)]));
    const again = planLoad([doc("again", [person("Zoltan Vargaby"), person("Olga Petrova")])], graph);
    expect(again.nameForms).toEqual([]);
    expect(again.actors).toEqual([]);
    expect(again.nameSeen.map((r) => r.id).sort()).toEqual(["name:olga-petrova", "name:zoltan-vargaby"]);
    // A new form of a known name: that name form and its actor are written, the rest of the family is not.
    const more = planLoad([doc("more", [person("Zoltan Vargaby", ["President Zoltan Vargaby"])])], graph);
    expect(more.nameForms.map((f) => f.key)).toEqual(["zoltan vargaby"]);
    expect(more.actors.map((a) => a.id)).toEqual(["actor:zoltan-vargaby"]);
    expect(more.actors[0]!.aliases).toContain("President Zoltan Vargaby");
  });

  it("settles again only the families a batch brings a new key or form to, and keeps the stored actors elsewhere", () => {
    const family = ["Zoltan Vargaby", "Ilona Vargaby", "Vargaby", "Olga Petrova"].map((n) => person(n));
    const graph = graphAfter(planLoad([doc("old", family)]));
    const own = (names: string[]) => graph.nameForms.filter((k) => names.map(nameKey).includes(k.key));
    const known = doc("known", [person("Zoltan Vargaby"), person("Olga Petrova")]);
    expect(familiesToSettle([known], own(["Zoltan Vargaby", "Olga Petrova"]))).toEqual([]);
    const alias = doc("alias", [person("Zoltan Vargaby", ["President Zoltan Vargaby"]), person("Olga Petrova")]);
    expect(familiesToSettle([alias], own(["Zoltan Vargaby", "Olga Petrova"]))).toEqual(["vargaby"]);
    const newcomer = doc("new", [person("Petra Vargaby")]);
    expect(familiesToSettle([newcomer], own([]))).toEqual(["vargaby"]);
    // With only its own keys read, a known batch plans as it does with the whole graph read.
    const partial = planLoad([known], { nameForms: own(["Zoltan Vargaby", "Olga Petrova"]), reports: [] });
    const whole = planLoad([known], graph);
    expect(partial).toEqual(whole);
    expect(partial.moves).toEqual([]);
    expect(partial.actorEvidence.map((l) => l.id).sort()).toEqual(["actor:olga-petrova", "actor:zoltan-vargaby"]);
  });

  it("rewrites only the meetings of a group that the batch changes, however many the group has", () => {
    const pair = ["Zoltan Vargaby", "Olga Petrova"];
    const people = [person("Zoltan Vargaby"), person("Olga Petrova")];
    const day = (d: string) => ({ date: d, dateFrom: d, dateTo: d });
    const earlier = Array.from({ length: 30 }, (_, i) => doc(`old${i}`, people, [meeting(pair, day(`2024-01-${String(i + 1).padStart(2, "0")}`))]));
    const graph = graphAfter(planLoad(earlier));
    expect(graph.reports).toHaveLength(30);
    // A new day: one new meeting; the thirty known ones are left as they are.
    const fresh = planLoad([doc("new", people, [meeting(pair, day("2024-02-10"))])], graph);
    expect(fresh.meetings.map((m) => m.date)).toEqual(["2024-02-10"]);
    expect(fresh.meetingEvidence).toHaveLength(1);
    expect(fresh.attendance).toHaveLength(2);
    expect(fresh.staleMeetings).toEqual([]);
    // A second report of a known day: that meeting is rewritten with both reports, and only it.
    const again = planLoad([doc("again", people, [meeting(pair, day("2024-01-05"))])], graph);
    expect(again.meetings.map((m) => m.date)).toEqual(["2024-01-05"]);
    expect(again.meetingEvidence).toHaveLength(2);
    // An undated report joins none of thirty candidates (several fit): a meeting of its own, the rest untouched.
    const undated = planLoad([doc("undated", people, [meeting(pair)])], graph);
    expect(undated.meetings.map((m) => m.date)).toEqual([null]);
    expect(undated.staleMeetings).toEqual([]);
  });

  it("splits a surname off again when a second full name with it (and its title) arrives", () => {
    const both = planLoad([first, second]);
    const third = doc("a3", [person("Ilona Vargaby", ["President Ilona Vargaby"])]);
    const later = planLoad([third], graphAfter(both));
    expect(later.moves).toEqual([{ key: "vargaby", from: "actor:zoltan-vargaby", to: "actor:vargaby" }]);
    expect(later.nameForms.find((f) => f.key === "vargaby")).toMatchObject({ actorId: "actor:vargaby", rule: "ambiguous" });
  });

  it("asks the graph for the meeting groups its reports fall in and for the reports of keys that move", () => {
    const run1 = planLoad([first]);
    const context = graphAfter(run1);
    const need = readsNeeded([second], { nameForms: context.nameForms, reports: [] });
    expect(need.leaving).toEqual([{ key: "vargaby", from: "actor:vargaby", to: "actor:zoltan-vargaby" }]);
    expect(need.groups).toHaveLength(1);
    const more = readsNeeded([second], context);
    expect(more.groups).toEqual(expect.arrayContaining([...need.groups, run1.meetings[0]!.groupKey]));
  });
});
